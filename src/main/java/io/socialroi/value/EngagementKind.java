package io.socialroi.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EngagementKind")
@Description("A kind of engagement that can be given a money value.")
public enum EngagementKind {
    IMPRESSION("impressions"), LIKE("likes"), COMMENT("comments"), SHARE("shares"), SAVE("saves"), CLICK("clicks"),
    VIDEO_VIEW("video_views"), FOLLOWER_GAINED("followers_gained");

    /** The engagement_day column it counts. */
    public final String column;

    EngagementKind(String column) {
        this.column = column;
    }
}
