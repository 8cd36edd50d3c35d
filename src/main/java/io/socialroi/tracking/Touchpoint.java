package io.socialroi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("Touchpoint")
@Description("One interaction of a person with marketing, as recorded.")
public record Touchpoint(@NonNull @Id String id, @NonNull String personKey, @NonNull DateTimeScalar occurredAt,
        @NonNull Channel channel, Campaign campaign, @NonNull MediaType mediaType, String utmSource,
        String utmMedium, String utmCampaign, String utmTerm, String utmContent, String landingUrl,
        String externalId) implements Node {

    public static final String TYPE = "Touchpoint";

    public static Touchpoint of(TouchpointEntity t, Channel channel, Campaign campaign) {
        return new Touchpoint(GlobalId.encode(TYPE, t.id), t.personKey, DateTimeScalar.of(t.occurredAt), channel,
                campaign, t.mediaType, t.utmSource, t.utmMedium, t.utmCampaign, t.utmTerm, t.utmContent, t.landingUrl,
                t.externalId);
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
