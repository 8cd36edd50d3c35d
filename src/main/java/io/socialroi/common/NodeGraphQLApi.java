package io.socialroi.common;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.cost.CostEntry;
import io.socialroi.cost.CostService;
import io.socialroi.goal.Goal;
import io.socialroi.goal.GoalService;
import io.socialroi.money.ExchangeRate;
import io.socialroi.money.ExchangeRateService;
import io.socialroi.tracking.Conversion;
import io.socialroi.tracking.ConversionEntity;
import io.socialroi.tracking.Touchpoint;
import io.socialroi.tracking.TouchpointEntity;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Workspace;
import io.socialroi.workspace.WorkspaceService;

@GraphQLApi
@GuardedResolver
public class NodeGraphQLApi {

    @Inject
    CampaignService campaigns;
    @Inject
    ChannelService channels;
    @Inject
    WorkspaceService workspaces;
    @Inject
    CurrentWorkspace workspace;
    @Inject
    CostService costs;
    @Inject
    ExchangeRateService rates;
    @Inject
    GoalService goals;

    @Query("node")
    @Description("Any object by its global ID; null when it does not exist or is not yours.")
    public Node node(@NonNull @Id @Name("id") String id) {
        return GlobalId.decode(id).map(this::resolve).orElse(null);
    }

    private Node resolve(GlobalId.Decoded id) {
        return switch (id.type()) {
            case Campaign.TYPE -> campaigns.find(id.id()).orElse(null);
            case Channel.TYPE -> channels.findByIds(List.of(id.id())).get(id.id());
            case Workspace.TYPE -> {
                Workspace current = workspaces.current();
                yield current.id().equals(GlobalId.encode(Workspace.TYPE, id.id())) ? current : null;
            }
            case Conversion.TYPE -> ConversionEntity.<ConversionEntity>find("id = ?1 and workspaceId = ?2", id.id(), workspace.id())
                    .firstResultOptional().map(Conversion::new).orElse(null);
            case Touchpoint.TYPE -> TouchpointEntity.<TouchpointEntity>find("id = ?1 and workspaceId = ?2", id.id(), workspace.id())
                    .firstResultOptional()
                    .map(t -> Touchpoint.of(t, channels.findByIds(List.of(t.channelId)).get(t.channelId),
                            t.campaignId == null ? null : campaigns.find(t.campaignId).orElse(null)))
                    .orElse(null);
            case CostEntry.TYPE -> costs.find(id.id()).orElse(null);
            case ExchangeRate.TYPE -> rates.find(id.id()).orElse(null);
            case Goal.TYPE -> goals.find(id.id()).orElse(null);
            default -> null;
        };
    }
}
