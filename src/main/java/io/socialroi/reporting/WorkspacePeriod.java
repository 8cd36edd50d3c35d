package io.socialroi.reporting;

/**
 * What every report reads by: whose data, in which reporting currency, over which days. Feature reports that
 * need no attribution (earned media value, service savings) take only this, so they depend on the kernel and
 * not on the attribution reports.
 */
public record WorkspacePeriod(long workspaceId, String reportingCurrency, Period period) {
}
