package io.socialroi.funnel;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class FunnelReportGraphQLApi {

    @Inject
    FunnelService funnels;

    @Query("funnel")
    @Description("LEAD → MQL → SQL → OPPORTUNITY → SALE per first-touch channel: persons per stage, stage-to-stage"
            + " rates and median days between stages, with a total row. See Funnel for the exact rules.")
    public @NonNull Funnel funnel(@Name("period") DateRangeInput period,
            @Id @Name("channelId") @Description("Only the persons whose first-touch channel this is.") String channelId) {
        return funnels.funnel(period, channelId);
    }
}
