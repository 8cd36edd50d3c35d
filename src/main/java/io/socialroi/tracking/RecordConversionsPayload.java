package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordConversionsPayload")
public record RecordConversionsPayload(@NonNull int accepted, @NonNull int duplicates,
        @NonNull List<@NonNull UserError> userErrors) {
}
