package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.tracking.MediaType;

@Type("MediaTypePerformance")
@Description("A channel's figures for one media type, so that paid, owned and earned reach are judged apart.")
public record MediaTypePerformance(
        @Description("Null for conversions credited to their recorded source, which has no touchpoint and so no media type.")
        MediaType mediaType,
        @NonNull Money attributedRevenue,
        @NonNull DecimalScalar conversions,
        @NonNull @Description("Conversions whose path has a touch of this channel and media type before the last touch.")
        int assistedConversions,
        @Description("PAID only: attributed revenue / the channel's AD_SPEND; null without ad spend.") DecimalScalar roas) {
}
