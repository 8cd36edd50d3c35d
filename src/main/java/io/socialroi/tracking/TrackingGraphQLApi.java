package io.socialroi.tracking;

import io.socialroi.common.GuardedResolver;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class TrackingGraphQLApi {

    @Inject
    TrackingService service;

    @Mutation("recordTouchpoints")
    @Description("Records up to 5,000 touchpoints atomically: all of them, or with any userError none.")
    public @NonNull RecordTouchpointsPayload recordTouchpoints(@NonNull @Name("input") List<@NonNull TouchpointInput> input) {
        try {
            TrackingService.BatchResult result = service.recordTouchpoints(input);
            return new RecordTouchpointsPayload(result.accepted(), result.duplicates(), List.of());
        } catch (InvalidInputException e) {
            return new RecordTouchpointsPayload(0, 0, e.errors());
        }
    }

    @Mutation("recordConversions")
    @Description("Records up to 5,000 conversions atomically: all of them, or with any userError none.")
    public @NonNull RecordConversionsPayload recordConversions(@NonNull @Name("input") List<@NonNull ConversionInput> input) {
        try {
            TrackingService.BatchResult result = service.recordConversions(input);
            return new RecordConversionsPayload(result.accepted(), result.duplicates(), List.of());
        } catch (InvalidInputException e) {
            return new RecordConversionsPayload(0, 0, e.errors());
        }
    }
}
