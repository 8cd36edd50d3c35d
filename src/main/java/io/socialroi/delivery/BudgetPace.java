package io.socialroi.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A campaign's budget pacing on a day (docs/delivery.md, "Budget pacing"). Pure: amounts in one currency, days
 * inclusive. elapsedDays counts from startDate to min(asOf, endDate); the budget pro rata is budget × elapsedDays /
 * totalDays; the projection carries the spend per elapsed day to the end: cost × totalDays / elapsedDays (the cost
 * itself once the campaign has ended). Percentages and money are rounded half-up to 2 decimals once, at the end.
 *
 * @param plannedToDate the budget pro rata by days; null without an end date
 * @param spentPercent cost × 100 / budget
 * @param dailyRate cost / elapsedDays; null before the start
 * @param projectedSpend null before the start and without an end date
 */
public record BudgetPace(int elapsedDays, Integer totalDays, BigDecimal plannedToDate, BigDecimal spentPercent,
        BigDecimal dailyRate, BigDecimal projectedSpend, BigDecimal projectedPercent, PacingStatus status,
        PacingAlert alert) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static BudgetPace compute(BigDecimal budget, BigDecimal cost, LocalDate start, LocalDate end, LocalDate asOf,
            BigDecimal warnPercent, BigDecimal exceedPercent) {
        if (budget == null || budget.signum() <= 0) {
            return new BudgetPace(0, null, null, null, null, null, null, PacingStatus.NO_BUDGET, PacingAlert.NONE);
        }
        BigDecimal spent = percent(cost, budget);
        // thresholds on the exact share, not the rounded one: 899.99 of 1,000 is 89.999 %, below 90 %
        BigDecimal exact = cost.multiply(HUNDRED);
        PacingAlert alert = exact.compareTo(exceedPercent.multiply(budget)) >= 0 ? PacingAlert.EXCEEDED
                : exact.compareTo(warnPercent.multiply(budget)) >= 0 ? PacingAlert.WARNING : PacingAlert.NONE;
        Integer total = end == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
        if (asOf.isBefore(start)) {
            return new BudgetPace(0, total, total == null ? null : BigDecimal.ZERO.setScale(2), spent, null, null, null,
                    PacingStatus.NOT_STARTED, alert);
        }
        LocalDate last = end != null && end.isBefore(asOf) ? end : asOf;
        int elapsed = (int) Math.max(0, ChronoUnit.DAYS.between(start, last) + 1);
        BigDecimal daily = elapsed == 0 ? null : cost.divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
        if (total == null) {
            return new BudgetPace(elapsed, null, null, spent, daily, null, null, PacingStatus.OPEN_ENDED, alert);
        }
        boolean ended = end.isBefore(asOf);
        // zero days (an end before the start): the whole budget is due at once, and what was spent is all there is
        BigDecimal planned = total == 0 ? budget.setScale(2, RoundingMode.HALF_UP)
                : budget.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        BigDecimal projected = ended || elapsed == 0 || total == 0 ? cost.setScale(2, RoundingMode.HALF_UP)
                : cost.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
        PacingStatus status = ended ? PacingStatus.ENDED
                : projected.compareTo(budget) > 0 ? PacingStatus.OVER_PACE : PacingStatus.ON_PACE;
        return new BudgetPace(elapsed, total, planned, spent, daily, projected, percent(projected, budget), status, alert);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
