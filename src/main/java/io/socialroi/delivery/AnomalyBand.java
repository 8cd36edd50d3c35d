package io.socialroi.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The robust band of a daily metric (docs/delivery.md, "Anomaly alerts"): the median of the trailing days' values ±
 * k × MAD, MAD being the median of the absolute deviations from that median (unscaled). Days without a value (ROI
 * without cost) are left out; with fewer than {@code minHistory} values there is no band and so no alert. Pure.
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
        BigDecimal mad = median(values.stream().map(v -> v.subtract(median).abs()).toList());
        BigDecimal spread = k.multiply(mad);
        return Optional.of(new AnomalyBand(median, mad, median.subtract(spread), median.add(spread), values.size()));
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
