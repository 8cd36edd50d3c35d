package io.socialroi.cost;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordCostsPayload")
public record RecordCostsPayload(@NonNull @Description("Costs recorded.") int accepted,
        @NonNull @Description("Costs skipped: their externalId was recorded before, or earlier in the batch.") int duplicates,
        @NonNull List<@NonNull UserError> userErrors) {
}
