package io.socialroi.attribution;

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
public class MarkovModelGraphQLApi {

    @Inject
    MarkovReports markov;

    @Query("markovModel")
    @Description("The Markov chain DATA_DRIVEN credits by: each channel's removal effect and every observed transition.")
    public @NonNull MarkovModel markovModel(@Name("period") DateRangeInput period,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes,
            @Name("lookbackDays") @Description("1 to 365; left out: the workspace's default attribution's.") Integer lookbackDays) {
        return markov.markovModel(period, lookbackDays, conversionTypes);
    }
}
