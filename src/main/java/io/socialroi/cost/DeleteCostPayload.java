package io.socialroi.cost;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("DeleteCostPayload")
public record DeleteCostPayload(@Id String deletedCostEntryId, @NonNull List<@NonNull UserError> userErrors) {
}
