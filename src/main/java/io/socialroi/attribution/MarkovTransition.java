package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;

@Type("MarkovTransition")
public record MarkovTransition(@NonNull @Description("START or a channel's name.") String from,
        @NonNull @Description("A channel's name, CONVERSION or NULL.") String to,
        Channel fromChannel, Channel toChannel, @NonNull int count,
        @NonNull @Description("count / all transitions leaving `from`, 6 decimals.") DecimalScalar probability) {
}
