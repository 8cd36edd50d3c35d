package io.socialroi.audience;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.DateScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.common.Upserts;

@GraphQLApi
@GuardedResolver
public class AudienceGraphQLApi {

    @Inject
    AudienceService service;
    @Inject
    AudienceReports reports;

    @Mutation("recordAudiences")
    @Description("Records audience snapshots (a channel's audience on a day, as its platform exports it), up to 5,000"
            + " at once, all or none. Each dimension's shares add up to 100 % ± 0.5; a dimension sent again for the same"
            + " channel and date replaces the one recorded.")
    public @NonNull RecordAudiencesPayload recordAudiences(
            @NonNull @Name("input") List<@NonNull AudienceSnapshotInput> input) {
        try {
            Upserts recorded = service.record(input);
            return new RecordAudiencesPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordAudiencesPayload(0, 0, e.errors());
        }
    }

    @Query("audienceComparison")
    @Description("The channels' audiences side by side, the segments whose shares differ most first; each channel's"
            + " latest snapshot of each dimension on or before date.")
    public @NonNull AudienceComparison audienceComparison(
            @NonNull @Name("channelIds") @Description("Channel IDs, 1 to 10.") List<@NonNull String> channelIds, @NonNull @Name("date") DateScalar date) {
        return reports.compare(channelIds, date);
    }
}
