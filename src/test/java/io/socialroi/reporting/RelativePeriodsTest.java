package io.socialroi.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The period rules by hand, on instants around day, DST, month, quarter and year boundaries. */
class RelativePeriodsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Period at(PeriodRule rule, String instant, ZoneId zone) {
        return RelativePeriods.resolve(rule, null, null, Instant.parse(instant), zone);
    }

    static Period days(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void lastDaysAreTheCompleteDaysBeforeToday() {
        // Wednesday 2026-03-11 at noon UTC: the 7 days before are 03-04 .. 03-10
        assertEquals(days("2026-03-04", "2026-03-10"), at(PeriodRule.LAST_7_DAYS, "2026-03-11T12:00:00Z", ZoneOffset.UTC));
        // 30 days before 03-11: 02-09 .. 03-10 (February has 28 days in 2026: 20 days of February + 10 of March)
        assertEquals(days("2026-02-09", "2026-03-10"), at(PeriodRule.LAST_30_DAYS, "2026-03-11T12:00:00Z", ZoneOffset.UTC));
        // 90 days before 2026-01-05: 2025-10-07 .. 2026-01-04 (25 of October, 30, 31, 4)
        assertEquals(days("2025-10-07", "2026-01-04"), at(PeriodRule.LAST_90_DAYS, "2026-01-05T12:00:00Z", ZoneOffset.UTC));
    }

    @Test
    void todayIsTheDateInTheWorkspacesZone() {
        // 23:30 UTC on 2026-03-31 is 01:30 on 04-01 in Berlin (CEST, +2) and 19:30 on 03-31 in New York (EDT, -4)
        assertEquals(days("2026-04-01", "2026-04-01"), at(PeriodRule.MONTH_TO_DATE, "2026-03-31T23:30:00Z", BERLIN));
        assertEquals(days("2026-03-01", "2026-03-31"), at(PeriodRule.MONTH_TO_DATE, "2026-03-31T23:30:00Z", NEW_YORK));
        assertEquals(days("2026-03-01", "2026-03-31"), at(PeriodRule.PREVIOUS_MONTH, "2026-03-31T23:30:00Z", BERLIN));
        assertEquals(days("2026-02-01", "2026-02-28"), at(PeriodRule.PREVIOUS_MONTH, "2026-03-31T23:30:00Z", NEW_YORK));
    }

    @Test
    void acrossTheSpringAndAutumnClockChanges() {
        // Berlin goes from +1 to +2 at 01:00 UTC on Sunday 2026-03-29. 22:59 UTC on 03-28 is 23:59 CET on 03-28;
        // 22:00 UTC on 03-29 is already 00:00 CEST on 03-30 (an hour earlier in UTC than the day before)
        assertEquals(days("2026-03-21", "2026-03-27"), at(PeriodRule.LAST_7_DAYS, "2026-03-28T22:59:00Z", BERLIN));
        assertEquals(days("2026-03-23", "2026-03-29"), at(PeriodRule.LAST_7_DAYS, "2026-03-29T22:00:00Z", BERLIN));
        // 03-30 is a Monday: week to date is that Monday alone
        assertEquals(days("2026-03-30", "2026-03-30"), at(PeriodRule.WEEK_TO_DATE, "2026-03-29T22:00:00Z", BERLIN));
        // 21:59 UTC on 03-29 is 23:59 CEST on Sunday 03-29: the week from Monday 03-23
        assertEquals(days("2026-03-23", "2026-03-29"), at(PeriodRule.WEEK_TO_DATE, "2026-03-29T21:59:00Z", BERLIN));
        // back to +1 at 01:00 UTC on 2026-10-25: 23:00 UTC on 10-25 is 00:00 CET on 10-26 (Monday)
        assertEquals(days("2026-10-26", "2026-10-26"), at(PeriodRule.WEEK_TO_DATE, "2026-10-25T23:00:00Z", BERLIN));
        assertEquals(days("2026-10-19", "2026-10-25"), at(PeriodRule.WEEK_TO_DATE, "2026-10-25T22:59:00Z", BERLIN));
    }

    @Test
    void quarterAndYearEnds() {
        assertEquals(days("2026-01-01", "2026-03-31"), at(PeriodRule.QUARTER_TO_DATE, "2026-03-31T12:00:00Z", ZoneOffset.UTC));
        assertEquals(days("2026-04-01", "2026-04-01"), at(PeriodRule.QUARTER_TO_DATE, "2026-04-01T00:00:00Z", ZoneOffset.UTC));
        assertEquals(days("2026-10-01", "2026-12-31"), at(PeriodRule.QUARTER_TO_DATE, "2026-12-31T22:59:59Z", BERLIN));
        // 23:00 UTC on 12-31 is 00:00 on 2027-01-01 in Berlin: a new year, quarter, month, and the previous month is December
        assertEquals(days("2027-01-01", "2027-01-01"), at(PeriodRule.QUARTER_TO_DATE, "2026-12-31T23:00:00Z", BERLIN));
        assertEquals(days("2026-12-01", "2026-12-31"), at(PeriodRule.PREVIOUS_MONTH, "2026-12-31T23:00:00Z", BERLIN));
        // the week of 2027-01-01 (a Friday) began on Monday 2026-12-28: week to date crosses the year
        assertEquals(days("2026-12-28", "2027-01-01"), at(PeriodRule.WEEK_TO_DATE, "2026-12-31T23:00:00Z", BERLIN));
        // the 7 days before 2027-01-01
        assertEquals(days("2026-12-25", "2026-12-31"), at(PeriodRule.LAST_7_DAYS, "2026-12-31T23:00:00Z", BERLIN));
        // previous month of March in a leap year ends on 02-29
        assertEquals(days("2028-02-01", "2028-02-29"), at(PeriodRule.PREVIOUS_MONTH, "2028-03-15T12:00:00Z", ZoneOffset.UTC));
    }

    @Test
    void fixedIsItsOwnRange() {
        LocalDate from = LocalDate.parse("2025-01-01");
        LocalDate to = LocalDate.parse("2025-01-31");
        assertEquals(new Period(from, to),
                RelativePeriods.resolve(PeriodRule.FIXED, from, to, Instant.parse("2026-06-01T00:00:00Z"), BERLIN));
        assertThrows(IllegalArgumentException.class,
                () -> RelativePeriods.resolve(PeriodRule.FIXED, to, from, Instant.parse("2026-06-01T00:00:00Z"), BERLIN));
    }
}
