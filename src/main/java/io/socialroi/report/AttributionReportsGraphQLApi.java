package io.socialroi.report;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;
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
            @Name("lookbackDays") @Description("1 to 365; left out: the workspace's default attribution's.") Integer lookbackDays,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.attributionComparison(period, models, lookbackDays, conversionTypes);
    }
}
