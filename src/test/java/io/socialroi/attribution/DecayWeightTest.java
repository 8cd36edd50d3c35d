package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The TIME_DECAY weight 2^(−x) · 10^15 as an integer: exact where 2^(−x) is a power of two, accurate to 1e−15
 * elsewhere.
 */
class DecayWeightTest {

    static final long WEEK = 7 * 24 * 3600L;

    @Test
    void wholeHalfLivesHalveTheWeightExactly() {
        assertEquals(new BigDecimal("1000000000000000"), DecayWeight.weight(BigDecimal.ZERO, WEEK));
        assertEquals(new BigDecimal("500000000000000"), DecayWeight.weight(BigDecimal.valueOf(WEEK), WEEK));
        assertEquals(new BigDecimal("250000000000000"), DecayWeight.weight(BigDecimal.valueOf(2 * WEEK), WEEK));
        // 2^−10 · 10^15 = 976,562,500,000, exactly
        assertEquals(new BigDecimal("976562500000"), DecayWeight.weight(BigDecimal.valueOf(10 * WEEK), WEEK));
    }

    @Test
    void workedExampleWeightToFifteenSignificantDigits() {
        // docs/attribution.md: a touch 30 days before, half-life 7 days: 2^(−30/7) = 0.051270959750477370698… (40-digit
        // value from an arbitrary-precision calculator); · 10^15 = 51,270,959,750,477.37 → 51,270,959,750,477
        BigDecimal weight = DecayWeight.weight(BigDecimal.valueOf(30 * 24 * 3600L), WEEK);
        assertEquals(new BigDecimal("51270959750477"), weight);
    }

    @Test
    void fractionsOfASecondCount() {
        // 0.5 s of a 1-hour half-life: 2^(−1/7200) · 10^15 = 999,903,735,068,…  (ln 2 / 7200 = 9.627e−5)
        BigDecimal weight = DecayWeight.weight(new BigDecimal("0.5"), 3600);
        assertTrue(weight.compareTo(new BigDecimal("999903000000000")) > 0
                && weight.compareTo(new BigDecimal("999904000000000")) < 0, weight.toString());
    }

    @Test
    void agreesWithPowToOnePartIn1e15() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble() * 60;
            double expected = StrictMath.pow(2, -x);
            double actual = DecayWeight.weight(x);
            assertTrue(Math.abs(actual - expected) <= 1e-15 * expected, "2^-" + x + ": " + actual + " vs " + expected);
        }
    }

    @Test
    void decreasesWithAge() {
        double previous = 2;
        for (double x = 0; x < 40; x += 0.0625 / 3) {
            double w = DecayWeight.weight(x);
            assertTrue(w < previous, "2^-" + x);
            previous = w;
        }
    }

    @Test
    void beyondAThousandHalfLivesTheWeightIsZero() {
        assertTrue(DecayWeight.weight(999.999) > 0);
        assertEquals(0.0, DecayWeight.weight(1000));
        assertEquals(0, BigDecimal.ZERO.compareTo(DecayWeight.weight(BigDecimal.valueOf(1000 * 3600L), 3600)));
    }
}
