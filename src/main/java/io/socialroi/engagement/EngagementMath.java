package io.socialroi.engagement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The engagement formulas of docs/domain.md, on exact decimals. Pure: no framework imports.
 * <ul>
 * <li>engagements = likes + comments + shares + saves;</li>
 * <li>engagement rate = engagements / impressions × 100, CTR = clicks / impressions × 100 (percent, 2 decimals
 * half-up), null without impressions;</li>
 * <li>follower growth rate = (gained − lost) / followers at the start × 100, null when the start is unknown or 0;</li>
 * <li>CPC = ad spend / clicks, CPM = ad spend × 1000 / impressions, cost per engagement = ad spend / engagements
 * (exact; the API rounds money to the currency), null when the denominator is 0.</li>
 * </ul>
 */
public final class EngagementMath {

    public static final String NO_IMPRESSIONS = "No impressions in the period: a rate per impression is undefined.";
    public static final String NO_FOLLOWER_BASE = "No followers total known at the start of the period.";

    private EngagementMath() {
    }

    /** {@code part} / {@code whole} × 100, 2 decimals half-up; null when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    /** {@code amount} × {@code per} / {@code count}, to 12 decimals; null when {@code count} is 0. */
    public static BigDecimal costPer(BigDecimal amount, long count, long per) {
        if (count == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(per)).divide(BigDecimal.valueOf(count), 12, RoundingMode.HALF_UP);
    }
}
