package io.socialroi.reporting;

import org.eclipse.microprofile.graphql.Description;

/**
 * A saved report's period, relative to the day it runs ("today" in the workspace's time zone). The LAST_n_DAYS rules
 * are the n complete days before today; the TO_DATE rules run from the first day of the current week (Monday),
 * month or quarter to today inclusive; FIXED is a range of its own. Resolved by {@link RelativePeriods}.
 */
@Description("A period relative to the day a report runs, in the workspace's time zone: LAST_7/30/90_DAYS are the"
        + " complete days before today; WEEK_TO_DATE (from Monday), MONTH_TO_DATE and QUARTER_TO_DATE run to today"
        + " inclusive; PREVIOUS_MONTH is the last whole calendar month; FIXED is a range of its own.")
public enum PeriodRule {
    LAST_7_DAYS,
    LAST_30_DAYS,
    LAST_90_DAYS,
    WEEK_TO_DATE,
    MONTH_TO_DATE,
    PREVIOUS_MONTH,
    QUARTER_TO_DATE,
    FIXED
}
