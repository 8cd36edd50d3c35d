package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("BudgetPacing")
@Description("The campaign's fully loaded cost to date (every cost category, labor and tools included, from startDate"
        + " to asOf) against its budget pro rata by days, and the spend projected to endDate at the current daily"
        + " rate; money in the reporting currency (docs/delivery.md).")
public record BudgetPacing(@NonNull @Description("Today in the workspace's time zone.") DateScalar asOf,
        @Description("The budget in the reporting currency, at the rate in force on asOf; null without one.") Money budget,
        @NonNull Money costToDate,
        @Description("Days from startDate to min(asOf, endDate), inclusive; 0 before the start.") int elapsedDays,
        @Description("Days from startDate to endDate, inclusive; null without an endDate.") Integer totalDays,
        @Description("budget × elapsedDays / totalDays.") Money plannedToDate,
        @Description("costToDate × 100 / budget, 2 decimals.") DecimalScalar spentPercent,
        @Description("costToDate / elapsedDays.") Money dailyRate,
        @Description("costToDate × totalDays / elapsedDays; the final cost once ended.") Money projectedSpend,
        @Description("projectedSpend × 100 / budget, 2 decimals.") DecimalScalar projectedPercent,
        @NonNull PacingStatus status, @NonNull PacingAlert alert,
        @Description("Why budget is null although the campaign has one (no exchange rate).") String undefinedReason) {
}
