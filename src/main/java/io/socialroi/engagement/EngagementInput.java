package io.socialroi.engagement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

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
    @NotNull(message = "Engagement needs a media type.")
    public MediaType mediaType;
    @PositiveOrZero
    public Long impressions;
    @PositiveOrZero
    public Long reach;
    @PositiveOrZero
    public Long likes;
    @PositiveOrZero
    public Long comments;
    @PositiveOrZero
    public Long shares;
    @PositiveOrZero
    public Long saves;
    @PositiveOrZero
    public Long clicks;
    @PositiveOrZero
    public Long videoViews;
    @PositiveOrZero
    public Long followersGained;
    @PositiveOrZero
    public Long followersLost;
    @Description("Followers at the end of the day, when known.")
    @PositiveOrZero
    public Long followersTotal;
}
