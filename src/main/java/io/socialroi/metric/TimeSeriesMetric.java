package io.socialroi.metric;

import org.eclipse.microprofile.graphql.Description;

/**
 * The metrics a time series can show, each naming its catalogue definition (which must compute per bucket).
 * Adding one: its definition class, then a constant here.
 */
@Description("A metric of a time series. COST, REVENUE, SERVICE_SAVINGS and EARNED_MEDIA_VALUE (recorded organic"
        + " clicks) are money in the reporting currency; CONVERSIONS are credited conversions; ROI, VALUE_ROI,"
        + " ENGAGEMENT_RATE and CLICK_THROUGH_RATE are percentages (null in a bucket where they are undefined). The engagement metrics (IMPRESSIONS … NET_FOLLOWERS) count a"
        + " campaign's rows when campaignId is given, else the channels' own totals, like Campaign.engagement and"
        + " Channel.engagement.")
public enum TimeSeriesMetric {
    COST(new CostMetric()),
    REVENUE(new RevenueMetric()),
    ROI(new RoiMetric()),
    CONVERSIONS(new ConversionsMetric()),
    IMPRESSIONS(new ImpressionsMetric()),
    REACH(new ReachMetric()),
    ENGAGEMENTS(new EngagementsMetric()),
    ENGAGEMENT_RATE(new EngagementRateMetric()),
    CLICKS(new ClicksMetric()),
    CLICK_THROUGH_RATE(new ClickThroughRateMetric()),
    VIDEO_VIEWS(new VideoViewsMetric()),
    FOLLOWERS_GAINED(new FollowersGainedMetric()),
    NET_FOLLOWERS(new NetFollowersMetric()),
    SERVICE_SAVINGS(new ServiceSavingsMetric()),
    EARNED_MEDIA_VALUE(new EarnedMediaValueMetric()),
    VALUE_ROI(new ValueRoiMetric());

    private final Metric.ByBucket definition;

    TimeSeriesMetric(Metric.ByBucket definition) {
        this.definition = definition;
    }

    /** The catalogue entry that computes this series. */
    public Metric.ByBucket definition() {
        return definition;
    }
}
