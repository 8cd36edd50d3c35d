package io.socialroi.engagement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.tracking.MediaType;

@Input("EngagementInput")
@Description("One day of a channel's engagement (optionally within one campaign) for one media type. Absent counts are 0.")
public class EngagementInput {
    @NonNull
    @Id
    public String channelId;
    @Id
    public String campaignId;
    @NonNull
    public DateScalar date;
    @NonNull
    public MediaType mediaType;
    public Long impressions;
    public Long reach;
    public Long likes;
    public Long comments;
    public Long shares;
    public Long saves;
    public Long clicks;
    public Long videoViews;
    public Long followersGained;
    public Long followersLost;
    @Description("Followers at the end of the day, when known.")
    public Long followersTotal;
}
