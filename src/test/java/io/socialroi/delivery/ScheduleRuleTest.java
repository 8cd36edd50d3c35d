package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Due times by hand: Berlin is UTC+1 (CET) until 01:00 UTC on 2026-03-29, then UTC+2 (CEST) until 2026-10-25. */
class ScheduleRuleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant next(ScheduleRule rule, String after) {
        return rule.nextAfter(Instant.parse(after));
    }

    @Test
    void dailyAcrossTheSpringChange() {
        ScheduleRule daily = new ScheduleRule(Frequency.DAILY, null, null, LocalTime.of(8, 0), BERLIN);
        // 08:00 CET on Saturday 03-28 is 07:00 UTC; on Sunday 03-29 (CEST) 06:00 UTC: 23 hours later
        assertEquals(Instant.parse("2026-03-28T07:00:00Z"), next(daily, "2026-03-28T06:59:59Z"));
        assertEquals(Instant.parse("2026-03-29T06:00:00Z"), next(daily, "2026-03-28T07:00:00Z"));
        assertEquals(Instant.parse("2026-03-30T06:00:00Z"), next(daily, "2026-03-29T06:00:00Z"));
        // and back in autumn: 08:00 CEST on 10-24 is 06:00 UTC, 08:00 CET on 10-25 is 07:00 UTC
        assertEquals(Instant.parse("2026-10-25T07:00:00Z"), next(daily, "2026-10-24T06:00:00Z"));
    }

    @Test
    void aLocalTimeTheClocksSkipOrRepeat() {
        // 02:30 does not exist in Berlin on 03-29 (02:00 CET → 03:00 CEST): due at 03:30 CEST = 01:30 UTC
        ScheduleRule skipped = new ScheduleRule(Frequency.DAILY, null, null, LocalTime.of(2, 30), BERLIN);
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), next(skipped, "2026-03-28T12:00:00Z"));
        // 02:30 happens twice on 10-25 (00:30 UTC in CEST, 01:30 UTC in CET): due at the first only, then 10-26
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), next(skipped, "2026-10-24T12:00:00Z"));
        assertEquals(Instant.parse("2026-10-26T01:30:00Z"), next(skipped, "2026-10-25T00:30:00Z"));
    }

    @Test
    void weeklyAndMonthly() {
        ScheduleRule monday = new ScheduleRule(Frequency.WEEKLY, DayOfWeek.MONDAY, null, LocalTime.of(8, 0), BERLIN);
        // Wednesday 2026-04-01 → Monday 04-06 08:00 CEST = 06:00 UTC
        assertEquals(Instant.parse("2026-04-06T06:00:00Z"), next(monday, "2026-04-01T12:00:00Z"));
        ScheduleRule firstMonday = new ScheduleRule(Frequency.MONTHLY, DayOfWeek.MONDAY, null, LocalTime.of(8, 0), BERLIN);
        // after 04-06: the first Monday of May is 05-04
        assertEquals(Instant.parse("2026-05-04T06:00:00Z"), next(firstMonday, "2026-04-06T06:00:00Z"));
        // the first Monday of March 2026 is 03-02, still CET: 07:00 UTC
        assertEquals(Instant.parse("2026-03-02T07:00:00Z"), next(firstMonday, "2026-02-15T00:00:00Z"));
        ScheduleRule lastDay = new ScheduleRule(Frequency.MONTHLY, null, 31, LocalTime.of(23, 30), BERLIN);
        // 31 clipped: 04-30 23:30 CEST = 21:30 UTC; then 05-31; February 2027: 02-28 23:30 CET = 22:30 UTC
        assertEquals(Instant.parse("2026-04-30T21:30:00Z"), next(lastDay, "2026-04-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-05-31T21:30:00Z"), next(lastDay, "2026-04-30T21:30:00Z"));
        assertEquals(Instant.parse("2027-02-28T22:30:00Z"), next(lastDay, "2027-02-01T00:00:00Z"));
        // 23:30 on 12-31 in Berlin is 22:30 UTC the same day; one second later the next is January's 31st
        assertEquals(Instant.parse("2027-01-31T22:30:00Z"), next(lastDay, "2026-12-31T22:30:00Z"));
    }
}
