package io.socialroi.workspace;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workspace of the current request: the single place that decides it. Every service and report
 * query scopes by {@link #id()}. Today every request uses the configured default workspace;
 * authentication will change only this class.
 */
@RequestScoped
public class CurrentWorkspace {

    @ConfigProperty(name = "social-roi.workspace.default-slug", defaultValue = "default")
    String defaultSlug;

    private Long id;

    public long id() {
        if (id == null) {
            WorkspaceEntity workspace = WorkspaceEntity.find("slug", defaultSlug).firstResult();
            if (workspace == null) {
                throw new IllegalStateException("The default workspace '" + defaultSlug + "' does not exist");
            }
            id = workspace.id;
        }
        return id;
    }

    /** The workspace row, read afresh: its reporting currency may change within a request. */
    public WorkspaceEntity entity() {
        return WorkspaceEntity.findById(id());
    }

    public String reportingCurrency() {
        return entity().reportingCurrency;
    }
}
