package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Type("AnomalyAlert")
@Description("A day's metric outside its robust band: the trailing days' median ± k × MAD (docs/delivery.md).")
public record AnomalyAlert(@NonNull @Id String id, @NonNull DateScalar day, @NonNull AnomalyMetric metric,
        @NonNull AnomalyScope scope,
        @NonNull @Description("workspace, or the channel's or campaign's name.") String scopeName,
        @NonNull @Description("The day's value (money in the reporting currency, ROI and rates in percent).")
        DecimalScalar value,
        @NonNull DecimalScalar median, @NonNull DecimalScalar lower, @NonNull DecimalScalar upper,
        @NonNull @Description("ABOVE or BELOW the band.") String direction,
        @Description("The channel or campaign whose value moved furthest from its own median in the same direction"
                + " (workspace alerts); null when none did.") String likelyCause,
        boolean acknowledged) {
}
