package io.socialroi.campaign;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("CreateCampaignInput")
public class CreateCampaignInput {
    static final String NAME_REQUIRED = "A campaign needs a name.";
    static final int NAME_MAX = 200;

    @NonNull
    @Text(max = NAME_MAX, required = NAME_REQUIRED)
    public String name;
    @NonNull
    @NotNull(message = "A campaign needs an objective.")
    public CampaignObjective objective;
    @DefaultValue("ACTIVE")
    public CampaignStatus status;
    @NonNull
    public DateScalar startDate;
    @Description("Inclusive; absent while open-ended.")
    public DateScalar endDate;
    public MoneyInput budget;
    @Description("The utm_campaign code of the campaign's links, unique in the workspace (case-insensitively).")
    public String utmCampaign;
    @Id
    public List<@NonNull String> channelIds;
}
