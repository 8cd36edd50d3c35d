package io.socialroi.workspace;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("CreateWorkspacePayload")
public record CreateWorkspacePayload(Workspace workspace, @NonNull List<@NonNull UserError> userErrors) {
}
