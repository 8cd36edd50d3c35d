package io.socialroi.workspace;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * At start: refuses to run in production without a token verification key and issuer, warns when the
 * public dev key pair is in use, and makes the configured bootstrap subjects ADMINs of the default
 * workspace, so a new deployment has someone who can add members.
 */
@ApplicationScoped
public class WorkspaceStartup {

    private static final Logger LOG = Logger.getLogger(WorkspaceStartup.class);

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;
    @ConfigProperty(name = "social-roi.auth.dev-keys", defaultValue = "false")
    boolean devKeys;
    @ConfigProperty(name = "social-roi.bootstrap-admins")
    Optional<List<String>> bootstrapAdmins;
    @ConfigProperty(name = "social-roi.workspace.default-slug", defaultValue = "default")
    String defaultSlug;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (publicKeyLocation.isEmpty() && publicKey.isEmpty() || issuer.isEmpty()) {
            throw new IllegalStateException("Tokens cannot be verified: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or"
                    + " JWKS file or URL of the issuer's public key) and MP_JWT_VERIFY_ISSUER (the iss claim to accept).");
        }
        if (devKeys || LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.warn("Accepting tokens signed with the public dev key pair (./mvnw -q -Pdev-token test-compile exec:java):"
                    + " for dev mode and trials on one machine only. Configure MP_JWT_VERIFY_PUBLICKEY_LOCATION and"
                    + " MP_JWT_VERIFY_ISSUER anywhere else.");
        }
        WorkspaceEntity workspace = WorkspaceEntity.find("slug", defaultSlug).firstResult();
        if (workspace == null) {
            return;
        }
        for (String subject : bootstrapAdmins.orElse(List.of())) {
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
