package io.socialroi.attribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.socialroi.workspace.CurrentWorkspace;

/**
 * The current workspace's stored default setting, read once per request: every batched resolver of a page asks
 * for it, and a page must keep costing a constant number of statements.
 */
@RequestScoped
class WorkspaceDefaultAttribution {

    @Inject
    CurrentWorkspace workspace;

    private AttributionDefaultEntity stored;
    private boolean read;

    /** The row, or null: LAST_TOUCH over 30 days, credits READY. */
    AttributionDefaultEntity stored() {
        if (!read) {
            stored = AttributionDefaultEntity.findById(workspace.id());
            read = true;
        }
        return stored;
    }

    AttributionSettings settings() {
        AttributionDefaultEntity row = stored();
        return row == null ? AttributionSettings.DEFAULT : row.settings();
    }

    /** After setDefaultAttribution in this request. */
    void forget() {
        read = false;
        stored = null;
    }
}
