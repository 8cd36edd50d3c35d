package io.socialroi.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The robust band of a daily metric (docs/delivery.md, "Anomaly alerts"): the median of the trailing days' values ±
 * k × MAD, MAD being the median of the absolute deviations from that median (unscaled). Days without a value (ROI
 * without cost) are left out; with fewer than {@code minHistory} values there is no band and so no alert.
 *
 * <p>When more than half of the days share one value, MAD is 0 and the band would be that value alone: 12 days of
 * 98.00 and 11 of 102.00 would flag every 102.00. Then the spread is the mean absolute deviation from the median
 * instead (0 only when every day had the same value), and the bounds are rounded outward to the values' decimals.
 * Pure.
 */
public record AnomalyBand(BigDecimal median, BigDecimal mad, BigDecimal lower, BigDecimal upper, int history) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The band of the history, or empty when it has fewer than minHistory values. */
    public static Optional<AnomalyBand> of(List<BigDecimal> trailing, BigDecimal k, int minHistory) {
        List<BigDecimal> values = trailing.stream().filter(Objects::nonNull).toList();
        if (values.size() < minHistory || values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal median = median(values);
        List<BigDecimal> deviations = values.stream().map(v -> v.subtract(median).abs()).toList();
        BigDecimal mad = median(deviations);
        if (mad.signum() != 0) {
            BigDecimal spread = k.multiply(mad);
            return Optional.of(new AnomalyBand(median, mad, median.subtract(spread), median.add(spread), values.size()));
        }
        int scale = values.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        BigDecimal meanDeviation = deviations.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale + 4, RoundingMode.HALF_UP);
        BigDecimal spread = k.multiply(meanDeviation);
        return Optional.of(new AnomalyBand(median, mad, median.subtract(spread).setScale(scale, RoundingMode.FLOOR),
                median.add(spread).setScale(scale, RoundingMode.CEILING), values.size()));
    }

    /** Whether a value lies outside the band (on its edge is inside). */
    public boolean excludes(BigDecimal value) {
        return value != null && (value.compareTo(lower) < 0 || value.compareTo(upper) > 0);
    }

    /** The middle value, or the mean of the two middle ones (halving a decimal is always exact). */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }
}
