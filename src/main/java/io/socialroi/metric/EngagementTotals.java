package io.socialroi.metric;

import io.socialroi.engagement.Engagement;
import io.socialroi.engagement.EngagementQueries;

/**
 * The engagement sums a metric reads, alike for a campaign or channel (the Engagement field), a time bucket (the
 * query's counts) and the workspace (the channels' totals added up).
 */
record EngagementTotals(long impressions, long reach, long engagements, long clicks, long videoViews,
        long followersGained, long netFollowers) {

    static final EngagementTotals NONE = new EngagementTotals(0, 0, 0, 0, 0, 0, 0);

    static EngagementTotals of(Engagement e) {
        return new EngagementTotals(e.impressions(), e.reach(), e.engagements(), e.clicks(), e.videoViews(),
                e.followersGained(), e.netFollowers());
    }

    /** The counts of a bucket; null (no row) is all zeros. */
    static EngagementTotals of(EngagementQueries.Counts c) {
        if (c == null) {
            return NONE;
        }
        return new EngagementTotals(c.impressions(), c.reach(), c.likes() + c.comments() + c.shares() + c.saves(),
                c.clicks(), c.videoViews(), c.followersGained(), c.followersGained() - c.followersLost());
    }

    EngagementTotals plus(EngagementTotals o) {
        return new EngagementTotals(impressions + o.impressions, reach + o.reach, engagements + o.engagements,
                clicks + o.clicks, videoViews + o.videoViews, followersGained + o.followersGained,
                netFollowers + o.netFollowers);
    }
}
