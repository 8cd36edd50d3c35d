package io.socialroi.metric;

/** Followers gained − followers lost. */
public final class NetFollowersMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    public boolean canBeNegative() {
        return true;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.netFollowers());
    }
}
