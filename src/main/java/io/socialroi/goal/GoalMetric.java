package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;

import io.socialroi.metric.AttributedValueMetric;
import io.socialroi.metric.ClickThroughRateMetric;
import io.socialroi.metric.ClicksMetric;
import io.socialroi.metric.ConversionsMetric;
import io.socialroi.metric.CostMetric;
import io.socialroi.metric.EarnedMediaValueMetric;
import io.socialroi.metric.EngagementRateMetric;
import io.socialroi.metric.EngagementsMetric;
import io.socialroi.metric.FollowersGainedMetric;
import io.socialroi.metric.ImpressionsMetric;
import io.socialroi.metric.Metric;
import io.socialroi.metric.NetFollowersMetric;
import io.socialroi.metric.NetReturnMetric;
import io.socialroi.metric.RevenueMetric;
import io.socialroi.metric.RoasMetric;
import io.socialroi.metric.RoiMetric;
import io.socialroi.metric.ServiceSavingsMetric;
import io.socialroi.metric.ValueRoiMetric;

/**
 * What a goal measures. Each constant names its definition in the metric catalogue ({@code io.socialroi.metric}),
 * which computes it per campaign and for the workspace and states its unit, from which the kind and the sign of a
 * target follow; adding a metric is its definition class plus a constant here. Money metrics are in the
 * workspace's reporting currency, rates and ROI in percent. Higher is always better (COST reads "reach a spend
 * of", e.g. an investment plan).
 */
@Description("What a goal measures; money in the reporting currency, ROI and rates in percent. Higher is better.")
public enum GoalMetric {
    @Description("Attributed revenue (campaign: credited by the attribution model; workspace: all revenue of the period's conversions).")
    REVENUE(new RevenueMetric()),
    @Description("Total cost, every category (an investment to reach: higher is 'better' here too).")
    COST(new CostMetric()),
    @Description("Attributed revenue − total cost.")
    NET_RETURN(new NetReturnMetric()),
    @Description("ROI % = (revenue − cost) × 100 / cost; undefined at zero cost.")
    ROI(new RoiMetric()),
    @Description("ROAS = revenue / ad spend; undefined without ad spend.")
    ROAS(new RoasMetric()),
    @Description("Credited conversions (workspace: counted conversions), of conversionType when given.")
    CONVERSIONS(new ConversionsMetric()),
    @Description("Action value of the period's conversions (values per conversion type), credited like revenue.")
    ATTRIBUTED_VALUE(new AttributedValueMetric()),
    @Description("Impressions (workspace: the channels' own totals).")
    IMPRESSIONS(new ImpressionsMetric()),
    @Description("Engagements = likes + comments + shares + saves.")
    ENGAGEMENTS(new EngagementsMetric()),
    @Description("Engagements / impressions × 100; undefined without impressions.")
    ENGAGEMENT_RATE(new EngagementRateMetric()),
    @Description("Clicks.")
    CLICKS(new ClicksMetric()),
    @Description("Clicks / impressions × 100 (CTR); undefined without impressions.")
    CLICK_THROUGH_RATE(new ClickThroughRateMetric()),
    @Description("Followers gained.")
    FOLLOWERS_GAINED(new FollowersGainedMetric()),
    @Description("Followers gained − followers lost.")
    NET_FOLLOWERS(new NetFollowersMetric()),
    @Description("Earned media value (earnedMediaValue.total, recorded organic clicks): what the organic reach would have cost.")
    EARNED_MEDIA_VALUE(new EarnedMediaValueMetric()),
    @Description("Service savings: deflected support contacts × cost per contact.")
    SERVICE_SAVINGS(new ServiceSavingsMetric()),
    @Description("Value-based ROI % (Roi.valuePercent): revenue + action value + earned media value + service savings"
            + " against cost; undefined at zero cost.")
    VALUE_ROI(new ValueRoiMetric());

    private final Metric.OfCampaigns definition;

    GoalMetric(Metric.OfCampaigns definition) {
        this.definition = definition;
    }

    /** The catalogue entry that computes this metric per campaign, and for the workspace when it is {@code OfWorkspace}. */
    public Metric.OfCampaigns definition() {
        return definition;
    }

    /** A sum projects linearly to the deadline; a percentage or ratio does not (its unit says which). */
    public GoalMetricKind kind() {
        return definition.unit().additive() ? GoalMetricKind.CUMULATIVE : GoalMetricKind.RATIO;
    }

    /** Whether the metric can be negative, so a negative target means something (ROI, net return, net followers). */
    public boolean negativeTargetAllowed() {
        return definition.canBeNegative();
    }
}
