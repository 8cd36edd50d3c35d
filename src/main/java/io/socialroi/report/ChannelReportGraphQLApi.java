package io.socialroi.report;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

@GraphQLApi
@GuardedResolver
public class ChannelReportGraphQLApi {

    @Inject
    ReportService reports;

    @Query("channelPerformance")
    @Description("Cost, attributed revenue, conversions, assists and ROI of every channel over the period.")
    public @NonNull List<@NonNull ChannelPerformance> channelPerformance(@Name("period") DateRangeInput period,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.channelPerformance(period, attribution, conversionTypes);
    }

    @Query("attributionSummary")
    @Description("All conversions the report counts, with the unattributed ones (no path, no known source) on their own.")
    public @NonNull AttributionSummary attributionSummary(@Name("period") DateRangeInput period,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.attributionSummary(period, attribution, conversionTypes);
    }

    @Query("workspaceRoi")
    @Description("ROI of the whole workspace over the period: every cost entry against the revenue of every counted"
            + " conversion, attributed or not (at the workspace level the credits of a conversion add up to its whole"
            + " revenue, so the model changes nothing here but valuePercent's action values). What a dashboard's"
            + " overview shows; the same figures as a goal on the workspace.")
    public @NonNull Roi workspaceRoi(@Name("period") DateRangeInput period,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.workspaceRoi(period, attribution, conversionTypes);
    }
}
