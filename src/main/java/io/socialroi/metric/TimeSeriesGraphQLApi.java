package io.socialroi.metric;

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
import io.socialroi.reporting.Granularity;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;

@GraphQLApi
@GuardedResolver
public class TimeSeriesGraphQLApi {

    @Inject
    TimeSeriesService service;

    @Query("timeSeries")
    @Description("A metric per day, ISO week or month of the period (UTC), empty buckets included, in the reporting currency.")
    public @NonNull TimeSeries timeSeries(@NonNull @Name("metric") TimeSeriesMetric metric,
            @NonNull @Name("granularity") Granularity granularity, @NonNull @Name("period") DateRangeInput period,
            @Id @Name("campaignId") String campaignId, @Id @Name("channelId") String channelId,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes,
            @Name("mediaType") @Description("Only this media type (engagement metrics only; PAID and organic side by side"
                    + " as two series).") MediaType mediaType) {
        return service.timeSeries(metric, granularity, period, campaignId, channelId, attribution, conversionTypes,
                mediaType);
    }
}
