package io.socialroi.attribution;

import java.util.List;

import io.socialroi.reporting.Period;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.tracking.ConversionType;

/**
 * What a report over attributed conversions counts: whose conversions, in which reporting currency, over which
 * period, under which attribution settings, of which conversion types. {@code actionValues}: each conversion is
 * worth the value the workspace set for its type (action_value) instead of its revenue, so the credit statements
 * credit action value. {@code storedCredits}: the credit CTE reads the stored credits of the default setting. It lives with attribution, not in the reporting kernel, because it carries
 * {@link AttributionSettings}; its attribution-free part is the kernel's {@link WorkspacePeriod}.
 */
public record ReportScope(long workspaceId, String reportingCurrency, Period period, AttributionSettings attribution,
        List<ConversionType> conversionTypes, boolean actionValues, boolean storedCredits) {

    public ReportScope(long workspaceId, String reportingCurrency, Period period, AttributionSettings attribution,
            List<ConversionType> conversionTypes) {
        this(workspaceId, reportingCurrency, period, attribution, conversionTypes, false, false);
    }

    /** Credits action values: computed on demand (the stored credits divide revenue). */
    public ReportScope withActionValues() {
        return new ReportScope(workspaceId, reportingCurrency, period, attribution, conversionTypes, true, false);
    }

    /**
     * Whether the credit statements read the stored credits (attribution_credit) instead of computing them: only
     * when they answer for this setting (AttributionArguments.storedCreditsAnswer) and the value is revenue.
     */
    public ReportScope withStoredCredits(boolean stored) {
        return new ReportScope(workspaceId, reportingCurrency, period, attribution, conversionTypes, actionValues,
                stored && !actionValues);
    }

    /** The part of the scope that reports without attribution read. */
    public WorkspacePeriod workspacePeriod() {
        return new WorkspacePeriod(workspaceId, reportingCurrency, period);
    }
}
