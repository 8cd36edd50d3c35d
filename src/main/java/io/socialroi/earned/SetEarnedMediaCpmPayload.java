package io.socialroi.earned;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetEarnedMediaCpmPayload")
public record SetEarnedMediaCpmPayload(@Description("The price set; null when removed or on userErrors.") EarnedMediaCpm earnedMediaCpm,
        @NonNull List<@NonNull UserError> userErrors) {
}
