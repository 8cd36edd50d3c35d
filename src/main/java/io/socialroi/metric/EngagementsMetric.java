package io.socialroi.metric;

/** Engagements = likes + comments + shares + saves. */
public final class EngagementsMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.engagements());
    }
}
