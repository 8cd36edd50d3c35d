package io.socialroi.workspace;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start: makes the configured bootstrap subjects ADMINs of the default workspace, so a new deployment has
 * someone who can add members (security/TokenVerificationCheck has refused to start first if tokens could be
 * forged).
 */
@ApplicationScoped
public class WorkspaceStartup {

    private static final Logger LOG = Logger.getLogger(WorkspaceStartup.class);

    @Inject
    WorkspaceConfig config;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        String defaultSlug = config.workspace().defaultSlug();
        WorkspaceEntity workspace = WorkspaceEntity.find("slug", defaultSlug).firstResult();
        if (workspace == null) {
            return;
        }
        for (String subject : config.bootstrapAdmins().orElse(List.of())) {
            String trimmed = subject.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            WorkspaceMemberEntity member = WorkspaceMemberEntity
                    .find("workspaceId = ?1 and subject = ?2", workspace.id, trimmed).firstResult();
            if (member == null) {
                member = new WorkspaceMemberEntity();
                member.workspaceId = workspace.id;
                member.subject = trimmed;
                member.createdBy = "bootstrap";
                member.role = Role.ADMIN;
                member.persist();
                LOG.infof("%s is ADMIN of workspace '%s' (social-roi.bootstrap-admins)", trimmed, defaultSlug);
            } else if (member.role != Role.ADMIN) {
                member.role = Role.ADMIN;
            }
        }
    }
}
