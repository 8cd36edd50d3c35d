package io.socialroi.campaign;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.money.MoneyInput;

@Input("UpdateCampaignInput")
@Description("Fields left out (or null) keep their value; the clear* flags remove one. channelIds, when given, replaces the channel list.")
public class UpdateCampaignInput {
    @NonNull
    @Id
    public String id;
    public String name;
    public CampaignObjective objective;
    public CampaignStatus status;
    public DateScalar startDate;
    public DateScalar endDate;
    public MoneyInput budget;
    public String utmCampaign;
    @Id
    public List<@NonNull String> channelIds;
    @Description("True removes the end date (the campaign becomes open-ended).")
    public Boolean clearEndDate;
    @Description("True removes the budget.")
    public Boolean clearBudget;
    @Description("True removes the utm_campaign code.")
    public Boolean clearUtmCampaign;
}
