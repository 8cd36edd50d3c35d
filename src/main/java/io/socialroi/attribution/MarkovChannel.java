package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;

@Type("MarkovChannel")
public record MarkovChannel(@NonNull Channel channel,
        @NonNull @Description("1 − P(conversion without the channel) / P(conversion), 6 decimals.") DecimalScalar removalEffect,
        @NonNull @Description("The channel's removal effect as a percentage of all channels' (2 decimals).") DecimalScalar share,
        @NonNull @Description("P(conversion) when the channel is removed, 6 decimals.") DecimalScalar conversionProbabilityWithout) {
}
