package io.socialroi.sentiment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("LagCorrelation")
@Description("Net sentiment on a day against the other series lagDays later: Pearson's r with its 95 % interval.")
public record LagCorrelation(@Description("0: the same day; 3: sentiment against the series 3 days later.") int lagDays,
        @Description("Days with both values.") int sampleSize,
        @Description("Pearson's r, 4 decimals; null below 30 days or when a series is constant (see undefinedReason).")
        DecimalScalar r,
        @Description("The 95 % interval of r by Fisher's z transformation, 4 decimals.") DecimalScalar low,
        DecimalScalar high,
        @Description("Why r is null, when it is.") String undefinedReason) {
}
