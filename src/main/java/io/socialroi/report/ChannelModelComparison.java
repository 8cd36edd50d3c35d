package io.socialroi.report;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;

@Type("ChannelModelComparison")
public record ChannelModelComparison(@NonNull Channel channel,
        @NonNull @Description("One result per requested model, in the order requested.") List<@NonNull ModelResult> results) {
}
