package io.socialroi.paths;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.common.GuardedResolver;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

@GraphQLApi
@GuardedResolver
public class ConversionPathReportGraphQLApi {

    @Inject
    ConversionPathService paths;

    @Query("conversionPaths")
    @Description("GA4's \"conversion paths\": the conversions the report counts (occurred in the period, UTC days,"
            + " all time when absent; of conversionTypes, all when absent) grouped by their channel path, the"
            + " touchpoints of the person with T − lookbackDays × 24 h ≤ occurredAt ≤ T, consecutive repeats"
            + " collapsed. Ordered by conversions, then revenue (both descending), then the path's channel names"
            + " joined by \" > \" (byte order). 20 per page by default, at most 100; cursors are positions.")
    public @NonNull ConversionPathConnection conversionPaths(@Name("period") DateRangeInput period,
            @Name("first") Integer first, @Name("after") String after,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes,
            @Name("lookbackDays") @Description("1 to 365; left out: the workspace's default attribution's.") Integer lookbackDays) {
        return paths.page(period, first, after, conversionTypes, lookbackDays);
    }
}
