package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a goal measures. Each constant is computed by one case of {@link GoalEvaluator#evaluate}; adding a
 * metric is a constant here plus that case. Money metrics are in the workspace's reporting currency, rates and
 * ROI in percent. Higher is always better (COST reads "reach a spend of", e.g. an investment plan).
 */
@Description("What a goal measures; money in the reporting currency, ROI and rates in percent. Higher is better.")
public enum GoalMetric {
    @Description("Attributed revenue (campaign: credited by the attribution model; workspace: all revenue of the period's conversions).")
    REVENUE(GoalMetricKind.CUMULATIVE, false),
    @Description("Total cost, every category (an investment to reach: higher is 'better' here too).")
    COST(GoalMetricKind.CUMULATIVE, false),
    @Description("Attributed revenue − total cost.")
    NET_RETURN(GoalMetricKind.CUMULATIVE, true),
    @Description("ROI % = (revenue − cost) × 100 / cost; undefined at zero cost.")
    ROI(GoalMetricKind.RATIO, true),
    @Description("ROAS = revenue / ad spend; undefined without ad spend.")
    ROAS(GoalMetricKind.RATIO, false),
    @Description("Credited conversions (workspace: counted conversions), of conversionType when given.")
    CONVERSIONS(GoalMetricKind.CUMULATIVE, false),
    @Description("Action value of the period's conversions (values per conversion type), credited like revenue.")
    ATTRIBUTED_VALUE(GoalMetricKind.CUMULATIVE, false),
    @Description("Impressions (workspace: the channels' own totals).")
    IMPRESSIONS(GoalMetricKind.CUMULATIVE, false),
    @Description("Engagements = likes + comments + shares + saves.")
    ENGAGEMENTS(GoalMetricKind.CUMULATIVE, false),
    @Description("Engagements / impressions × 100; undefined without impressions.")
    ENGAGEMENT_RATE(GoalMetricKind.RATIO, false),
    @Description("Clicks.")
    CLICKS(GoalMetricKind.CUMULATIVE, false),
    @Description("Clicks / impressions × 100 (CTR); undefined without impressions.")
    CLICK_THROUGH_RATE(GoalMetricKind.RATIO, false),
    @Description("Followers gained.")
    FOLLOWERS_GAINED(GoalMetricKind.CUMULATIVE, false),
    @Description("Followers gained − followers lost.")
    NET_FOLLOWERS(GoalMetricKind.CUMULATIVE, true),
    @Description("Earned media value (earnedMediaValue.total, recorded organic clicks): what the organic reach would have cost.")
    EARNED_MEDIA_VALUE(GoalMetricKind.CUMULATIVE, false),
    @Description("Service savings: deflected support contacts × cost per contact.")
    SERVICE_SAVINGS(GoalMetricKind.CUMULATIVE, false),
    @Description("Value-based ROI % (Roi.valuePercent): revenue + action value + earned media value + service savings"
            + " against cost; undefined at zero cost.")
    VALUE_ROI(GoalMetricKind.RATIO, true);

    private final GoalMetricKind kind;
    private final boolean negativeTargetAllowed;

    GoalMetric(GoalMetricKind kind, boolean negativeTargetAllowed) {
        this.kind = kind;
        this.negativeTargetAllowed = negativeTargetAllowed;
    }

    public GoalMetricKind kind() {
        return kind;
    }

    /** Whether the metric can be negative, so a negative target means something (ROI, net return, net followers). */
    public boolean negativeTargetAllowed() {
        return negativeTargetAllowed;
    }
}
