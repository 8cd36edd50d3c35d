package io.socialroi.cohort;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;

@Type("CohortLift")
@Description("Social-engaged customers against the others. A customer is engaged when they have a touchpoint on a"
        + " SOCIAL channel (any media type) before the end (UTC) of the day they became a customer, or a"
        + " socialEngagedOn on or before that day. Observational: a difference is a correlation, not proof that"
        + " social caused it.")
public record CohortLift(
        @NonNull @Description("The day the report is as of: customers after it are left out, churn after it not yet seen.") DateScalar asOf,
        @NonNull int horizonDays,
        @NonNull @Description("The engaged rule, in words.") String engagedRule,
        @NonNull Cohort engaged,
        @NonNull Cohort notEngaged,
        @NonNull @Description("One entry per CohortLiftMetric, in its order.") List<@NonNull MetricLift> lifts,
        @NonNull IncrementalValue incrementalValue,
        @NonNull @Description("The currency of every amount.") String currencyCode) {
}
