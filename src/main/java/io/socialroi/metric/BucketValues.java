package io.socialroi.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A metric per time bucket, by the bucket's first day (not clipped to the period); empty buckets included. */
@FunctionalInterface
public interface BucketValues {

    /** The exact value of the bucket starting on {@code bucketStart}, rounded by the caller. */
    MetricValue at(LocalDate bucketStart);

    /** Sums per bucket start; a bucket without a row is 0. */
    static BucketValues sums(Map<LocalDate, BigDecimal> byStart) {
        return start -> MetricValue.of(byStart.getOrDefault(start, BigDecimal.ZERO));
    }
}
