package io.socialroi.sentiment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SentimentImpact")
@Description("Whether brand sentiment moves with revenue and retention: the daily series side by side and their"
        + " correlations at each lag. A correlation is no proof of an effect: read warning.")
public record SentimentImpact(@NonNull String warning,
        @Description("The days a customer must stay to count as retained.") int retentionHorizonDays,
        @NonNull @Description("Every day of the period, oldest first.") List<@NonNull SentimentDay> days,
        @NonNull @Description("Net sentiment against attributed revenue, lag 0 to maxLagDays.")
        List<@NonNull LagCorrelation> revenue,
        @NonNull @Description("Net sentiment against the retention of the customers won, lag 0 to maxLagDays.")
        List<@NonNull LagCorrelation> retention) {
}
