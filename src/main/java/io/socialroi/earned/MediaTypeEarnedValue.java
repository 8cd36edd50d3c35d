package io.socialroi.earned;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;
import io.socialroi.tracking.MediaType;

@Type("MediaTypeEarnedValue")
@Description("The impressions of one media type (OWNED or EARNED) and what they would have cost at its CPM.")
public record MediaTypeEarnedValue(@NonNull MediaType mediaType, long impressions,
        @Description("Impressions without a CPM set.") long unvaluedImpressions,
        @NonNull Money impressionValue) {
}
