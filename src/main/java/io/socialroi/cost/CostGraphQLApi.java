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

    @Mutation("recordCosts")
    @Description("Records up to 5,000 costs atomically: all of them, or with any userError none. A cost whose "
            + "externalId was recorded before (or earlier in the batch) is counted as a duplicate and not recorded again.")
    public @NonNull RecordCostsPayload recordCosts(@NonNull @Name("input") List<@NonNull RecordCostInput> input) {
        try {
            CostService.BatchResult result = service.recordAll(input);
            return new RecordCostsPayload(result.accepted(), result.duplicates(), List.of());
        } catch (InvalidInputException e) {
            return new RecordCostsPayload(0, 0, e.errors());
        }
    }

    @Mutation("updateCost")
    @Description("Corrects a recorded cost (amount, date, category, campaign, channel, description), named by id or "
            + "externalId.")
    public @NonNull UpdateCostPayload updateCost(@NonNull @Name("input") UpdateCostInput input) {
        try {
            return new UpdateCostPayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateCostPayload(null, e.errors());
        }
    }

    @Mutation("deleteCost")
    @Description("Deletes a recorded cost, named by id or externalId.")
    public @NonNull DeleteCostPayload deleteCost(@NonNull @Name("input") DeleteCostInput input) {
        try {
            return new DeleteCostPayload(service.delete(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteCostPayload(null, e.errors());
        }
    }
}
