package io.socialroi.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.socialroi.money.RoiCalculator.RoiFigures;

class RoiCalculatorTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void roiOfAThirdIsRoundedDownToTwoDecimals() {
        // net = 2000 - 1500 = 500; 500 * 100 / 1500 = 33.333... -> 33.33
        // roas = 2000 / 1000 = 2 -> 2.00
        RoiFigures f = RoiCalculator.compute(d("1500"), d("2000"), d("1000"));
        assertEquals(d("33.33"), f.percent());
        assertEquals(d("2.00"), f.roas());
        assertEquals(d("500"), f.netReturn());
        assertEquals(d("1500"), f.cost());
        assertEquals(d("2000"), f.revenue());
        assertNull(f.undefinedReason());
    }

    @Test
    void smallIntegersGiveTheSameThird() {
        // net = 4 - 3 = 1; 1 * 100 / 3 = 33.333... -> 33.33
        // roas = 4 / 3 = 1.333... -> 1.33
        RoiFigures f = RoiCalculator.compute(d("3"), d("4"), d("3"));
        assertEquals(d("33.33"), f.percent());
        assertEquals(d("1.33"), f.roas());
        assertEquals(d("1"), f.netReturn());
    }

    @Test
    void tinyFractionJustAboveTheHalfStaysDown() {
        // net = 9.0001 - 8 = 1.0001; 1.0001 * 100 = 100.01; 100.01 / 8 = 12.50125 exactly.
        // Third decimal is 1, so 12.50 under any rounding mode.
        // roas = 9.0001 / 8 = 1.1250125 -> 1.13 (third decimal 5, followed by 0125 > 0, so up)
        RoiFigures f = RoiCalculator.compute(d("8"), d("9.0001"), d("8"));
        assertEquals(d("12.50"), f.percent());
        assertEquals(d("1.13"), f.roas());
        assertEquals(d("1.0001"), f.netReturn());
    }

    @Test
    void exactHalfRoundsUpNotToEven() {
        // net = 9.0004 - 8 = 1.0004; 1.0004 * 100 = 100.04; 100.04 / 8 = 12.505 exactly.
        // HALF_UP -> 12.51 (HALF_EVEN would give 12.50, so this pins the rounding mode).
        // roas = 9.0004 / 8 = 1.12505 -> 1.13
        RoiFigures f = RoiCalculator.compute(d("8"), d("9.0004"), d("8"));
        assertEquals(d("12.51"), f.percent());
        assertEquals(d("1.13"), f.roas());
    }

    @Test
    void exactHalfOfRoasRoundsUp() {
        // roas = 1.005 / 1 = 1.005 exactly -> HALF_UP 1.01 (HALF_EVEN would give 1.00)
        assertEquals(d("1.01"), RoiCalculator.compute(d("1"), d("1.005"), d("1")).roas());
        // percent = (1.005 - 1) * 100 / 1 = 0.5 -> 0.50
        assertEquals(d("0.50"), RoiCalculator.compute(d("1"), d("1.005"), d("1")).percent());
    }

    @Test
    void negativeHalfRoundsAwayFromZero() {
        // net = 7.9996 - 8 = -0.0004; -0.0004 * 100 / 8 = -0.005 exactly -> HALF_UP (away from zero) -0.01
        RoiFigures f = RoiCalculator.compute(d("8"), d("7.9996"), d("8"));
        assertEquals(d("-0.01"), f.percent());
        assertEquals(d("-0.0004"), f.netReturn());
    }

    @Test
    void noRevenueIsMinusOneHundredPercent() {
        // net = 0 - 250 = -250; -250 * 100 / 250 = -100 -> -100.00; roas = 0 / 100 = 0 -> 0.00
        RoiFigures f = RoiCalculator.compute(d("250"), d("0"), d("100"));
        assertEquals(d("-100.00"), f.percent());
        assertEquals(d("0.00"), f.roas());
        assertEquals(d("-250"), f.netReturn());
        assertNull(f.undefinedReason());
    }

    @Test
    void zeroCostLeavesPercentUndefinedWithReason() {
        // cost 0: no percent, the reason says why; net = 500 - 0 = 500; roas = 500 / 200 = 2.50
        RoiFigures f = RoiCalculator.compute(d("0.00"), d("500"), d("200"));
        assertNull(f.percent());
        assertSame(RoiCalculator.ZERO_COST_REASON, f.undefinedReason());
        assertEquals("Total cost is zero: ROI is undefined without an investment.", f.undefinedReason());
        assertEquals(d("500.00"), f.netReturn());
        assertEquals(d("2.50"), f.roas());
    }

    @Test
    void zeroCostAndZeroRevenueIsStillUndefined() {
        RoiFigures f = RoiCalculator.compute(d("0"), d("0"), d("0"));
        assertNull(f.percent());
        assertNull(f.roas());
        assertEquals(RoiCalculator.ZERO_COST_REASON, f.undefinedReason());
        assertEquals(d("0"), f.netReturn());
    }

    @Test
    void zeroAdSpendLeavesRoasUndefinedButPercentDefined() {
        // labor-only cost 400, revenue 600: net 200; 200 * 100 / 400 = 50 -> 50.00; no ad spend -> roas null
        RoiFigures f = RoiCalculator.compute(d("400"), d("600"), d("0.00"));
        assertNull(f.roas());
        assertEquals(d("50.00"), f.percent());
        assertNull(f.undefinedReason());
    }

    @Test
    void netReturnIsExactAndUnrounded() {
        // 1234.56789 - 1000.001 = 234.56689 (kept at scale 5, not rounded)
        // percent = 23456.689 / 1000.001 = 23.45666554... -> 23.46
        RoiFigures f = RoiCalculator.compute(d("1000.001"), d("1234.56789"), d("1000.001"));
        assertEquals(d("234.56689"), f.netReturn());
        assertEquals(d("23.46"), f.percent());
        // roas = 1234.56789 / 1000.001 = 1.2345666... -> 1.23
        assertEquals(d("1.23"), f.roas());
    }

    @Test
    void ratiosAlwaysHaveScaleTwo() {
        // 300 - 100 = 200; 200 * 100 / 100 = 200 -> 200.00 (scale 2, not "2E+2")
        RoiFigures f = RoiCalculator.compute(d("100"), d("300"), d("100"));
        assertEquals(2, f.percent().scale());
        assertEquals("200.00", f.percent().toPlainString());
        assertEquals("3.00", f.roas().toPlainString());
    }

    // Regression: the ratio used to be rounded twice (34 digits HALF_EVEN, then 2 decimals HALF_UP).
    @Test
    void noDoubleRoundingOnLongExactInputs() {
        // cost 1; net = 0.1250499999999999999999999999999999995, times 100 / 1 =
        // 12.50499999999999999999999999999999995 (37 significant digits).
        // Exact value is below 12.505, so HALF_UP to 2 decimals -> 12.50.
        RoiFigures f = RoiCalculator.compute(d("1"), d("1.1250499999999999999999999999999999995"), d("1"));
        assertEquals(d("12.50"), f.percent());
    }

    @Test
    void valueBasedRoiAddsEveryReturnBeforeTheFormula() {
        // returns = 500 + 110 + 12.345 + 163 = 785.345; (785.345 − 600) × 100 / 600 = 30.890833… → 30.89
        RoiCalculator.ValueFigures v = RoiCalculator.valueBased(d("600"), d("500"), d("110"), d("12.345"), d("163"));
        assertEquals(d("785.345"), v.total());
        assertEquals(d("185.345"), v.netReturn());
        assertEquals(d("30.89"), v.percent());
        assertNull(v.undefinedReason());
        // revenue alone: (500 − 600) × 100 / 600 = −16.666… → −16.67: the indirect returns turn a loss into a gain
        assertEquals(d("-16.67"), RoiCalculator.compute(d("600"), d("500"), d("0")).percent());
    }

    @Test
    void valueBasedRoiIsUndefinedAtZeroCost() {
        RoiCalculator.ValueFigures v = RoiCalculator.valueBased(d("0"), d("10"), d("5"), d("0"), d("1"));
        assertNull(v.percent());
        assertEquals(RoiCalculator.ZERO_COST_REASON, v.undefinedReason());
        assertEquals(d("16"), v.total());
        assertEquals(d("16"), v.netReturn());
    }

    @Test
    void valueBasedRoiWithNoReturnsIsMinusOneHundred() {
        // (0 − 250) × 100 / 250 = −100.00
        assertEquals(d("-100.00"), RoiCalculator.valueBased(d("250"), d("0"), d("0"), d("0"), d("0")).percent());
    }
}
