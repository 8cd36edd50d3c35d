package io.socialroi.earned;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
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
public class CampaignEarnedMediaGraphQLApi {

    @Inject
    EarnedMediaService service;

    @Description("Earned media value of the campaign in the period (UTC days; all time when absent): organic clicks"
            + " recorded with it (or its touchpoints, by organicClicks) and the OWNED/EARNED impressions recorded with it.")
    public @NonNull List<@NonNull EarnedMediaValue> earnedMediaValue(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period,
            @Name("organicClicks") @DefaultValue("RECORDED") OrganicClickSource organicClicks) {
        return service.ofCampaigns(campaigns, period, organicClicks);
    }
}
