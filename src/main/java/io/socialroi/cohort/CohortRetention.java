package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("CohortRetention")
@Description("Retention over the report's horizon, counted only where it can be observed by asOf.")
public record CohortRetention(
        @NonNull @Description("Customers whose becameCustomerOn + horizonDays is on or before asOf: their horizon is over.") int eligible,
        @NonNull @Description("Eligible customers not churned before becameCustomerOn + horizonDays (churn as of asOf).") int retained,
        @Description("retained × 100 / eligible, percent, 2 decimals half-up; null when eligible is 0.") DecimalScalar rate,
        @Description("Why rate is null; set exactly when it is.") String undefinedReason) {
}
