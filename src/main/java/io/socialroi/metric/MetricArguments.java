package io.socialroi.metric;

import java.util.List;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

/**
 * What a metric is measured over, as the fields take it: the period, the attribution that credits attributed
 * metrics, and the conversion types counted (null: every type). Metrics that need no attribution ignore it.
 */
public record MetricArguments(DateRangeInput period, AttributionInput attribution, List<ConversionType> conversionTypes) {
}
