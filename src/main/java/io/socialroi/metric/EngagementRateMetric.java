package io.socialroi.metric;

import io.socialroi.engagement.EngagementMath;

/** Engagement rate % = engagements / impressions × 100; undefined without impressions. */
public final class EngagementRateMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(EngagementMath.percent(totals.engagements(), totals.impressions()),
                EngagementMath.NO_IMPRESSIONS);
    }
}
