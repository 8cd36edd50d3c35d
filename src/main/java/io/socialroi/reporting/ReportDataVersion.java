package io.socialroi.reporting;

/**
 * The version of the current workspace's report inputs, which any write of them changes. The report cache keys
 * its entries by it; the workspace feature provides it (workspace/WorkspaceDataVersion), so the kernel names
 * what it needs without depending on a feature.
 */
public interface ReportDataVersion {

    /** The current workspace's data version as this transaction sees it. */
    long current();
}
