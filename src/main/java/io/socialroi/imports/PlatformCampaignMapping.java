package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("PlatformCampaignMapping")
@Description("An ad platform's campaign (by its id, or its name when files carry no id) recorded on a campaign by imports.")
public record PlatformCampaignMapping(@NonNull @Id String id, @NonNull String platform, @NonNull String accountId,
        @NonNull String platformCampaign, @NonNull @Id String campaignId) implements Node {

    public static final String TYPE = "PlatformCampaignMapping";

    static PlatformCampaignMapping of(PlatformCampaignMappingEntity e) {
        return new PlatformCampaignMapping(GlobalId.encode(TYPE, e.id), e.platform, e.accountId, e.platformCampaign,
                Campaign.globalId(e.campaignId));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
