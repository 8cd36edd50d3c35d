package io.socialroi.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ContentPerformance")
@Description("The posts of one content type, one tag or one post over the period: totals, rates, what their"
        + " touchpoints earned under the attribution setting, and the median post.")
public record ContentPerformance(
        @Description("1 for the group with the most attributed revenue; ties by engagement rate, then by name.")
        int rank,
        @Description("The group's content type (groupBy CONTENT_TYPE).") ContentType contentType,
        @Description("The group's tag (groupBy TAG): a post with several tags counts in each.") String tag,
        @Description("The post (groupBy POST).") Post post,
        int posts, long impressions, long reach,
        @Description("likes + comments + shares + saves") long engagements,
        long clicks, long videoViews,
        @Description("Touchpoints that carry the posts' utm_content keys on their channels (any time).") long touchpoints,
        @Description("engagements / impressions × 100 over the group's posts, 2 decimals; null without impressions")
        DecimalScalar engagementRate,
        @Description("clicks / impressions × 100, 2 decimals; null without impressions") DecimalScalar clickThroughRate,
        @Description("Why the rates are null, when they are.") String rateUndefinedReason,
        @NonNull @Description("Conversions of the period credited to the posts' touchpoints (fractions under the"
                + " multi-touch models), 2 decimals.") DecimalScalar attributedConversions,
        @NonNull Money attributedRevenue,
        @Description("The production costs linked to the group's posts; null when none is.") Money productionCost,
        @Description("productionCost / the engagements of the posts that have one; null without a cost or without"
                + " engagements") Money costPerEngagement,
        @Description("(attributed revenue of the posts with a cost − productionCost) / productionCost × 100, 2"
                + " decimals; posts without a cost are left out, so they cannot inflate it; null without a cost")
        DecimalScalar roi,
        @Description("Why roi or costPerEngagement is null, when one is.") String costUndefinedReason,
        @NonNull ContentMedians median) {
}
