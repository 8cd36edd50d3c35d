package io.socialroi.attribution;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.InputErrors;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/** Reads and sets workspaces' default attribution settings. */
@ApplicationScoped
public class DefaultAttributionService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    WorkspaceDefaultAttribution workspaceDefault;
    @Inject
    StoredCredits storedCredits;

    /** The default setting of each workspace, in input order. */
    public List<AttributionSetting> of(List<Long> workspaceIds) {
        Map<Long, AttributionDefaultEntity> stored = rows(workspaceIds);
        return workspaceIds.stream()
                .map(id -> stored.containsKey(id) ? stored.get(id).settings() : AttributionSettings.DEFAULT)
                .map(AttributionSetting::of).toList();
    }

    /** Where the stored credits of each workspace stand, in input order. */
    public List<StoredCreditsStatus> storedCredits(List<Long> workspaceIds) {
        Map<Long, AttributionDefaultEntity> stored = rows(workspaceIds);
        return workspaceIds.stream().map(id -> StoredCreditsStatus.of(stored.get(id))).toList();
    }

    /** The stored rows of these workspaces, in one statement; a workspace without one has the defaults. */
    private static Map<Long, AttributionDefaultEntity> rows(List<Long> workspaceIds) {
        return AttributionDefaultEntity.<AttributionDefaultEntity>list("workspaceId in ?1", workspaceIds).stream()
                .collect(Collectors.toMap(e -> e.workspaceId, Function.identity()));
    }

    /**
     * Sets the current workspace's default: the input's fields over the current default, so an ADMIN can change
     * the lookback alone. A writer: reports that leave attribution out now read other numbers.
     */
    @Transactional
    @WritesWorkspaceData
    public AttributionSetting set(AttributionInput input) {
        long ws = workspace.id();
        AttributionDefaultEntity stored = AttributionDefaultEntity.findById(ws);
        InputErrors errors = new InputErrors("input");
        AttributionSettings before = stored == null ? AttributionSettings.DEFAULT : stored.settings();
        AttributionSettings settings = AttributionArguments.merge(input, before, errors);
        errors.throwIfAny();
        if (stored == null) {
            stored = new AttributionDefaultEntity();
            stored.workspaceId = ws;
        }
        stored.set(settings);
        stored.updatedBy = AuditedEntity.currentSubject();
        stored.updatedAt = OffsetDateTime.now();
        stored.persist();
        if (!settings.equals(before)) {
            // the stored credits are of the old setting: credit every conversion again (none stored for DATA_DRIVEN)
            storedCredits.requestRebuild(ws);
        }
        workspaceDefault.forget();
        return AttributionSetting.of(settings);
    }
}
