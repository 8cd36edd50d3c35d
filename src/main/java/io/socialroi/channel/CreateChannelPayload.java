package io.socialroi.channel;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("CreateChannelPayload")
public record CreateChannelPayload(Channel channel, @NonNull List<@NonNull UserError> userErrors) {
}
