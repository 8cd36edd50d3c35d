package io.socialroi.cohort;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("Cohort")
@Description("The customers of one side of the comparison (social-engaged or not) and their figures, money in the"
        + " reporting currency converted at the rate in force on each customer's becameCustomerOn.")
public record Cohort(
        @NonNull int customers,
        @NonNull CohortRetention retention,
        @NonNull @Description("Customers with upsell revenue above 0.") int upsold,
        @Description("upsold × 100 / customers, percent, 2 decimals half-up; null without customers.") DecimalScalar upsellRate,
        @NonNull @Description("Total upsell revenue.") Money upsellRevenue,
        @Description("upsellRevenue / customers (no upsell counts as 0); null without customers.") Money meanUpsellRevenue,
        @NonNull @Description("Customers with a contract value.") int withContractValue,
        @Description("Mean contract value over the customers with one; null when none has one.") Money meanContractValue,
        @NonNull @Description("Customers with a first-lead date.") int withFirstLead,
        @Description("Median of becameCustomerOn − firstLeadOn in days over the customers with a first-lead date;"
                + " null when none has one.") DecimalScalar medianDaysToClose,
        @NonNull @Description("Every null figure above, with the reason.") List<@NonNull UndefinedFigure> undefined) {
}
