package io.socialroi.metric;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.reporting.Granularity;

@Type("TimeSeries")
public record TimeSeries(@NonNull TimeSeriesMetric metric, @NonNull Granularity granularity,
        @Description("The reporting currency, for COST and REVENUE.") String currencyCode,
        @NonNull @Description("Every bucket of the period, empty ones included.") List<@NonNull TimeSeriesPoint> points) {
}
