package io.socialroi.content;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
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
public class ContentGraphQLApi {

    @Inject
    ContentReports reports;

    @Query("contentPerformance")
    @Description("The posts published in the period (all time without one), grouped by content type, tag or post,"
            + " best first: totals, engagement rate and CTR, the conversions of the period credited to their"
            + " touchpoints and the revenue, production cost, cost per engagement and ROI, and the median post.")
    public @NonNull List<@NonNull ContentPerformance> contentPerformance(@Name("period") DateRangeInput period,
            @NonNull @Name("groupBy") ContentGroupBy groupBy, @Id @Name("channelId") String channelId,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.contentPerformance(period, groupBy, channelId, attribution, conversionTypes);
    }

    @Query("postingTimes")
    @Description("When to post: the posts published in the period on a weekday × hour grid of their local publishing"
            + " time in timeZone (an IANA name such as Europe/Oslo; DST as the zone's rules say), each cell with its"
            + " post count and the median per post of the metric, none below 5 posts; the best cells first.")
    public @NonNull PostingTimes postingTimes(@Name("period") DateRangeInput period, @Id @Name("channelId") String channelId,
            @NonNull @Name("metric") PostingTimeMetric metric, @NonNull @Name("timeZone") String timeZone,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.postingTimes(period, channelId, metric, timeZone, attribution, conversionTypes);
    }
}
