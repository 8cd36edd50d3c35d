package io.socialroi.common;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One problem with a mutation's input: where it is ({@code field}), what it is, and a stable code. */
@Description("A problem with the input of a mutation. Nothing was changed.")
public record UserError(
        @NonNull @Description("Path to the offending input field, e.g. [\"input\", \"3\", \"occurredAt\"].") List<@NonNull String> field,
        @NonNull String message,
        @NonNull UserErrorCode code) {
}
