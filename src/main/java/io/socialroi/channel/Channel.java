package io.socialroi.channel;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("Channel")
@Description("Where marketing happens: a social network, a blog, email, search.")
public record Channel(@NonNull @org.eclipse.microprofile.graphql.Id String id, @NonNull String name, @NonNull ChannelKind kind,
        @NonNull @Description("Other utm_source values that mean this channel (matched case-insensitively, like the name).")
        List<@NonNull String> aliases) implements Node {

    public static final String TYPE = "Channel";

    public static String globalId(long id) {
        return GlobalId.encode(TYPE, id);
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
