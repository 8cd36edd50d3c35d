package io.socialroi.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

/**
 * {@code DateTime}: an ISO-8601 instant with an offset ("2026-03-31T12:00:00Z"). An offset is
 * required: a time without one is ambiguous, and attribution windows are exact to the second.
 */
@CustomScalar("DateTime")
@Description("An ISO-8601 date and time with an offset, such as \"2026-03-31T12:00:00Z\".")
public final class DateTimeScalar implements CustomStringScalar {

    private final String text;

    public DateTimeScalar(String text) {
        this.text = text == null ? "" : text.trim();
    }

    public static DateTimeScalar of(OffsetDateTime value) {
        // The formatter, unlike toString(), always writes the seconds: "2026-03-31T12:00:00Z".
        return value == null ? null
                : new DateTimeScalar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    public Optional<OffsetDateTime> value() {
        try {
            return Optional.of(OffsetDateTime.parse(text))
                    .filter(t -> t.getYear() >= DateScalar.MIN_YEAR && t.getYear() <= DateScalar.MAX_YEAR);
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
