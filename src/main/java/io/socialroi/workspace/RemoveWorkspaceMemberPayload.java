package io.socialroi.workspace;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RemoveWorkspaceMemberPayload")
public record RemoveWorkspaceMemberPayload(String removedSubject, @NonNull List<@NonNull UserError> userErrors) {
}
