package io.socialroi.cohort;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("CustomerInput")
@Description("One customer as the CRM knows them. Sending a personKey again replaces everything recorded for it.")
public class CustomerInput {
    @NonNull
    @Description("The person, as in touchpoints and conversions (at most 200 characters).")
    @Text(max = 200, required = "personKey identifies the customer; it cannot be blank.", absent = Text.Absent.BLANK)
    public String personKey;
    @NonNull
    @Description("The day the person became a customer (UTC).")
    @NotNull
    public DateScalar becameCustomerOn;
    @Description("The contract's value (not negative); absent when unknown.")
    public MoneyInput contractValue;
    @Description("Upsell revenue from the customer so far (not negative); absent: none.")
    public MoneyInput upsellRevenue;
    @Description("The day the customer left; not before becameCustomerOn. Absent: still a customer.")
    public DateScalar churnedOn;
    @Description("The day the person first became a lead (for days to close); not after becameCustomerOn.")
    public DateScalar firstLeadOn;
    @Description("The first day the CRM saw the person engage with or follow the brand on social.")
    public DateScalar socialEngagedOn;
}
