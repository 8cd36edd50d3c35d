package io.socialroi.engagement;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class EngagementGraphQLApi {

    @Inject
    EngagementService service;

    @Mutation("recordEngagement")
    @Description("Records daily engagement snapshots, up to 5,000 at once, all or none. Sending a day again (same"
            + " channel, campaign, date, media type) replaces it. Record a channel's own daily totals without campaignId"
            + " and a campaign's figures with it: the two are reported apart, never added together.")
    public @NonNull RecordEngagementPayload recordEngagement(@NonNull @Name("input") List<@NonNull EngagementInput> input) {
        try {
            io.socialroi.common.Upserts recorded = service.record(input);
            return new RecordEngagementPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordEngagementPayload(0, 0, e.errors());
        }
    }
}
