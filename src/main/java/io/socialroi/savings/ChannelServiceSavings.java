package io.socialroi.savings;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ChannelServiceSavings")
public record ChannelServiceSavings(@NonNull Channel channel, @NonNull DecimalScalar contactsDeflected,
        @NonNull Money savings) {
}
