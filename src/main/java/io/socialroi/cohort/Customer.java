package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.money.Money;

@Type("Customer")
@Description("A customer as recorded with recordCustomers; amounts as recorded, in their own currency.")
public record Customer(@NonNull String personKey, @NonNull DateScalar becameCustomerOn, Money contractValue,
        Money upsellRevenue, DateScalar churnedOn, DateScalar firstLeadOn, DateScalar socialEngagedOn,
        @NonNull @Description("Whether the cohort lift counts the customer as social-engaged (see CohortLift.engagedRule).") boolean socialEngaged) {
}
