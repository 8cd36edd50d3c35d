package io.socialroi.cost;

import io.socialroi.common.GuardedResolver;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import org.eclipse.microprofile.graphql.Source;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class CostGraphQLApi {

    @Inject
    CostService service;

    @Description("Every cost recorded for the campaign, as recorded (own currency), by date: what totalCost adds up.")
    public @NonNull List<@NonNull List<@NonNull CostEntry>> costEntries(@Source List<Campaign> campaigns) {
        return service.entriesOf(campaigns.stream().map(Campaign::databaseId).toList());
    }

    @Mutation("recordCost")
    @Description("Records a cost of a campaign (optionally of one of its channels) in any currency.")
    public @NonNull RecordCostPayload recordCost(@NonNull @Name("input") RecordCostInput input) {
        try {
            CostService.Recorded recorded = service.record(input);
            return new RecordCostPayload(recorded.entry(), recorded.duplicate(), List.of());
        } catch (InvalidInputException e) {
            return new RecordCostPayload(null, false, e.errors());
        }
    }
}
