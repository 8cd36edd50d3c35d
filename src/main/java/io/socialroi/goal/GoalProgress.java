package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Type("GoalProgress")
@Description("A goal evaluated on a day (asOf): its value over [periodFrom, periodTo], progress, projection and status.")
public record GoalProgress(
        @NonNull @Description("The day evaluated.") DateScalar asOf,
        @NonNull @Description("The goal's startDate.") DateScalar periodFrom,
        @NonNull @Description("min(asOf, deadline): the last day counted.") DateScalar periodTo,
        @Description("Days from the start to periodTo, inclusive; 0 before the start.") int elapsedDays,
        @Description("Days from the start to the deadline, inclusive.") int totalDays,
        @Description("The metric over [periodFrom, periodTo]; null when undefined or not started (see undefinedReason).")
        DecimalScalar currentValue,
        @Description("Why currentValue is null; set exactly when it is.") String undefinedReason,
        @Description("currentValue × 100 / target, 2 decimals half-up; null when the target is 0 or currentValue is null.")
        DecimalScalar progressPercent,
        @Description("CUMULATIVE: currentValue × totalDays / elapsedDays (2 decimals half-up); RATIO: currentValue.")
        DecimalScalar projectedValue,
        @NonNull @Description("CUMULATIVE: MET once currentValue ≥ target; after the deadline MISSED; else ON_TRACK iff"
                + " projectedValue ≥ target, else AT_RISK. RATIO: up to the deadline ON_TRACK iff currentValue ≥ target,"
                + " else AT_RISK; after it MET or MISSED. Undefined value: AT_RISK, MISSED after the deadline. Not started:"
                + " ON_TRACK.") GoalStatus status) {
}
