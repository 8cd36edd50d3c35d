package io.socialroi.campaign;

import io.socialroi.common.GuardedResolver;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.channel.Channel;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class CampaignGraphQLApi {

    @Inject
    CampaignService service;

    @Query("campaigns")
    @Description("Campaigns in creation order, 20 per page by default, at most 100.")
    public @NonNull CampaignConnection campaigns(@Name("first") Integer first, @Name("after") String after,
            @Name("filter") CampaignFilter filter) {
        return service.page(first, after, filter);
    }

    @Query("campaign")
    public Campaign campaign(@NonNull @Id @Name("id") String id) {
        return GlobalId.decode(Campaign.TYPE, id).flatMap(service::find).orElse(null);
    }

    @Mutation("createCampaign")
    public @NonNull CreateCampaignPayload createCampaign(@NonNull @Name("input") CreateCampaignInput input) {
        try {
            return new CreateCampaignPayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateCampaignPayload(null, e.errors());
        }
    }

    @Mutation("updateCampaign")
    public @NonNull UpdateCampaignPayload updateCampaign(@NonNull @Name("input") UpdateCampaignInput input) {
        try {
            return new UpdateCampaignPayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateCampaignPayload(null, e.errors());
        }
    }

    @Mutation("archiveCampaign")
    @Description("Sets the status to ARCHIVED: hidden from campaigns() unless asked for, still counted in reports.")
    public @NonNull ArchiveCampaignPayload archiveCampaign(@NonNull @Name("input") ArchiveCampaignInput input) {
        try {
            return new ArchiveCampaignPayload(service.archive(input), List.of());
        } catch (InvalidInputException e) {
            return new ArchiveCampaignPayload(null, e.errors());
        }
    }

    public @NonNull List<@NonNull List<@NonNull Channel>> channels(@Source List<Campaign> campaigns) {
        return service.channelsOf(campaigns);
    }
}
