package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The float8 TIME_DECAY weight: exact where 2^(−x) is a power of two, accurate to 1e−15 elsewhere. */
class DecayWeightTest {

    static final long WEEK = 7 * 24 * 3600L;

    @Test
    void wholeHalfLivesHalveTheWeightExactly() {
        assertEquals(0, BigDecimal.ONE.compareTo(DecayWeight.weight(BigDecimal.ZERO, WEEK)));
        assertEquals(0, new BigDecimal("0.5").compareTo(DecayWeight.weight(BigDecimal.valueOf(WEEK), WEEK)));
        assertEquals(0, new BigDecimal("0.25").compareTo(DecayWeight.weight(BigDecimal.valueOf(2 * WEEK), WEEK)));
        // 2^−10 = 0.0009765625, exactly
        assertEquals(0, new BigDecimal("0.0009765625").compareTo(DecayWeight.weight(BigDecimal.valueOf(10 * WEEK), WEEK)));
    }

    @Test
    void workedExampleWeightToFifteenSignificantDigits() {
        // attribution.md: a touch 30 days before, half-life 7 days: 2^(−30/7) = 0.051270959750477370698… (40-digit
        // value from an arbitrary-precision calculator), rounded to 15 significant digits
        BigDecimal weight = DecayWeight.weight(BigDecimal.valueOf(30 * 24 * 3600L), WEEK);
        assertEquals(new BigDecimal("0.0512709597504774"), weight);
    }

    @Test
    void fractionsOfASecondCount() {
        // 0.5 s of a 1-hour half-life: 2^(−1/7200) < 1
        BigDecimal weight = DecayWeight.weight(new BigDecimal("0.5"), 3600);
        assertTrue(weight.compareTo(BigDecimal.ONE) < 0 && weight.compareTo(new BigDecimal("0.9999")) > 0, weight.toString());
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
