package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** 2^x for decimal x with 34 significant digits, for TIME_DECAY weights. Pure: no framework imports. */
final class DecimalMath {

    static final MathContext CONTEXT = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = new BigDecimal("0.6931471805599453094172321214581765680755");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private DecimalMath() {
    }

    /** 2 to the power {@code x}: 2^floor(x) exactly, times e^(frac(x)·ln 2) by its series. */
    static BigDecimal pow2(BigDecimal x) {
        BigDecimal floor = x.setScale(0, RoundingMode.FLOOR);
        BigDecimal fraction = x.subtract(floor);
        BigDecimal wholePart = TWO.pow(floor.intValueExact(), CONTEXT);
        return wholePart.multiply(exp(fraction.multiply(LN2, CONTEXT)), CONTEXT);
    }

    /** e^y for 0 ≤ y < 1 by its Taylor series. */
    private static BigDecimal exp(BigDecimal y) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(40);
        for (int k = 1; term.abs().compareTo(epsilon) > 0 && k < 200; k++) {
            term = term.multiply(y, CONTEXT).divide(BigDecimal.valueOf(k), CONTEXT);
            sum = sum.add(term, CONTEXT);
        }
        return sum;
    }
}
