package io.socialroi.sentiment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("SentimentDay")
@Description("One day of the period: the mentions on every channel, the revenue attributed to the day's conversions,"
        + " and the customers won that day.")
public record SentimentDay(@NonNull DateScalar date, long positive, long neutral, long negative, long mentions,
        @Description("(positive − negative) / mentions, −1 to 1, 4 decimals; null without mentions.")
        DecimalScalar netSentiment,
        @NonNull Money attributedRevenue,
        @Description("Customers whose becameCustomerOn is this day.") int customersWon,
        @Description("Those of them whose retention horizon is over by today.") int retentionEligible,
        @Description("Retained / eligible × 100, 2 decimals (the cohort report's rule); null when none is eligible.")
        DecimalScalar retention) {
}
