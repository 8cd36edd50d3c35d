package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.socialroi.metric.TimeSeriesMetric;

@Enum("AnomalyMetric")
@Description("The daily metrics watched for anomalies, each the DAY series of timeSeries: COST, ATTRIBUTED_REVENUE"
        + " (REVENUE), CONVERSIONS, ROI and ENGAGEMENT_RATE, under the workspace's default attribution.")
public enum AnomalyMetric {
    COST(TimeSeriesMetric.COST),
    ATTRIBUTED_REVENUE(TimeSeriesMetric.REVENUE),
    CONVERSIONS(TimeSeriesMetric.CONVERSIONS),
    ROI(TimeSeriesMetric.ROI),
    ENGAGEMENT_RATE(TimeSeriesMetric.ENGAGEMENT_RATE);

    final TimeSeriesMetric series;

    AnomalyMetric(TimeSeriesMetric series) {
        this.series = series;
    }
}
