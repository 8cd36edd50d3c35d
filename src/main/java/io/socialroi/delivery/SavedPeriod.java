package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.reporting.PeriodRule;

@Type("SavedPeriod")
@Description("A saved report's period: a rule relative to the day it runs, or a FIXED range (from and to).")
public record SavedPeriod(@NonNull PeriodRule rule, @Description("FIXED only.") DateScalar from,
        @Description("FIXED only.") DateScalar to) {
}
