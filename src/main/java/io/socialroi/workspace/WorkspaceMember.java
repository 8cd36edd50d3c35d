package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkspaceMember")
@Description("A member of the current workspace: the subject of their tokens and their role.")
public record WorkspaceMember(@NonNull String subject, @NonNull Role role) {
    static WorkspaceMember of(WorkspaceMemberEntity entity) {
        return new WorkspaceMember(entity.subject, entity.role);
    }
}
