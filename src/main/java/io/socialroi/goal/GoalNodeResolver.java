package io.socialroi.goal;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class GoalNodeResolver implements NodeResolver {

    @Inject
    GoalService goals;

    @Override
    public Set<String> types() {
        return Set.of(Goal.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return goals.find(id).orElse(null);
    }
}
