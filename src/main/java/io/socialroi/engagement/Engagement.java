package io.socialroi.engagement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.tracking.MediaType;

@Type("Engagement")
@Description("Engagement of a campaign or a channel over a period, with paid, owned and earned side by side.")
public record Engagement(
        @Description("The media type of a byMediaType row; null on the total.") MediaType mediaType,
        long impressions, long reach, long likes, long comments, long shares, long saves,
        @Description("likes + comments + shares + saves") long engagements,
        long clicks, long videoViews, long followersGained, long followersLost,
        @Description("followersGained − followersLost") long netFollowers,
        @Description("engagements / impressions × 100, 2 decimals; null without impressions") DecimalScalar engagementRate,
        @Description("clicks / impressions × 100 (CTR), 2 decimals; null without impressions") DecimalScalar clickThroughRate,
        @Description("Why the two rates above are null, when they are.") String rateUndefinedReason,
        @Description("netFollowers / followers at the start × 100; the start is each day series' first followersTotal"
                + " minus that day's net change; null when no total is known") DecimalScalar followerGrowthRate,
        @Description("AD_SPEND of the period; on the total and the PAID row only (organic reach is not bought)") Money adSpend,
        @Description("CPC: adSpend / paid clicks") Money costPerClick,
        @Description("CPM: adSpend × 1000 / paid impressions") Money costPerMille,
        @Description("adSpend / paid engagements") Money costPerEngagement,
        @NonNull @Description("Σ count × the value set per engagement kind (actionValues), each day at its rate; never"
                + " mixed into revenue") Money value,
        @NonNull @Description("PAID, OWNED and EARNED, always all three (zeros included); empty on those rows")
        List<@NonNull Engagement> byMediaType) {
}
