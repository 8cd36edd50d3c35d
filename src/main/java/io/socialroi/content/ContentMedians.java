package io.socialroi.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ContentMedians")
@Description("The median post of a group, beside its totals: one viral post moves the total, not the median.")
public record ContentMedians(@NonNull DecimalScalar impressions, @NonNull DecimalScalar engagements,
        @Description("The median of the posts' own engagement rates (posts without impressions left out), 2 decimals;"
                + " null when no post had impressions") DecimalScalar engagementRate,
        @NonNull DecimalScalar clicks, @NonNull DecimalScalar attributedConversions,
        @NonNull Money attributedRevenue) {
}
