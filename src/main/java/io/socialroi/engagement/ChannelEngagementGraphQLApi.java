package io.socialroi.engagement;

import java.util.List;

import jakarta.inject.Inject;

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
public class ChannelEngagementGraphQLApi {

    @Inject
    EngagementReportService service;

    @Description("The channel's own daily engagement totals (recorded without a campaign) in the period, with the"
            + " channel's AD_SPEND behind CPC, CPM and cost per engagement.")
    public @NonNull List<@NonNull Engagement> engagement(@Source List<Channel> channels,
            @Name("period") DateRangeInput period) {
        return service.ofChannels(channels, period);
    }
}
