package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("MetricLift")
@Description("One figure of the engaged cohort against the not engaged one: rates in percent (their difference and"
        + " bounds in percentage points), money in the reporting currency, days in days; all 2 decimals half-up.")
public record MetricLift(
        @NonNull CohortLiftMetric metric,
        @Description("The engaged cohort's figure; null when undefined.") DecimalScalar engaged,
        @Description("The not engaged cohort's figure; null when undefined.") DecimalScalar notEngaged,
        @Description("engaged − notEngaged; null when either is null.") DecimalScalar difference,
        @Description("Lower bound of the 95 % confidence interval of the difference; null when the samples are too small.") DecimalScalar lowerBound,
        @Description("Upper bound of the 95 % confidence interval of the difference; null when the samples are too small.") DecimalScalar upperBound,
        @NonNull @Description("The interval's method, named.") String method,
        @NonNull @Description("The engaged customers the figure is taken over.") int engagedSample,
        @NonNull @Description("The not engaged customers the figure is taken over.") int notEngagedSample,
        @Description("Why the bounds (or the difference) are null; set exactly when lowerBound is.") String insufficientReason) {
}
