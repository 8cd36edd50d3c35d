package io.socialroi.workspace;

/** Fired in the writing transaction after a workspace's reporting currency changed. */
public record ReportingCurrencyChanged(long workspaceId, String reportingCurrency) {
}
