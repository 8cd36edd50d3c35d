package io.socialroi.channel;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class ChannelNodeResolver implements NodeResolver {

    @Inject
    ChannelService channels;

    @Override
    public Set<String> types() {
        return Set.of(Channel.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return channels.findByIds(List.of(id)).get(id);
    }
}
