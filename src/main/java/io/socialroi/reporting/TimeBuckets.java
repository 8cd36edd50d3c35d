package io.socialroi.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar buckets of a time series, as PostgreSQL's date_trunc draws them. Pure: no framework imports. */
public final class TimeBuckets {

    /** The most buckets a series may have (a day-by-day series of a bit less than three years). */
    public static final int MAX_BUCKETS = 1000;

    private TimeBuckets() {
    }

    /** The start of the bucket that contains {@code day}: the day, its ISO week's Monday, or its month's first. */
    public static LocalDate start(Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the bucket starting on {@code start}. */
    public static LocalDate end(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** Starts of every bucket touching [from, to], in order (empty buckets included). */
    public static List<LocalDate> starts(Granularity granularity, LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start(granularity, from); !s.isAfter(to) && starts.size() <= MAX_BUCKETS;
                s = end(granularity, s).plusDays(1)) {
            starts.add(s);
        }
        return starts;
    }
}
