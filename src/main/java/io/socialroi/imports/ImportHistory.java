package io.socialroi.imports;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.audience.AudienceShareEntity;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.Cursors;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputErrors;
import io.socialroi.common.PageInfo;
import io.socialroi.common.UserErrorCode;
import io.socialroi.content.PostEntity;
import io.socialroi.cost.CostEntryEntity;
import io.socialroi.tracking.ConversionsRecorded;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Role;
import io.socialroi.workspace.WritesWorkspaceData;

/** The imports of the workspace: kept (dry runs and refusals too), listed newest first, and undone. */
@ApplicationScoped
public class ImportHistory {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ImportService service;
    @Inject
    EntityManager em;
    @Inject
    ImportQueries queries;
    @Inject
    Event<ConversionsRecorded> conversionsRecorded;

    /** Keeps a dry run or a refused import (it wrote nothing a report reads). */
    @Transactional
    public ImportRunEntity save(ImportRunEntity run) {
        run.persist();
        em.flush();
        em.refresh(run); // created_at, set by the database
        return run;
    }

    public Optional<Import> find(long id) {
        return ImportRunEntity.<ImportRunEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional().map(this::toType);
    }

    /** A page of the workspace's imports, newest first (keyset on the id, descending). */
    public ImportConnection page(Integer first, String after) {
        int size = Cursors.pageSize(first);
        long before = after == null ? Long.MAX_VALUE : Cursors.afterId(after);
        long ws = workspace.id();
        long total = ImportRunEntity.count("workspaceId", ws);
        List<ImportRunEntity> rows = size == 0 ? List.of()
                : ImportRunEntity.<ImportRunEntity>find("workspaceId = ?1 and id < ?2 order by id desc", ws, before)
                        .range(0, size).list(); // range is inclusive: size + 1 rows
        boolean hasNext = rows.size() > size;
        if (hasNext) {
            rows = rows.subList(0, size);
        }
        List<ImportEdge> edges = rows.stream().map(run -> new ImportEdge(Cursors.encode(run.id), toType(run))).toList();
        return new ImportConnection(edges, edges.stream().map(ImportEdge::node).toList(),
                new PageInfo(hasNext, after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), (int) total);
    }

    private Import toType(ImportRunEntity run) {
        return Import.of(run, service.fromJson(run.resultJson), workspace.role().includes(Role.ADMIN));
    }

    /**
     * Removes what a COMPLETED import wrote: its costs, imported ad figures (the engagement days they add to are
     * summed again), conversions and touchpoints (the other conversions of their persons are credited again), the
     * posts it owns (docs/imports.md: not those recordPosts wrote since, nor those a later import sent again) and the
     * audience segments it wrote last. Values of keys it replaced are not brought back. The import stays in the history as DELETED.
     */
    @Transactional
    @WritesWorkspaceData
    public Import delete(DeleteImportInput input) {
        InputErrors errors = new InputErrors("input");
        Long id = GlobalId.decodeOrReport(Import.TYPE, input.id, errors, "id");
        long ws = workspace.id();
        ImportRunEntity run = id == null ? null
                : ImportRunEntity.<ImportRunEntity>find("id = ?1 and workspaceId = ?2", id, ws).firstResult();
        if (id != null && run == null) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Import.TYPE, input.id), "id");
        } else if (run != null && run.status != ImportStatus.COMPLETED) {
            errors.add(UserErrorCode.INVALID_VALUE, "This import is " + run.status + ": it wrote nothing to delete.", "id");
        }
        errors.throwIfAny();
        List<ImportedAdDayEntity.Target> targets = ImportedAdDayEntity.targetsOfImport(em, ws, run.id);
        ImportedAdDayEntity.deleteOfImport(em, ws, run.id);
        ImportedAdDayEntity.refreshEngagementDays(em, ws, AuditedEntity.currentSubject(), targets);
        CostEntryEntity.deleteOfImport(em, ws, run.id);
        List<Long> affected = queries.conversionsOfImportedPersons(ws, run.id);
        queries.deleteOfImport("conversion", ws, run.id); // their stored credits go with them (on delete cascade)
        queries.deleteOfImport("touchpoint", ws, run.id);
        PostEntity.deleteOfImport(em, ws, run.id); // the posts it owns, with their production costs
        AudienceShareEntity.deleteOfImport(em, ws, run.id);
        if (!affected.isEmpty()) {
            conversionsRecorded.fire(new ConversionsRecorded(ws, affected));
        }
        run.status = ImportStatus.DELETED;
        return toType(run);
    }
}
