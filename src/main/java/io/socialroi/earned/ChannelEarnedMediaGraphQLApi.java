package io.socialroi.earned;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.channel.Channel;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class ChannelEarnedMediaGraphQLApi {

    @Inject
    EarnedMediaService service;

    @Description("Earned media value of the channel in the period (UTC days; all time when absent): organic clicks"
            + " recorded with it (or touchpoints on it, by organicClicks) and its own OWNED/EARNED impressions (recorded"
            + " without campaign, as in engagement).")
    public @NonNull List<@NonNull EarnedMediaValue> earnedMediaValue(@Source List<Channel> channels,
            @Name("period") DateRangeInput period,
            @Name("organicClicks") @DefaultValue("RECORDED") OrganicClickSource organicClicks) {
        return service.ofChannels(channels, period, organicClicks);
    }
}
