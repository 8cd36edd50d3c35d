package io.socialroi.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ROI and ROAS per docs/domain.md. Inputs are exact sums in the reporting currency, not yet rounded;
 * the ratios are rounded half-up to 2 decimals here, at the edge. Pure: no framework imports.
 */
public final class RoiCalculator {

    public static final String ZERO_COST_REASON = "Total cost is zero: ROI is undefined without an investment.";
    public static final int RATIO_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiCalculator() {
    }

    public record RoiFigures(BigDecimal cost, BigDecimal revenue, BigDecimal netReturn, BigDecimal percent,
            BigDecimal roas, String undefinedReason) {
    }

    /**
     * @param cost    total cost, all categories
     * @param revenue attributed revenue
     * @param adSpend the AD_SPEND part of the cost, the denominator of ROAS
     */
    public static RoiFigures compute(BigDecimal cost, BigDecimal revenue, BigDecimal adSpend) {
        BigDecimal netReturn = revenue.subtract(cost);
        BigDecimal percent = null;
        String reason = null;
        if (cost.signum() == 0) {
            reason = ZERO_COST_REASON;
        } else {
            // divide(…, scale, mode) rounds the exact quotient once: no intermediate rounding.
            percent = netReturn.multiply(HUNDRED).divide(cost, RATIO_SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal roas = adSpend.signum() == 0 ? null
                : revenue.divide(adSpend, RATIO_SCALE, RoundingMode.HALF_UP);
        return new RoiFigures(cost, revenue, netReturn, percent, roas, reason);
    }

    /** Value-based ROI: returns beyond revenue, each kept apart so the total can be explained line by line. */
    public record ValueFigures(BigDecimal revenue, BigDecimal actionValue, BigDecimal earnedMediaValue,
            BigDecimal serviceSavings, BigDecimal total, BigDecimal netReturn, BigDecimal percent, String undefinedReason) {
    }

    /**
     * docs/domain.md's formula with returns = attributed revenue + attributed action value + earned media value +
     * service savings: (returns − cost) × 100 / cost, rounded half-up to 2 decimals once; null when cost is 0.
     */
    public static ValueFigures valueBased(BigDecimal cost, BigDecimal revenue, BigDecimal actionValue,
            BigDecimal earnedMediaValue, BigDecimal serviceSavings) {
        BigDecimal total = revenue.add(actionValue).add(earnedMediaValue).add(serviceSavings);
        RoiFigures roi = compute(cost, total, BigDecimal.ZERO);
        return new ValueFigures(revenue, actionValue, earnedMediaValue, serviceSavings, total, roi.netReturn(),
                roi.percent(), roi.undefinedReason());
    }
}
