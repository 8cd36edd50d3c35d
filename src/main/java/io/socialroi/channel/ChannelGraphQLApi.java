package io.socialroi.channel;

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
public class ChannelGraphQLApi {

    @Inject
    ChannelService service;

    @Query("channels")
    @Description("Every channel of the workspace, by name.")
    public @NonNull List<@NonNull Channel> channels() {
        return service.list();
    }

    @Mutation("createChannel")
    public @NonNull CreateChannelPayload createChannel(@NonNull @Name("input") CreateChannelInput input) {
        try {
            return new CreateChannelPayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateChannelPayload(null, e.errors());
        }
    }
}
