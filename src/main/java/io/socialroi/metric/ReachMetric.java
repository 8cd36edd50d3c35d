package io.socialroi.metric;

/** Reach: people who saw the content, as recorded per day. */
public final class ReachMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.reach());
    }
}
