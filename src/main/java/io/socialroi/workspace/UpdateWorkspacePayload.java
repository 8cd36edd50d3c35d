package io.socialroi.workspace;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("UpdateWorkspacePayload")
public record UpdateWorkspacePayload(Workspace workspace, @NonNull List<@NonNull UserError> userErrors) {
}
