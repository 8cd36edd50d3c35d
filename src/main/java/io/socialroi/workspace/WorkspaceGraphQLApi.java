package io.socialroi.workspace;

import io.socialroi.common.GuardedResolver;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class WorkspaceGraphQLApi {

    @Inject
    WorkspaceService service;

    @Query("workspace")
    @Description("The caller's workspace.")
    public @NonNull Workspace workspace() {
        return service.current();
    }

    @Mutation("updateWorkspace")
    @Description("Renames the workspace or changes its reporting currency.")
    public @NonNull UpdateWorkspacePayload updateWorkspace(@NonNull @Name("input") UpdateWorkspaceInput input) {
        try {
            return new UpdateWorkspacePayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateWorkspacePayload(null, e.errors());
        }
    }
}
