package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("DeleteTouchpointsPayload")
public record DeleteTouchpointsPayload(@NonNull @Description("How many touchpoints were deleted.") int deleted,
        @NonNull List<@NonNull UserError> userErrors) {
}
