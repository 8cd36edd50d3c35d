package io.socialroi.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns a {@link PeriodRule} into the calendar days it names on a given instant, in a given time zone: "today" is
 * the date of that instant in the zone, so at 23:30 UTC on 31 March a Berlin workspace is already in April. The days
 * found are then report days (UTC days, like every period argument). Pure: the caller passes the instant (from its
 * clock), so tests move time by hand.
 */
public final class RelativePeriods {

    private RelativePeriods() {
    }

    /** The period the rule names at {@code now} in {@code zone}; FIXED answers {@code fixedFrom..fixedTo}. */
    public static Period resolve(PeriodRule rule, LocalDate fixedFrom, LocalDate fixedTo, Instant now, ZoneId zone) {
        return resolve(rule, fixedFrom, fixedTo, LocalDate.ofInstant(now, zone));
    }

    /** The period the rule names when today is {@code today}. */
    public static Period resolve(PeriodRule rule, LocalDate fixedFrom, LocalDate fixedTo, LocalDate today) {
        return switch (rule) {
            case LAST_7_DAYS -> lastDays(today, 7);
            case LAST_30_DAYS -> lastDays(today, 30);
            case LAST_90_DAYS -> lastDays(today, 90);
            case WEEK_TO_DATE -> new Period(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case MONTH_TO_DATE -> new Period(today.withDayOfMonth(1), today);
            case PREVIOUS_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case QUARTER_TO_DATE -> new Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case FIXED -> {
                if (fixedFrom == null || fixedTo == null || fixedTo.isBefore(fixedFrom)) {
                    throw new IllegalArgumentException("FIXED needs from ≤ to");
                }
                yield new Period(fixedFrom, fixedTo);
            }
        };
    }

    /** The {@code days} complete days before today: today itself is still running and left out. */
    private static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days), today.minusDays(1));
    }
}
