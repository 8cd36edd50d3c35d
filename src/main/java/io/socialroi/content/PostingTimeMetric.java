package io.socialroi.content;

/** What postingTimes compares per post. */
public enum PostingTimeMetric {
    /** The post's engagements / its impressions × 100 (posts without impressions have none). */
    ENGAGEMENT_RATE,
    /** The post's link clicks. */
    CLICKS,
    /** The conversions of the period credited to the post's touchpoints, under the attribution setting. */
    ATTRIBUTED_CONVERSIONS
}
