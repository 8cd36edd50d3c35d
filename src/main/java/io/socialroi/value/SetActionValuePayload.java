package io.socialroi.value;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetActionValuePayload")
public record SetActionValuePayload(ActionValue actionValue, @NonNull List<@NonNull UserError> userErrors) {
}
