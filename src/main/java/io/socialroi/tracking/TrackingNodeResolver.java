package io.socialroi.tracking;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;
import io.socialroi.workspace.CurrentWorkspace;

@ApplicationScoped
public class TrackingNodeResolver implements NodeResolver {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;

    @Override
    public Set<String> types() {
        return Set.of(Conversion.TYPE, Touchpoint.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        if (Conversion.TYPE.equals(type)) {
            return ConversionEntity.<ConversionEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                    .firstResultOptional().map(Conversion::new).orElse(null);
        }
        return TouchpointEntity.<TouchpointEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional()
                .map(t -> Touchpoint.of(t, channels.findByIds(List.of(t.channelId)).get(t.channelId),
                        t.campaignId == null ? null : campaigns.find(t.campaignId).orElse(null)))
                .orElse(null);
    }
}
