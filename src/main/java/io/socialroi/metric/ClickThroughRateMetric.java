package io.socialroi.metric;

import io.socialroi.engagement.EngagementMath;

/** Click-through rate % = clicks / impressions × 100; undefined without impressions. */
public final class ClickThroughRateMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(EngagementMath.percent(totals.clicks(), totals.impressions()),
                EngagementMath.NO_IMPRESSIONS);
    }
}
