package io.socialroi.attribution;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.common.GlobalId;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.workspace.RequiresRole;
import io.socialroi.workspace.Role;
import io.socialroi.workspace.Workspace;

@GraphQLApi
@GuardedResolver
public class DefaultAttributionGraphQLApi {

    @Inject
    DefaultAttributionService service;

    @Description("The attribution setting every report uses where its attribution argument (or a field of it) is"
            + " left out. LAST_TOUCH over 30 days until an ADMIN sets another.")
    public @NonNull List<@NonNull AttributionSetting> defaultAttribution(@Source List<Workspace> workspaces) {
        return service.of(ids(workspaces));
    }

    private static List<Long> ids(List<Workspace> workspaces) {
        return workspaces.stream().map(w -> GlobalId.decode(Workspace.TYPE, w.id()).orElseThrow()).toList();
    }

    @Description("Where the stored credits of the default setting stand: READY, REBUILDING (with progress) or ON_DEMAND.")
    public @NonNull List<@NonNull StoredCreditsStatus> storedCredits(@Source List<Workspace> workspaces) {
        return service.storedCredits(ids(workspaces));
    }

    @Mutation("setDefaultAttribution")
    @RequiresRole(Role.ADMIN)
    @Description("Sets the workspace's default attribution setting (ADMIN). Fields left out keep their current value."
            + " Goals keep the setting they were created with.")
    public @NonNull SetDefaultAttributionPayload setDefaultAttribution(@NonNull @Name("input") AttributionInput input) {
        try {
            return new SetDefaultAttributionPayload(service.set(input), List.of());
        } catch (InvalidInputException e) {
            return new SetDefaultAttributionPayload(null, e.errors());
        }
    }
}
