package io.socialroi.value;

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
import io.socialroi.workspace.RequiresRole;
import io.socialroi.workspace.Role;

@GraphQLApi
@GuardedResolver
public class ActionValueGraphQLApi {

    @Inject
    ActionValueService service;

    @Query("actionValues")
    @Description("What each valued action is worth to the workspace, as set.")
    public @NonNull List<@NonNull ActionValue> actionValues() {
        return service.list();
    }

    @Mutation("setActionValue")
    @RequiresRole(Role.ADMIN)
    @Description("Sets what one conversion of a type or one engagement of a kind is worth (ADMIN); a null value removes it.")
    public @NonNull SetActionValuePayload setActionValue(@NonNull @Name("input") SetActionValueInput input) {
        try {
            return new SetActionValuePayload(service.set(input), List.of());
        } catch (InvalidInputException e) {
            return new SetActionValuePayload(null, e.errors());
        }
    }
}
