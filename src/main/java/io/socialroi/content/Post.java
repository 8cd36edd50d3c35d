package io.socialroi.content;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("Post")
@Description("A post with its lifetime metrics as last sent.")
public record Post(@NonNull @Id String id, @NonNull @Id String channelId, @Id String campaignId,
        @NonNull @Description("The platform's id of the post.") String externalId, @NonNull DateTimeScalar publishedAt,
        @NonNull ContentType contentType, @NonNull List<@NonNull String> tags, String url,
        @Description("The utm_content key of its links: the channel's touchpoints with it belong to the post.")
        String utmContent, long impressions, long reach, long likes, long comments, long shares, long saves,
        @Description("likes + comments + shares + saves") long engagements, long clicks, long videoViews)
        implements Node {

    public static final String TYPE = "Post";

    static Post of(ContentQueries.PostRow p) {
        return new Post(GlobalId.encode(TYPE, p.id()), Channel.globalId(p.channelId()),
                p.campaignId() == null ? null : Campaign.globalId(p.campaignId()), p.externalId(),
                DateTimeScalar.of(p.publishedAt()), p.contentType(), p.tags(), p.url(), p.utmContent(), p.impressions(),
                p.reach(), p.likes(), p.comments(), p.shares(), p.saves(), p.engagements(), p.clicks(), p.videoViews());
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
