package io.socialroi.savings;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
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
    public DateScalar from;
    @NonNull
    public DateScalar to;
    @NonNull
    @Description("Contacts deflected in the period.")
    public Long contactsDeflected;
    @NonNull
    @Description("What one support contact costs (any currency; converted at the rate in force on the period's last day).")
    public MoneyInput costPerContact;
    @Description("How the deflection was measured (at most 500 characters).")
    public String description;
}
