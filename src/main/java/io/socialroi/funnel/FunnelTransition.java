package io.socialroi.funnel;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.tracking.ConversionType;

@Type("FunnelTransition")
@Description("From one funnel stage to the next (LEAD → MQL, MQL → SQL, SQL → OPPORTUNITY, OPPORTUNITY → SALE).")
public record FunnelTransition(@NonNull ConversionType from, @NonNull ConversionType to,
        @Description("persons(to) × 100 / persons(from), a percentage rounded half-up to 2 decimals; null when"
                + " persons(from) is 0. Both counts are persons of the period, so persons who skip a stage or"
                + " passed it before the period can make it exceed 100.")
        DecimalScalar conversionRate,
        @Description("Median, over the persons with a conversion of both stages in the period and the first `to`"
                + " not before the first `from`, of the days (of 24 hours) from their first `from` conversion to"
                + " their first `to` conversion; 2 decimals, half-up. Null when there is no such person.")
        DecimalScalar medianDays,
        @NonNull @Description("The persons medianDays is taken over.") int timedPersons) {
}
