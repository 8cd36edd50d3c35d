package io.socialroi.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.Echo;
import io.socialroi.common.ForbiddenException;

/**
 * The workspace of the current request and the caller's role in it: the one place that decides who may
 * read or change which workspace. Every service and report query scopes by {@link #id()}, which refuses a
 * caller who is no member; {@link WorkspaceAccessInterceptor} asks {@link #authorize} for the role each
 * GraphQL operation needs before it runs.
 *
 * <p>The workspace is the one named by the {@value #HEADER} header (its slug); without the header, the
 * caller's only workspace, or the default one when the caller belongs to several including it. Membership
 * is read once per request.
 */
@RequestScoped
public class CurrentWorkspace {

    public static final String HEADER = "X-Workspace";

    @Inject
    WorkspaceConfig config;
    @Inject
    JsonWebToken token;
    @Inject
    CurrentVertxRequest request;

    private WorkspaceMemberEntity membership;

    /**
     * Work without a caller, such as a schedule's delivery: for the rest of this request context the current
     * workspace is {@code workspaceId}, read as a VIEWER. The membership is a stand-in, never stored.
     */
    public void runAs(long workspaceId) {
        if (membership != null) {
            throw new IllegalStateException("this request already has its workspace");
        }
        WorkspaceMemberEntity system = new WorkspaceMemberEntity();
        system.workspaceId = workspaceId;
        system.subject = AuditedEntity.SYSTEM;
        system.role = Role.VIEWER;
        membership = system;
    }

    /** The current workspace's id; the caller must be a member (any role). */
    public long id() {
        return membership().workspaceId;
    }

    /** The caller's role in the current workspace. */
    public Role role() {
        return membership().role;
    }

    /** Refuses the request unless the caller has at least {@code needed} in the current workspace. */
    public void authorize(Role needed) {
        Role role = role();
        if (!role.includes(needed)) {
            throw new ForbiddenException("This needs the " + needed + " role in workspace '" + slug()
                    + "'; yours is " + role + ".");
        }
    }

    /** The caller: the token's subject. */
    public String subject() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ForbiddenException("The token names no subject.");
        }
        return subject;
    }

    /** The workspace row, read afresh: its reporting currency may change within a request. */
    public WorkspaceEntity entity() {
        return WorkspaceEntity.findById(id());
    }

    public String reportingCurrency() {
        return entity().reportingCurrency;
    }

    private String slug() {
        WorkspaceEntity workspace = WorkspaceEntity.findById(membership.workspaceId);
        return workspace == null ? "?" : workspace.slug;
    }

    private WorkspaceMemberEntity membership() {
        if (membership == null) {
            membership = resolve(subject(), requestedSlug());
        }
        return membership;
    }

    private String requestedSlug() {
        if (request == null || request.getCurrent() == null) {
            return null;
        }
        String header = request.getCurrent().request().getHeader(HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    private WorkspaceMemberEntity resolve(String subject, String slug) {
        if (slug != null) {
            if (slug.length() > 64 || !slug.chars().allMatch(c -> c > 0x20 && c != 0x7F)) {
                // no slug looks like that (WorkspaceService.SLUG): refused without asking the database
                throw new ForbiddenException("You are not a member of workspace '" + Echo.of(slug) + "'.");
            }
            WorkspaceMemberEntity member = WorkspaceMemberEntity.find(
                    "subject = ?1 and workspaceId = (select w.id from WorkspaceEntity w where w.slug = ?2)", subject, slug)
                    .firstResult();
            if (member == null) {
                // the same answer whether the workspace exists or not: nothing to learn about others' slugs
                throw new ForbiddenException("You are not a member of workspace '" + Echo.of(slug) + "'.");
            }
            return member;
        }
        java.util.List<WorkspaceMemberEntity> memberships = WorkspaceMemberEntity.list("subject", subject);
        if (memberships.isEmpty()) {
            throw new ForbiddenException("You are not a member of any workspace: create one (createWorkspace)"
                    + " or ask an ADMIN to add you.");
        }
        if (memberships.size() == 1) {
            return memberships.get(0);
        }
        WorkspaceEntity fallback = WorkspaceEntity.find("slug", config.workspace().defaultSlug()).firstResult();
        return memberships.stream().filter(m -> fallback != null && m.workspaceId.equals(fallback.id)).findFirst()
                .orElseThrow(() -> new ForbiddenException("You belong to several workspaces: name one in the "
                        + HEADER + " header (its slug)."));
    }
}
