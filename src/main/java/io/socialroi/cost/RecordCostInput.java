package io.socialroi.cost;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("RecordCostInput")
@Description("Give amount, or (for LABOR) hours and hourlyRate.")
public class RecordCostInput {
    @NonNull
    @Id
    public String campaignId;
    @Id
    public String channelId;
    @NonNull
    @NotNull(message = "A cost needs a category.")
    public CostCategory category;
    public MoneyInput amount;
    public DecimalScalar hours;
    public MoneyInput hourlyRate;
    @NonNull
    public DateScalar incurredOn;
    @Text(max = 1000)
    public String description;
    @Description("Your id for this cost, unique in the workspace: sending it again records nothing new.")
    @Text(max = 200)
    public String externalId;
}
