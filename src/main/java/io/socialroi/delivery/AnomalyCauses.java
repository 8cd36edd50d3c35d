package io.socialroi.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.socialroi.metric.DailyLeaf;
import io.socialroi.metric.DailyTotals;
import io.socialroi.metric.TimeSeriesMetric;

/**
 * The likely cause of an anomaly (docs/delivery.md, "Anomaly alerts"): how much each part of the alert's scope (a
 * channel, campaign or media type) contributed to the day's distance from the band's median. Pure.
 *
 * <p>An additive metric (cost, revenue, conversions) adds up over parts, so a part's contribution is its own move:
 * its day's value less the median of its own values over the same history days. A ratio splits exactly: with m the
 * band's median, ROI − m = Σ (R_p − C_p − m·C_p/100) × 100 / C and engagement rate − m = Σ (E_p × 100 − m·I_p) / I
 * over the parts p of the day (C, I: the scope's cost and impressions), so each term is the part's share of the gap,
 * and a small part with a wild ratio of its own weighs as little as it does in the scope's figure.
 */
final class AnomalyCauses {

    /** A part's key (channel or campaign database id, media type; null: none) and its contribution. */
    record Contribution(Object key, BigDecimal amount) {
    }

    private AnomalyCauses() {
    }

    /**
     * The part that contributed most in the alert's direction (+1 above, −1 below), if any did.
     *
     * @param leaves the leaves of the window the scope counts
     * @param historyFrom the first day of the band's history; the history ends the day before {@code day}
     * @param dayTotals the scope's sums on the day
     */
    static Optional<Contribution> largest(TimeSeriesMetric metric, List<DailyLeaf> leaves, DailyLeaf.Part part,
            LocalDate day, LocalDate historyFrom, DailyTotals dayTotals, BigDecimal median, int direction,
            String currency) {
        BigDecimal sign = BigDecimal.valueOf(direction);
        return contributions(metric, leaves, part, day, historyFrom, dayTotals, median, currency).stream()
                .filter(c -> c.amount().multiply(sign).signum() > 0)
                .max(Comparator.comparing((Contribution c) -> c.amount().multiply(sign))
                        .thenComparing(c -> String.valueOf(c.key()), Comparator.reverseOrder()));
    }

    static List<Contribution> contributions(TimeSeriesMetric metric, List<DailyLeaf> leaves, DailyLeaf.Part part,
            LocalDate day, LocalDate historyFrom, DailyTotals dayTotals, BigDecimal median, String currency) {
        Map<Object, Map<LocalDate, DailyTotals>> byPart = new HashMap<>();
        for (DailyLeaf leaf : leaves) {
            if (!leaf.day().isBefore(historyFrom) && !leaf.day().isAfter(day)) {
                // HashMap takes the null key: the leaves without a channel or campaign are a part of their own
                byPart.computeIfAbsent(leaf.key(part), k -> new HashMap<>())
                        .compute(leaf.day(), (d, sums) -> (sums == null ? DailyTotals.NONE : sums).plus(leaf));
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        byPart.forEach((key, days) -> {
            DailyTotals onDay = days.getOrDefault(day, DailyTotals.NONE);
            BigDecimal amount = switch (metric) {
                case ROI -> share(onDay.revenue().subtract(onDay.cost()).multiply(HUNDRED)
                        .subtract(median.multiply(onDay.cost())), dayTotals.cost());
                case ENGAGEMENT_RATE -> share(BigDecimal.valueOf(onDay.engagements()).multiply(HUNDRED)
                        .subtract(median.multiply(BigDecimal.valueOf(onDay.impressions()))),
                        BigDecimal.valueOf(dayTotals.impressions()));
                default -> {
                    List<BigDecimal> history = new ArrayList<>();
                    for (LocalDate d = historyFrom; d.isBefore(day); d = d.plusDays(1)) {
                        history.add(days.getOrDefault(d, DailyTotals.NONE).shown(metric, currency));
                    }
                    BigDecimal usual = history.isEmpty() ? BigDecimal.ZERO : AnomalyBand.median(history);
                    yield onDay.shown(metric, currency).subtract(usual);
                }
            };
            if (amount != null) {
                contributions.add(new Contribution(key, amount));
            }
        });
        return contributions;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** part / whole to 2 decimals; null without a whole (the ratio was undefined, so there is no alert). */
    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 2, RoundingMode.HALF_UP);
    }
}
