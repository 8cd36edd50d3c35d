package io.socialroi.reporting;

/** Calendar buckets in UTC; weeks start on Monday (ISO 8601). */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The unit of PostgreSQL's {@code date_trunc} for this bucket (bound as {@code :unit}); ISO weeks start on Monday. */
    public String dateTruncUnit() {
        return switch (this) {
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
        };
    }
}
