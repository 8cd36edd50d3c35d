package io.socialroi.content;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class PostNodeResolver implements NodeResolver {

    @Inject
    ContentReports reports;

    @Override
    public Set<String> types() {
        return Set.of(Post.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return reports.post(id).orElse(null);
    }
}
