package io.socialroi.goal;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("CreateGoalPayload")
public record CreateGoalPayload(Goal goal, @NonNull List<@NonNull UserError> userErrors) {
}
