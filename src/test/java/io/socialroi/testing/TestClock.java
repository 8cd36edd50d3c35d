package io.socialroi.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the system clock in UTC, unless a test fixes "today" with {@link #setToday}
 * (and puts it back with {@link #reset}). Replaces the default Clock bean (common/ClockProducer).
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void setToday(String date) {
        fixed = LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** Fixes the clock at an instant ("2026-03-29T00:30:00Z"): schedules and relative periods read it. */
    public void setInstant(String instant) {
        fixed = Instant.parse(instant);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now() : f;
    }
}
