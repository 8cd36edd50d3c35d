package io.socialroi.savings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("ServiceSavingsInput")
@Description("Support contacts (tickets, calls, chats) that social content made unnecessary on a channel in a period"
        + " (dates inclusive), optionally credited to a campaign, at a cost per contact.")
public class ServiceSavingsInput {
    @NonNull
    @Id
    public String channelId;
    @Id
    public String campaignId;
    @NonNull
    @NotNull
    public DateScalar from;
    @NonNull
    @NotNull
    public DateScalar to;
    @NonNull
    @Description("Contacts deflected in the period.")
    @NotNull
    @PositiveOrZero
    public Long contactsDeflected;
    @NonNull
    @Description("What one support contact costs (any currency; converted at the rate in force on the period's last day).")
    @NotNull
    public MoneyInput costPerContact;
    @Description("How the deflection was measured (at most 500 characters).")
    @Text(max = 500)
    public String description;
}
