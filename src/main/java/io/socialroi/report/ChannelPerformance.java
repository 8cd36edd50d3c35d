package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ChannelPerformance")
public record ChannelPerformance(@NonNull Channel channel,
        @NonNull @Description("Costs recorded against this channel in the period.") Money cost,
        @NonNull Money attributedRevenue,
        @NonNull @Description("Conversions credited to the channel by the model (a fraction under multi-touch models).") DecimalScalar conversions,
        @NonNull @Description("Conversions whose path has the channel at a position other than the last touch.") int assistedConversions,
        @NonNull Roi roi,
        @NonNull @Description("PAID, OWNED and EARNED (and recorded sources without touchpoints, when there are any).")
        java.util.List<@NonNull MediaTypePerformance> byMediaType) {
}
