package io.socialroi.tracking;

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
public class CorrectionGraphQLApi {

    @Inject
    CorrectionService service;

    @Mutation("updateConversion")
    @Description("Corrects a conversion's revenue (a refund, a corrected amount); the reports credit the new amount.")
    public @NonNull UpdateConversionPayload updateConversion(@NonNull @Name("input") UpdateConversionInput input) {
        try {
            return new UpdateConversionPayload(service.updateConversion(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateConversionPayload(null, e.errors());
        }
    }

    @Mutation("deleteConversions")
    @Description("Deletes conversions atomically: all of them, or with any userError none. Under W_SHAPED and "
            + "FULL_PATH the same persons' other conversions are credited again (a deleted LEAD or OPPORTUNITY was a "
            + "milestone of their paths).")
    public @NonNull DeleteConversionsPayload deleteConversions(@NonNull @Name("input") DeleteConversionsInput input) {
        try {
            return new DeleteConversionsPayload(service.deleteConversions(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteConversionsPayload(0, e.errors());
        }
    }

    @Mutation("deleteTouchpoints")
    @Description("Deletes touchpoints by externalIds, or a person's touchpoints in a time range, atomically; the "
            + "conversions whose paths held them are credited again.")
    public @NonNull DeleteTouchpointsPayload deleteTouchpoints(@NonNull @Name("input") DeleteTouchpointsInput input) {
        try {
            return new DeleteTouchpointsPayload(service.deleteTouchpoints(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteTouchpointsPayload(0, e.errors());
        }
    }
}
