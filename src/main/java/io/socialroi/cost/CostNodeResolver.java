package io.socialroi.cost;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class CostNodeResolver implements NodeResolver {

    @Inject
    CostService costs;

    @Override
    public Set<String> types() {
        return Set.of(CostEntry.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return costs.find(id).orElse(null);
    }
}
