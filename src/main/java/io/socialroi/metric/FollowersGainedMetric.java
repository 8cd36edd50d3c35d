package io.socialroi.metric;

/** Followers gained. */
public final class FollowersGainedMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.followersGained());
    }
}
