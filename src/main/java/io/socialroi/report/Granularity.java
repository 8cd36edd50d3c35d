package io.socialroi.report;

/** Calendar buckets in UTC; weeks start on Monday (ISO 8601). */
public enum Granularity {
    DAY, WEEK, MONTH
}
