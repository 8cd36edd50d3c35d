package io.socialroi.attribution;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.tracking.Conversion;
import io.socialroi.tracking.Touchpoint;

/** Explains a conversion down to the touchpoint: batched over a page of conversions. */
@GraphQLApi
public class ConversionAttributionGraphQLApi {

    @Inject
    AttributionExplanationService service;

    @Description("The touchpoints in the conversion's lookback window, oldest first (ties by id).")
    public @NonNull List<@NonNull List<@NonNull Touchpoint>> path(@Source List<Conversion> conversions,
            @DefaultValue("30") @Name("lookbackDays") int lookbackDays) {
        return service.paths(conversions, lookbackDays);
    }

    @Description("Who gets the credit for this conversion under a model; empty when it is unattributed.")
    public @NonNull List<@NonNull List<@NonNull AttributionCredit>> credits(@Source List<Conversion> conversions,
            @Name("attribution") AttributionInput attribution) {
        return service.credits(conversions, AttributionArguments.settings(attribution));
    }
}
