package io.socialroi.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ROI and ROAS per domain.md. Inputs are exact sums in the reporting currency, not yet rounded;
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
}
