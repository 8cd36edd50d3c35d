package io.socialroi.savings;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class ServiceSavingsGraphQLApi {

    @Inject
    ServiceSavingsService service;
    @Inject
    ServiceSavingsReports reports;

    @Mutation("recordServiceSavings")
    @Description("Records support contacts deflected by social content, up to 5,000 periods at once, all or none."
            + " Sending the same channel, campaign and period again replaces it; a period overlapping another of the"
            + " same channel and campaign is refused (OVERLAPPING_PERIOD), so nothing is counted twice.")
    public @NonNull RecordServiceSavingsPayload recordServiceSavings(
            @NonNull @Name("input") List<@NonNull ServiceSavingsInput> input) {
        try {
            io.socialroi.common.Upserts recorded = service.record(input);
            return new RecordServiceSavingsPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordServiceSavingsPayload(0, 0, e.errors());
        }
    }

    @Query("serviceSavings")
    @Description("Service savings of the whole workspace in the period (all time when absent), per channel.")
    public @NonNull ServiceSavings serviceSavings(@Name("period") DateRangeInput period) {
        return reports.ofWorkspace(period);
    }

    @Name("serviceSavings")
    @Description("Service savings credited to the campaign in the period.")
    public @NonNull List<@NonNull ServiceSavings> campaignServiceSavings(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period) {
        return reports.ofCampaigns(campaigns, period);
    }

    @Name("serviceSavings")
    @Description("Service savings recorded on the channel in the period (with or without a campaign).")
    public @NonNull List<@NonNull ServiceSavings> channelServiceSavings(@Source List<Channel> channels,
            @Name("period") DateRangeInput period) {
        return reports.ofChannels(channels, period);
    }
}
