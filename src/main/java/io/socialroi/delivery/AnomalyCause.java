package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("AnomalyCause")
@Description("A part of an alert's scope and how much of the day's distance from the median it accounts for"
        + " (docs/delivery.md, \"Anomaly alerts\").")
public record AnomalyCause(@NonNull AnomalyCauseDimension dimension,
        @Id @Description("The channel's or campaign's ID; null for a media type and for \"(no channel)\" or"
                + " \"(no campaign)\".") String id,
        @NonNull String name,
        @NonNull @Description("In the metric's unit; the same sign as value − median.") DecimalScalar contribution) {
}
