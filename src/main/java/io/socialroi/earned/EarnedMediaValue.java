package io.socialroi.earned;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;

@Type("EarnedMediaValue")
@Description("What organic reach would have cost if bought, in the reporting currency: organic clicks × the keyword's"
        + " CPC (searchValue) and OWNED/EARNED impressions × CPM / 1000 (impressionValue), each amount converted at the"
        + " rate of its day. A return, shown apart from revenue.")
public record EarnedMediaValue(
        @Description("Organic clicks in the period, priced or not.") long organicClicks,
        @Description("Clicks whose keyword had a CPC in force on their day.") long pricedClicks,
        @Description("Clicks whose keyword had no CPC in force on their day: not valued, counted so the gap shows.")
        long unpricedClicks,
        @NonNull @Description("Σ clicks × the CPC in force on the click's day.") Money searchValue,
        @Description("OWNED and EARNED impressions in the period.") long impressions,
        @Description("Impressions of a media type (and channel) without a CPM set.") long unvaluedImpressions,
        @NonNull @Description("Σ impressions × CPM / 1000, per media type; a channel's CPM overrides the workspace-wide one.")
        Money impressionValue,
        @NonNull @Description("searchValue + impressionValue") Money total,
        @NonNull @Description("Per keyword, by value (highest first), then keyword.") List<@NonNull KeywordEarnedValue> byKeyword,
        @NonNull @Description("OWNED and EARNED, always both.") List<@NonNull MediaTypeEarnedValue> byMediaType) {
}
