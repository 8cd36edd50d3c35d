package io.socialroi.delivery;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Which GraphQL report a saved report runs, and which of a saved report's settings it reads. */
@Enum("SavedReportKind")
@Description("The GraphQL report a saved report runs: CAMPAIGN_PERFORMANCE (Campaign.roi of every campaign),"
        + " CHANNEL_PERFORMANCE (channelPerformance), TIME_SERIES (timeSeries), ATTRIBUTION_COMPARISON"
        + " (attributionComparison), FUNNEL (funnel), TOP_PATHS (conversionPaths, the first 100),"
        + " GOALS (goals with their progress on the period's last day), VALUE_RETURNS (the workspace's Roi.valueReturns),"
        + " BUDGET_PACING (Campaign.pacing of the campaigns with a budget, today), BUDGET_ALERTS (the same, only those"
        + " at WARNING or EXCEEDED: with skipWhenEmpty, a message only when a campaign passes a threshold), WEEKLY_DIGEST"
        + " (the workspace's cost, revenue, ROI and value ROI against the period before, the top and bottom campaigns by"
        + " ROI, goals at risk and the biggest movers; see docs/delivery.md), ANOMALY_ALERTS (anomalyAlerts of"
        + " every day of the period not yet acknowledged; a schedule's delivery only the days after those it covered"
        + " before: DAILY with LAST_7_DAYS and skipWhenEmpty, a message on yesterday's).")
public enum SavedReportKind {
    CAMPAIGN_PERFORMANCE(Setting.ATTRIBUTION, Setting.CONVERSION_TYPES),
    CHANNEL_PERFORMANCE(Setting.ATTRIBUTION, Setting.CONVERSION_TYPES),
    TIME_SERIES(Setting.ATTRIBUTION, Setting.CONVERSION_TYPES, Setting.CAMPAIGN, Setting.CHANNEL, Setting.METRIC),
    ATTRIBUTION_COMPARISON(Setting.LOOKBACK_ONLY, Setting.CONVERSION_TYPES, Setting.MODELS),
    FUNNEL(Setting.CHANNEL),
    TOP_PATHS(Setting.LOOKBACK_ONLY, Setting.CONVERSION_TYPES),
    GOALS(),
    VALUE_RETURNS(Setting.ATTRIBUTION, Setting.CONVERSION_TYPES),
    BUDGET_PACING(),
    BUDGET_ALERTS(),
    WEEKLY_DIGEST(Setting.ATTRIBUTION, Setting.CONVERSION_TYPES),
    ANOMALY_ALERTS();

    /** The optional parts of a saved report's definition. */
    enum Setting {
        /** Every field of the attribution input. */
        ATTRIBUTION,
        /** Only attribution.lookbackDays (the report has no model). */
        LOOKBACK_ONLY,
        CONVERSION_TYPES,
        CAMPAIGN,
        CHANNEL,
        /** metric and granularity, both required. */
        METRIC,
        /** models, at least one required. */
        MODELS
    }

    private final Set<Setting> settings;

    SavedReportKind(Setting... settings) {
        this.settings = settings.length == 0 ? EnumSet.noneOf(Setting.class) : EnumSet.of(settings[0], settings);
    }

    boolean reads(Setting setting) {
        return settings.contains(setting);
    }
}
