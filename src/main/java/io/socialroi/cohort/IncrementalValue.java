package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;

@Type("IncrementalValue")
@Description("The value social created, as the domain defines it: the difference in mean customer value (contract"
        + " value + upsell revenue, an absent amount counting as 0) between engaged and not engaged customers, times"
        + " the engaged customers. An observational comparison (correlation, not a controlled experiment): customers"
        + " who engage on social may differ in other ways too.")
public record IncrementalValue(
        @Description("Mean value of an engaged customer − mean value of a not engaged one; null when a cohort is empty.") Money perEngagedCustomer,
        @Description("perEngagedCustomer × engaged customers.") Money total,
        @Description("Lower bound of Welch's 95 % interval of the per-customer difference × engaged customers.") Money lowerBound,
        @Description("Upper bound of Welch's 95 % interval of the per-customer difference × engaged customers.") Money upperBound,
        @Description("Why the bounds (or the value) are null; set exactly when lowerBound is.") String insufficientReason) {
}
