package io.socialroi.earned;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.money.Money;
import io.socialroi.tracking.MediaType;

@Type("EarnedMediaCpm")
@Description("The price of 1,000 impressions of a media type, as set; channel null: workspace-wide.")
public record EarnedMediaCpm(@NonNull MediaType mediaType, Channel channel, @NonNull Money cpm) {
}
