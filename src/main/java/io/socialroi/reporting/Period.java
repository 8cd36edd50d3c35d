package io.socialroi.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A report's inclusive range of UTC days; {@link #ALL_TIME} when the client gives none. Pure. */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ALL_TIME = new Period(null, null);

    public boolean isAllTime() {
        return from == null;
    }

    /** The first instant of the period. */
    public OffsetDateTime startInstant() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period: conversions count when startInstant ≤ occurredAt < endInstant. */
    public OffsetDateTime endInstant() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
