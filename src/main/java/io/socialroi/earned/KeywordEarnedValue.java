package io.socialroi.earned;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;

@Type("KeywordEarnedValue")
@Description("One keyword's organic clicks and what they would have cost.")
public record KeywordEarnedValue(@NonNull String keyword, long clicks,
        @Description("Clicks on days without a CPC in force (equal to clicks when the keyword has no price at all).")
        long unpricedClicks,
        @NonNull @Description("Σ clicks × CPC in force on their day.") Money value) {
}
