package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkspaceMembership")
@Description("A workspace the caller belongs to, and the caller's role in it.")
public record WorkspaceMembership(@NonNull Workspace workspace, @NonNull Role role) {
}
