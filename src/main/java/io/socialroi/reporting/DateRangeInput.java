package io.socialroi.reporting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;

@Input("DateRangeInput")
@Description("Calendar days in UTC, both inclusive. Costs count by the day they were incurred, conversions by the day they occurred.")
public class DateRangeInput {
    @NonNull
    public DateScalar from;
    @NonNull
    public DateScalar to;
}
