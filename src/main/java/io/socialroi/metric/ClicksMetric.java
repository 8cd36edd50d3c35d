package io.socialroi.metric;

/** Clicks. */
public final class ClicksMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.clicks());
    }
}
