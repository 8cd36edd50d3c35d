package io.socialroi.goal;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("DeleteGoalPayload")
public record DeleteGoalPayload(@Id String deletedGoalId, @NonNull List<@NonNull UserError> userErrors) {
}
