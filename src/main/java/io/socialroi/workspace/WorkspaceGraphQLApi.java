package io.socialroi.workspace;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class WorkspaceGraphQLApi {

    @Inject
    WorkspaceService service;

    @Query("workspace")
    @Description("The caller's current workspace: the one named by the X-Workspace header (its slug), else the"
            + " caller's only one, else the default one.")
    public @NonNull Workspace workspace() {
        return service.current();
    }

    @Query("myWorkspaces")
    @OutsideWorkspace
    @Description("Every workspace the caller belongs to, with the caller's role.")
    public @NonNull List<@NonNull WorkspaceMembership> myWorkspaces() {
        return service.mine();
    }

    @Query("workspaceMembers")
    @RequiresRole(Role.ADMIN)
    @Description("The members of the current workspace (ADMIN).")
    public @NonNull List<@NonNull WorkspaceMember> workspaceMembers() {
        return service.members();
    }

    @Mutation("createWorkspace")
    @OutsideWorkspace
    @Description("Creates a workspace; the caller becomes its ADMIN.")
    public @NonNull CreateWorkspacePayload createWorkspace(@NonNull @Name("input") CreateWorkspaceInput input) {
        try {
            return new CreateWorkspacePayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateWorkspacePayload(null, e.errors());
        }
    }

    @Mutation("updateWorkspace")
    @RequiresRole(Role.ADMIN)
    @Description("Renames the workspace or changes its reporting currency or time zone (ADMIN).")
    public @NonNull UpdateWorkspacePayload updateWorkspace(@NonNull @Name("input") UpdateWorkspaceInput input) {
        try {
            return new UpdateWorkspacePayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateWorkspacePayload(null, e.errors());
        }
    }

    @Mutation("setWorkspaceMember")
    @RequiresRole(Role.ADMIN)
    @Description("Adds a member to the current workspace or changes a member's role (ADMIN).")
    public @NonNull SetWorkspaceMemberPayload setWorkspaceMember(@NonNull @Name("input") SetWorkspaceMemberInput input) {
        try {
            return new SetWorkspaceMemberPayload(service.setMember(input), List.of());
        } catch (InvalidInputException e) {
            return new SetWorkspaceMemberPayload(null, e.errors());
        }
    }

    @Mutation("removeWorkspaceMember")
    @RequiresRole(Role.ADMIN)
    @Description("Removes a member from the current workspace (ADMIN); the last ADMIN stays.")
    public @NonNull RemoveWorkspaceMemberPayload removeWorkspaceMember(
            @NonNull @Name("input") RemoveWorkspaceMemberInput input) {
        try {
            return new RemoveWorkspaceMemberPayload(service.removeMember(input), List.of());
        } catch (InvalidInputException e) {
            return new RemoveWorkspaceMemberPayload(null, e.errors());
        }
    }
}
