package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.Text;

@Input("SetPlatformCampaignMappingInput")
public class SetPlatformCampaignMappingInput {
    @NonNull
    @Description("The source as imports name it: meta (or facebook, instagram), linkedin, google_ads, the tidy"
            + " table's platform without _ads, or utm for cost sheets and touchpoints.")
    @Text(max = 32)
    public String platform;
    @Description("The ad account's id; empty or absent for any account.")
    @Text(max = 200)
    public String accountId;
    @NonNull
    @Description("The platform's campaign id, or its name when the files carry no id (matched case-insensitively).")
    @Text(max = 400)
    public String platformCampaign;
    @NonNull
    @Id
    public String campaignId;
}
