package io.socialroi.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The engagement formulas with hand-computed values and their zero denominators. */
class EngagementMathTest {

    @Test
    void percentRoundsHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("1.83"), EngagementMath.percent(275, 15_000)); // 1.8333…
        assertEquals(new BigDecimal("0.13"), EngagementMath.percent(1, 800)); // 0.125 → 0.13
        assertEquals(new BigDecimal("-2.50"), EngagementMath.percent(-5, 200)); // follower loss: negative growth
        assertEquals(new BigDecimal("100.00"), EngagementMath.percent(7, 7));
    }

    @Test
    void noDenominatorNoRate() {
        assertNull(EngagementMath.percent(10, 0));
        assertNull(EngagementMath.costPer(new BigDecimal("300.00"), 0, 1000));
    }

    @Test
    void costPerCountAndPerThousand() {
        // CPC 300 / 350 = 0.857142857142… ; CPM 300 × 1000 / 15,000 = 20
        assertEquals(new BigDecimal("0.857142857143"), EngagementMath.costPer(new BigDecimal("300.00"), 350, 1));
        assertEquals(0, new BigDecimal("20").compareTo(EngagementMath.costPer(new BigDecimal("300.00"), 15_000, 1000)));
        // no spend: a cost of 0 per click, not undefined
        assertEquals(0, BigDecimal.ZERO.compareTo(EngagementMath.costPer(BigDecimal.ZERO, 12, 1)));
    }
}
