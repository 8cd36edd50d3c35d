package io.socialroi.delivery;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.GuardedResolver;

@GraphQLApi
@GuardedResolver
public class BudgetPacingGraphQLApi {

    @Inject
    BudgetPacingService service;

    @Description("Budget pacing today: the fully loaded cost to date against the budget pro rata by days, the projected"
            + " end spend at the current daily rate, and the alert level (docs/delivery.md).")
    public @NonNull List<@NonNull BudgetPacing> pacing(@Source List<Campaign> campaigns) {
        return service.pacing(campaigns);
    }
}
