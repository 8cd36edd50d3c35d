package io.socialroi.metric;

/** Impressions. */
public final class ImpressionsMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.impressions());
    }
}
