package io.socialroi.delivery;

import java.util.List;

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
        @NonNull @Description("value − median.") DecimalScalar deviation,
        @Description("The likely cause in words: the part of the scope that contributed most to the deviation (see"
                + " causes); null when no part moved in the alert's direction.") String likelyCause,
        @NonNull @Description("The likely cause, coarse to fine: for the workspace the channel contributing most and"
                + " within it the campaign (engagement rate: the media type); for a channel the campaign (engagement"
                + " rate: the media type); for a campaign the channel (engagement rate: the media type). Empty when"
                + " no part moved in the alert's direction.") List<@NonNull AnomalyCause> causes,
        boolean acknowledged) {
}
