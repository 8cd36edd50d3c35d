package io.socialroi.report;

public enum TimeSeriesMetric {
    COST, REVENUE, ROI, CONVERSIONS
}
