package io.socialroi.workspace;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.common.Currencies;
import io.socialroi.common.Echo;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.TimeZones;
import io.socialroi.common.UserErrorCode;

@ApplicationScoped
public class WorkspaceService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    @Inject
    CurrentWorkspace currentWorkspace;
    @Inject
    EntityManager em;
    /**
     * maxWorkspacesPerSubject is counted by creator, not by ADMIN role: being made ADMIN of others' workspaces never
     * stops anyone from creating their own, and handing a workspace over does not free a place.
     */
    @Inject
    WorkspaceConfig config;
    @Inject
    Event<ReportingCurrencyChanged> currencyChanged;
    @Inject
    InputConstraints constraints;

    public Workspace current() {
        return Workspace.of(currentWorkspace.entity());
    }

    /**
     * A new reporting currency changes every report's numbers, and the stored credits and their daily totals hold
     * amounts converted into it: the workspace's data changed (as for any report input), so no cached report of the
     * old currency is served, whatever its statement's parameters.
     */
    @Transactional
    @WritesWorkspaceData
    public Workspace update(UpdateWorkspaceInput input) {
        InputErrors errors = new InputErrors("input");
        String currency = input.reportingCurrency == null ? null
                : Currencies.check(input.reportingCurrency, errors, "reportingCurrency");
        String name = input.name == null ? null : input.name.trim();
        if (name != null && name.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, CreateWorkspaceInput.NAME_REQUIRED, "name");
        } else {
            TextInputs.check(name, 200, errors, "name");
        }
        String timeZone = input.timeZone == null ? null : TimeZones.check(input.timeZone, errors, "timeZone");
        errors.throwIfAny();
        WorkspaceEntity entity = currentWorkspace.entity();
        if (timeZone != null) {
            entity.timeZone = timeZone;
        }
        if (currency != null && !currency.equals(entity.reportingCurrency)) {
            entity.reportingCurrency = currency;
            currencyChanged.fire(new ReportingCurrencyChanged(entity.id, currency));
        }
        if (name != null) {
            entity.name = name;
        }
        entity.flush();
        return Workspace.of(entity);
    }

    /** The workspaces the caller belongs to, by slug. */
    public List<WorkspaceMembership> mine() {
        String subject = currentWorkspace.subject();
        List<WorkspaceMemberEntity> memberships = WorkspaceMemberEntity.list("subject", subject);
        return memberships.stream()
                .map(m -> new WorkspaceMembership(Workspace.of(WorkspaceEntity.findById(m.workspaceId)), m.role))
                .sorted(java.util.Comparator.comparing(m -> m.workspace().slug()))
                .toList();
    }

    /** A new workspace whose only member, its ADMIN, is the caller. */
    @Transactional
    public Workspace create(CreateWorkspaceInput input) {
        String subject = currentWorkspace.subject();
        InputErrors errors = new InputErrors("input");
        String slug = input.slug == null ? null : input.slug.trim();
        if (slug == null || slug.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "A workspace needs a slug.", "slug");
        } else if (!SLUG.matcher(slug).matches()) {
            errors.add(UserErrorCode.INVALID_VALUE,
                    "A slug is 2 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.", "slug");
        } else if (WorkspaceEntity.count("slug", slug) > 0) {
            errors.add(UserErrorCode.SLUG_TAKEN, "The slug '" + Echo.of(slug) + "' is taken.", "slug");
        }
        constraints.check(input, errors);
        String name = input.name == null ? "" : input.name.trim();
        String currency = input.reportingCurrency == null ? "EUR"
                : Currencies.check(input.reportingCurrency, errors, "reportingCurrency");
        errors.throwIfAny();
        // one subject's creations take turns, so two requests sent at once cannot both take the last place
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('create-workspace:' || :subject))")
                .setParameter("subject", subject).getSingleResult();
        if (WorkspaceEntity.count("createdBy", subject) >= config.maxWorkspacesPerSubject()) {
            errors.add(UserErrorCode.LIMIT_REACHED, "You have created " + config.maxWorkspacesPerSubject()
                    + " workspaces, the most one user may create.");
            errors.throwIfAny();
        }
        WorkspaceEntity workspace = new WorkspaceEntity();
        workspace.slug = slug;
        workspace.name = name;
        workspace.reportingCurrency = currency;
        workspace.persist();
        WorkspaceMemberEntity admin = new WorkspaceMemberEntity();
        admin.workspaceId = workspace.id;
        admin.subject = subject;
        admin.role = Role.ADMIN;
        admin.createdBy = subject;
        admin.persist();
        return Workspace.of(workspace);
    }

    @Transactional
    public List<WorkspaceMember> members() {
        List<WorkspaceMemberEntity> members = WorkspaceMemberEntity.list("workspaceId = ?1 order by subject",
                currentWorkspace.id());
        return members.stream().map(WorkspaceMember::of).toList();
    }

    /** Adds a member or changes a member's role; the last ADMIN stays an ADMIN. */
    @Transactional
    public WorkspaceMember setMember(SetWorkspaceMemberInput input) {
        long ws = currentWorkspace.id();
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        if (input.role == null) {
            errors.add(UserErrorCode.REQUIRED, "A member needs a role.", "role");
        }
        errors.throwIfAny();
        String subject = input.subject.trim();
        lockMembers(ws);
        WorkspaceMemberEntity member = find(ws, subject);
        if (member != null && member.role == Role.ADMIN && input.role != Role.ADMIN && admins(ws) == 1) {
            errors.add(UserErrorCode.LAST_ADMIN, "A workspace keeps at least one ADMIN.", "role");
            errors.throwIfAny();
        }
        if (member == null) {
            member = new WorkspaceMemberEntity();
            member.workspaceId = ws;
            member.subject = subject;
            member.createdBy = currentWorkspace.subject();
            member.role = input.role;
            member.persist();
        } else {
            member.role = input.role;
        }
        return WorkspaceMember.of(member);
    }

    @Transactional
    public String removeMember(RemoveWorkspaceMemberInput input) {
        long ws = currentWorkspace.id();
        InputErrors errors = new InputErrors("input");
        String subject = input.subject == null ? "" : input.subject.trim();
        lockMembers(ws);
        WorkspaceMemberEntity member = subject.isEmpty() ? null : find(ws, subject);
        if (member == null) {
            errors.add(UserErrorCode.NOT_FOUND, "No member '" + Echo.of(subject) + "' in this workspace.", "subject");
        } else if (member.role == Role.ADMIN && admins(ws) == 1) {
            errors.add(UserErrorCode.LAST_ADMIN, "A workspace keeps at least one ADMIN.", "subject");
        }
        errors.throwIfAny();
        member.delete();
        return subject;
    }

    /** Two ADMINs demoting each other at once must not leave the workspace without one. */
    private void lockMembers(long ws) {
        em.createNativeQuery("select id from workspace where id = :ws for update").setParameter("ws", ws).getResultList();
    }

    private static WorkspaceMemberEntity find(long ws, String subject) {
        return WorkspaceMemberEntity.find("workspaceId = ?1 and subject = ?2", ws, subject).firstResult();
    }

    private static long admins(long ws) {
        return WorkspaceMemberEntity.count("workspaceId = ?1 and role = ?2", ws, Role.ADMIN);
    }
}
