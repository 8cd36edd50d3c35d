package io.socialroi.metric;

/** Video views. */
public final class VideoViewsMetric extends EngagementMetric {

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    MetricValue of(EngagementTotals totals) {
        return MetricValue.of(totals.videoViews());
    }
}
