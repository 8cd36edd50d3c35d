package io.socialroi.metric;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Type("TimeSeriesPoint")
public record TimeSeriesPoint(@NonNull @Description("First day of the bucket, clipped to the period.") DateScalar start,
        @NonNull @Description("Last day of the bucket, inclusive, clipped to the period.") DateScalar end,
        @Description("Money in the reporting currency (2 decimals), credited conversions, a count, or a percentage;"
                + " 0 for an empty bucket; null only for a percentage without its denominator (ROI without cost, a rate"
                + " without impressions).") DecimalScalar value,
        @Description("Why value is null.") String undefinedReason) {
}
