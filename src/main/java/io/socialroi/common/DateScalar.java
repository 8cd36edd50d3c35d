package io.socialroi.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

/**
 * {@code Date}: an ISO-8601 calendar date ("2026-03-31"). Parsed by the service so that a malformed
 * date is a {@code userErrors} entry naming its field, not a request-level failure.
 */
@CustomScalar("Date")
@Description("A calendar date in ISO-8601 form, such as \"2026-03-31\".")
public final class DateScalar implements CustomStringScalar {

    private final String text;

    public DateScalar(String text) {
        this.text = text == null ? "" : text.trim();
    }

    public static DateScalar of(LocalDate date) {
        return date == null ? null : new DateScalar(date.toString());
    }

    /** Years accepted on input: wide enough for any marketing data, narrow enough for PostgreSQL and date math. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    public Optional<LocalDate> value() {
        try {
            return Optional.of(LocalDate.parse(text)).filter(d -> d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
