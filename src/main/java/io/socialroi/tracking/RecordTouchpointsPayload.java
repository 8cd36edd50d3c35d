package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordTouchpointsPayload")
public record RecordTouchpointsPayload(@NonNull int accepted, @NonNull int duplicates,
        @NonNull List<@NonNull UserError> userErrors) {
}
