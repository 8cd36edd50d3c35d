package io.socialroi.campaign;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class CampaignNodeResolver implements NodeResolver {

    @Inject
    CampaignService campaigns;

    @Override
    public Set<String> types() {
        return Set.of(Campaign.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return campaigns.find(id).orElse(null);
    }
}
