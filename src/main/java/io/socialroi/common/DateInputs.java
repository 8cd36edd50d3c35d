package io.socialroi.common;

import java.time.LocalDate;

/** Dates of mutation inputs and of result rows, read the same way by every feature. */
public final class DateInputs {

    private DateInputs() {
    }

    /** The date, or null after adding REQUIRED (absent) or INVALID_DATE (malformed) at {@code field}. */
    public static LocalDate required(DateScalar value, InputErrors at, String field) {
        if (value == null) {
            at.add(UserErrorCode.REQUIRED, field + " is required.", field);
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
            at.add(UserErrorCode.INVALID_DATE, "\"" + Echo.of(value) + "\" is not a date such as 2026-03-31.", field);
            return null;
        });
    }

    /** A date column of a native query (java.sql.Date or LocalDate, by driver and Hibernate version). */
    public static LocalDate ofColumn(Object column) {
        return column == null ? null : column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }
}
