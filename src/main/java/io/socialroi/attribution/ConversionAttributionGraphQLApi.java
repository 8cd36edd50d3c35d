package io.socialroi.attribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.Conversion;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.Touchpoint;

/**
 * Explains a conversion down to the touchpoint: batched over a page of conversions. DATA_DRIVEN credits take their
 * removal effects from the Markov chain of a report's period and conversion types (MarkovReports).
 */
@GraphQLApi
@GuardedResolver
public class ConversionAttributionGraphQLApi {

    @Inject
    AttributionExplanationService service;
    @Inject
    MarkovReports markov;
    @Inject
    AttributionArguments attributionArguments;

    @Description("The touchpoints in the conversion's lookback window (lookbackDays, else the workspace's default"
            + " attribution's), oldest first (ties by id).")
    public @NonNull List<@NonNull List<@NonNull Touchpoint>> path(@Source List<Conversion> conversions,
            @Name("lookbackDays") Integer lookbackDays) {
        return service.paths(conversions,
                lookbackDays == null ? attributionArguments.workspaceDefault().lookbackDays() : lookbackDays);
    }

    @Description("Who gets the credit for this conversion under a model; empty when it is unattributed. For "
            + "DATA_DRIVEN, period and conversionTypes choose the report whose Markov chain gives the removal effects.")
    public @NonNull List<@NonNull List<@NonNull AttributionCredit>> credits(@Source List<Conversion> conversions,
            @Name("attribution") AttributionInput attribution, @Name("period") DateRangeInput period,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        AttributionSettings settings = attributionArguments.settings(attribution);
        var effects = settings.model() == AttributionModel.DATA_DRIVEN
                ? markov.markovChain(period, attribution, conversionTypes).removalEffects()
                : Map.<Long, BigDecimal>of();
        return service.credits(conversions, settings, effects);
    }
}
