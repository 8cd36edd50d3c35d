package io.socialroi.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content formulas of docs/content.md on exact decimals. Pure: no framework imports.
 * <ul>
 * <li>a post's engagement rate = its engagements / its impressions × 100, undefined without impressions;</li>
 * <li>the median of n values: the middle one, or the mean of the two middle ones (exact); null for none.</li>
 * </ul>
 */
public final class ContentMath {

    /** Digits kept in a per-post rate before the median; the API rounds rates to 2 at the edge. */
    static final int RATE_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ContentMath() {
    }

    /** {@code part} / {@code whole} × 100 to {@link #RATE_SCALE} decimals, half-up; null when {@code whole} is 0. */
    public static BigDecimal exactPercent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), RATE_SCALE,
                RoundingMode.HALF_UP);
    }

    /** The median of the values (nulls are left out); null when none is left. */
    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>();
        for (BigDecimal value : values) {
            if (value != null) {
                sorted.add(value);
            }
        }
        if (sorted.isEmpty()) {
            return null;
        }
        Collections.sort(sorted);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        // the mean of two decimals is exact: halving adds at most one digit
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }

    /** Credited conversions as every report shows them: 2 decimals, half-even (null stays null). */
    public static BigDecimal shownConversions(BigDecimal credits) {
        return credits == null ? null : credits.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A rate as the API shows it: 2 decimals, half-up (null stays null). */
    public static BigDecimal shownRate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP);
    }
}
