package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;

@Description("A metric of a time series. COST, REVENUE, SERVICE_SAVINGS and EARNED_MEDIA_VALUE (recorded organic"
        + " clicks) are money in the reporting currency; CONVERSIONS are credited conversions; ROI, VALUE_ROI,"
        + " ENGAGEMENT_RATE and CLICK_THROUGH_RATE are percentages (null in a bucket where they are undefined). The engagement metrics (IMPRESSIONS … NET_FOLLOWERS) count a"
        + " campaign's rows when campaignId is given, else the channels' own totals, like Campaign.engagement and"
        + " Channel.engagement.")
public enum TimeSeriesMetric {
    COST, REVENUE, ROI, CONVERSIONS,
    IMPRESSIONS, REACH, ENGAGEMENTS, ENGAGEMENT_RATE, CLICKS, CLICK_THROUGH_RATE, VIDEO_VIEWS, FOLLOWERS_GAINED,
    NET_FOLLOWERS,
    SERVICE_SAVINGS, EARNED_MEDIA_VALUE, VALUE_ROI;

    boolean isEngagement() {
        return ordinal() >= IMPRESSIONS.ordinal() && ordinal() <= NET_FOLLOWERS.ordinal();
    }

    boolean isMoney() {
        return this == COST || this == REVENUE || this == SERVICE_SAVINGS || this == EARNED_MEDIA_VALUE;
    }
}
