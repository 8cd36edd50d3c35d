package io.socialroi.report;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

@GraphQLApi
@GuardedResolver
public class AttributionReportsGraphQLApi {

    @Inject
    ReportService reports;

    @Query("attributionComparison")
    @Description("Per channel and per campaign, attributed revenue and credited conversions under each requested model.")
    public @NonNull AttributionComparison attributionComparison(@Name("period") DateRangeInput period,
            @NonNull @Name("models") List<@NonNull AttributionModel> models,
            @DefaultValue("30") @Name("lookbackDays") Integer lookbackDays,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.attributionComparison(period, models, lookbackDays, conversionTypes);
    }

    @Query("markovModel")
    @Description("The Markov chain DATA_DRIVEN credits by: each channel's removal effect and every observed transition.")
    public @NonNull MarkovModel markovModel(@Name("period") DateRangeInput period,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes,
            @DefaultValue("30") @Name("lookbackDays") Integer lookbackDays) {
        return reports.markovModel(period, lookbackDays, conversionTypes);
    }
}
