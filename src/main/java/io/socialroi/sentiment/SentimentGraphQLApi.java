package io.socialroi.sentiment;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.common.Upserts;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class SentimentGraphQLApi {

    @Inject
    SentimentService service;
    @Inject
    SentimentReports reports;

    @Mutation("recordSentiment")
    @Description("Records daily mention counts by sentiment per channel, up to 5,000 at once, all or none. Sending a"
            + " day again (same channel and date) replaces it.")
    public @NonNull RecordSentimentPayload recordSentiment(@NonNull @Name("input") List<@NonNull SentimentDayInput> input) {
        try {
            Upserts recorded = service.record(input);
            return new RecordSentimentPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordSentimentPayload(0, 0, e.errors());
        }
    }

    @Query("sentimentImpact")
    @Description("Net sentiment per day beside attributed revenue and the retention of the customers won that day, and"
            + " for each lag from 0 to maxLagDays Pearson's r with its 95 % interval (Fisher z) and sample size; below"
            + " 30 days with both values, no r but the reason. Correlation is not causation.")
    public @NonNull SentimentImpact sentimentImpact(@NonNull @Name("period") DateRangeInput period,
            @Name("maxLagDays") @DefaultValue("7") int maxLagDays,
            @Name("retentionHorizonDays") @DefaultValue("90") int retentionHorizonDays,
            @Name("attribution") AttributionInput attribution) {
        return reports.impact(period, maxLagDays, retentionHorizonDays, attribution);
    }
}
