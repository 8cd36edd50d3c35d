package io.socialroi.cost;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.money.Money;

@Type("CostEntry")
@Description("One recorded cost, in the currency it was paid in.")
public record CostEntry(@NonNull @org.eclipse.microprofile.graphql.Id String id,
        @Description("Null for a cost recorded on its channel alone (an import's CHANNEL_ONLY option).")
        @org.eclipse.microprofile.graphql.Id String campaignId, @org.eclipse.microprofile.graphql.Id String channelId,
        @NonNull CostCategory category, @NonNull Money amount, @NonNull DateScalar incurredOn,
        @Description("Labor entered as hours × hourlyRate.") DecimalScalar hours, Money hourlyRate,
        String description, String externalId) implements Node {

    public static final String TYPE = "CostEntry";

    static CostEntry of(CostEntryEntity e) {
        return new CostEntry(GlobalId.encode(TYPE, e.id),
                e.campaignId == null ? null : io.socialroi.campaign.Campaign.globalId(e.campaignId),
                e.channelId == null ? null : io.socialroi.channel.Channel.globalId(e.channelId), e.category,
                Money.recorded(e.amount, e.currency), DateScalar.of(e.incurredOn), DecimalScalar.of(e.hours),
                Money.recorded(e.hourlyRate, e.currency), e.description, e.externalId);
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
