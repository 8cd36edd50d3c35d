package io.socialroi.common;

/** Stable codes of {@link UserError}: clients branch on these, so they are never renamed. */
public enum UserErrorCode {
    REQUIRED,
    INVALID_VALUE,
    INVALID_DECIMAL,
    INVALID_DATE,
    INVALID_ID,
    INVALID_CURRENCY,
    NEGATIVE_AMOUNT,
    NOT_POSITIVE,
    END_BEFORE_START,
    NOT_FOUND,
    DUPLICATE,
    TOO_LONG,
    BATCH_TOO_LARGE,
    UNKNOWN_SOURCE,
    UNKNOWN_CAMPAIGN,
    UNKNOWN_MEDIUM,
    AMOUNT_OR_HOURS,
    HOURS_ONLY_FOR_LABOR,
    SLUG_TAKEN,
    LAST_ADMIN,
    NEGATIVE_COUNT,
    FOLLOWERS_LOST_EXCEED_TOTAL,
    UNKNOWN_METRIC,
    DEADLINE_IN_PAST
}
