package io.socialroi.engagement;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class EngagementReportGraphQLApi {

    @Inject
    EngagementReportService service;

    @Description("Engagement recorded for the campaign in the period (UTC days; all time when absent), with the"
            + " campaign's AD_SPEND behind CPC, CPM and cost per engagement.")
    public @NonNull List<@NonNull Engagement> engagement(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period) {
        return service.ofCampaigns(campaigns, period);
    }
}
