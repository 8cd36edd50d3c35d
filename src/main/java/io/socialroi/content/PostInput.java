package io.socialroi.content;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("PostInput")
@Description("A post with its lifetime metrics as the platform reports them now. Absent counts are 0.")
public class PostInput {
    static final String EXTERNAL_ID_REQUIRED = "externalId is the platform's id of the post; it cannot be empty.";

    @NonNull
    @Id
    public String channelId;
    @Id
    @Description("The campaign the post belongs to, if any.")
    public String campaignId;
    @NonNull
    @Description("The platform's id of the post: with the channel, what makes a post sent again replace the first.")
    @Text(max = 200, required = EXTERNAL_ID_REQUIRED)
    public String externalId;
    @NonNull
    public DateTimeScalar publishedAt;
    @NonNull
    @NotNull(message = "A post needs a content type.")
    public ContentType contentType;
    @Description("At most 30 tags of at most 100 characters; a post counts in the group of each of its tags.")
    public List<@NonNull String> tags;
    @Text(max = 2000)
    public String url;
    @Description("The utm_content value the post's links carry: the channel's touchpoints with it belong to the post."
            + " Absent: read from url's utm_content, if any. Unique per channel.")
    @Text(max = 200)
    public String utmContent;
    @PositiveOrZero
    public Long impressions;
    @PositiveOrZero
    public Long reach;
    @Description("Likes or reactions.")
    @PositiveOrZero
    public Long likes;
    @PositiveOrZero
    public Long comments;
    @PositiveOrZero
    public Long shares;
    @PositiveOrZero
    public Long saves;
    @Description("Link clicks.")
    @PositiveOrZero
    public Long clicks;
    @PositiveOrZero
    public Long videoViews;
    @Description("What producing the post cost: a CONTENT_PRODUCTION cost entry linked to the post (on its campaign"
            + " and channel, on its publishing day in UTC), replaced when sent again; left out, a recorded one stays.")
    public MoneyInput productionCost;
}
