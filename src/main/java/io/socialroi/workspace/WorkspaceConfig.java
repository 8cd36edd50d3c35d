package io.socialroi.workspace;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The workspace settings ({@code social-roi.*}, application.properties and README "Configuration"). */
@ConfigMapping(prefix = "social-roi")
public interface WorkspaceConfig {

    Workspace workspace();

    /** Subjects made ADMIN of the default workspace at start (social-roi.bootstrap-admins, comma-separated). */
    Optional<List<String>> bootstrapAdmins();

    /**
     * How many workspaces one subject may have created (and not deleted), so one token cannot fill the database
     * with workspaces (social-roi.max-workspaces-per-subject).
     */
    @WithDefault("10")
    int maxWorkspacesPerSubject();

    interface Workspace {

        /** The workspace of callers who name none and belong to several (social-roi.workspace.default-slug). */
        @WithDefault("default")
        String defaultSlug();
    }
}
