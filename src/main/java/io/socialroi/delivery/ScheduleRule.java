package io.socialroi.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a schedule is due: a local time on the days its frequency names, in its time zone. Pure: the caller passes
 * the instant to count from. On the night the clocks go forward a local time that does not exist (02:30 in Berlin on
 * the last Sunday of March) is taken as the same wall-clock duration later (03:30); on the night they go back, a
 * local time that happens twice is due at its first occurrence only.
 *
 * @param dayOfWeek WEEKLY: the weekday; MONTHLY: the month's first such weekday (when dayOfMonth is null)
 * @param dayOfMonth MONTHLY: 1 to 31, clipped to the month's last day (31 is "the last day")
 */
public record ScheduleRule(Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth, LocalTime localTime,
        ZoneId zone) {

    /** The first due instant strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate day = LocalDate.ofInstant(after, zone).minusDays(1); // a day back: the zone may be behind
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            Instant due = ZonedDateTime.of(day, localTime, zone).toInstant();
            if (due.isAfter(after)) {
                return due;
            }
        }
        throw new IllegalStateException("no due day within 800 days: " + this);
    }

    boolean matches(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> dayOfMonth != null
                    ? day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth())
                    : day.equals(day.with(TemporalAdjusters.firstInMonth(dayOfWeek)));
        };
    }
}
