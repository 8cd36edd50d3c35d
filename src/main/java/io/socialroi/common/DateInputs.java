package io.socialroi.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Dates of mutation inputs and of result rows, read the same way by every feature. */
public final class DateInputs {

    private DateInputs() {
    }

    /** The date, or null after adding REQUIRED (absent) or INVALID_DATE (malformed) at {@code field}. */
    public static LocalDate required(DateScalar value, InputErrors at, String field) {
        if (value == null) {
            at.add(UserErrorCode.REQUIRED, InputConstraints.required(field), field);
            return null;
        }
        return optional(value, at, field);
    }

    /** The date, or null when absent, or null after adding INVALID_DATE when malformed. */
    public static LocalDate optional(DateScalar value, InputErrors at, String field) {
        if (value == null) {
            return null;
        }
        return value.value().orElseGet(() -> {
            at.add(UserErrorCode.INVALID_DATE, notADate(value), field);
            return null;
        });
    }

    /** The date, or null after adding INVALID_DATE at {@code field} when absent or malformed. */
    public static LocalDate parsed(DateScalar value, InputErrors at, String field) {
        LocalDate date = value == null ? null : value.value().orElse(null);
        if (date == null) {
            at.add(UserErrorCode.INVALID_DATE, notADate(value), field);
        }
        return date;
    }

    /** The instant, or null with INVALID_DATE at {@code field} when absent or malformed. */
    public static OffsetDateTime dateTime(DateTimeScalar value, InputErrors at, String field) {
        Optional<OffsetDateTime> parsed = value == null ? Optional.empty() : value.value();
        if (parsed.isEmpty()) {
            at.add(UserErrorCode.INVALID_DATE, "\"" + Echo.of(value)
                    + "\" is not a date-time with an offset such as 2026-03-31T12:00:00Z.", field);
            return null;
        }
        return parsed.get();
    }

    /** The message of INVALID_DATE (and of a report's BAD_ARGUMENT for a malformed date). */
    public static String notADate(Object value) {
        return "\"" + Echo.of(value) + "\" is not a date such as 2026-03-31.";
    }

    /** A date column of a native query (java.sql.Date or LocalDate, by driver and Hibernate version). */
    public static LocalDate ofColumn(Object column) {
        return column == null ? null : column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }
}
