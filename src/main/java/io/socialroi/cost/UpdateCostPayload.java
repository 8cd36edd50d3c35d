package io.socialroi.cost;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("UpdateCostPayload")
public record UpdateCostPayload(CostEntry costEntry, @NonNull List<@NonNull UserError> userErrors) {
}
