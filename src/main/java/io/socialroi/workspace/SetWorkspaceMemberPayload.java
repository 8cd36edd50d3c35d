package io.socialroi.workspace;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetWorkspaceMemberPayload")
public record SetWorkspaceMemberPayload(WorkspaceMember member, @NonNull List<@NonNull UserError> userErrors) {
}
