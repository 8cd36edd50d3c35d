package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.reporting.PeriodRule;

@Input("PeriodRuleInput")
@Description("A period relative to the day a saved report runs, in the workspace's time zone (docs/delivery.md):"
        + " LAST_n_DAYS are the n complete days before today; WEEK_TO_DATE (from Monday), MONTH_TO_DATE and"
        + " QUARTER_TO_DATE run to today inclusive; PREVIOUS_MONTH is the whole last calendar month; FIXED is from..to.")
public class PeriodRuleInput {
    @NonNull
    public PeriodRule rule;
    @Description("FIXED only: the first day, inclusive.")
    public DateScalar from;
    @Description("FIXED only: the last day, inclusive.")
    public DateScalar to;
}
