package io.socialroi.attribution;

import java.math.MathContext;
import java.math.RoundingMode;

/** The precision of the divisions behind credits: 34 significant digits. Pure: no framework imports. */
final class DecimalMath {

    static final MathContext CONTEXT = new MathContext(34, RoundingMode.HALF_EVEN);

    private DecimalMath() {
    }
}
