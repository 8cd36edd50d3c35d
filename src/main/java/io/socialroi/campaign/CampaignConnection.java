package io.socialroi.campaign;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.PageInfo;

@Type("CampaignConnection")
public record CampaignConnection(@NonNull List<@NonNull CampaignEdge> edges, @NonNull List<@NonNull Campaign> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull @Description("Campaigns matching the filter, over all pages.") int totalCount) {
}
