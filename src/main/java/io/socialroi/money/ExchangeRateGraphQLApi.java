package io.socialroi.money;

import io.socialroi.common.GuardedResolver;
import io.socialroi.workspace.RequiresRole;
import io.socialroi.workspace.Role;
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
public class ExchangeRateGraphQLApi {

    @Inject
    ExchangeRateService service;

    @Query("exchangeRates")
    @Description("Every exchange rate of the workspace, by pair and date.")
    public @NonNull List<@NonNull ExchangeRate> exchangeRates() {
        return service.list();
    }

    @Mutation("setExchangeRate")
    @RequiresRole(Role.ADMIN)
    @Description("Sets 1 base = rate quote from validFrom on. The same pair and date again replaces the rate.")
    public @NonNull SetExchangeRatePayload setExchangeRate(@NonNull @Name("input") SetExchangeRateInput input) {
        try {
            return new SetExchangeRatePayload(service.set(input), List.of());
        } catch (InvalidInputException e) {
            return new SetExchangeRatePayload(null, e.errors());
        }
    }
}
