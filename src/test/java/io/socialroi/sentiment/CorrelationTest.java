package io.socialroi.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Pearson's r and the Fisher-z interval against values worked out by hand. */
class CorrelationTest {

    @Test
    void pearsonByHand() {
        // x = 1..5, y = 2, 4, 5, 4, 5: x̄ = 3, ȳ = 4; Σdx·dy = (−2)(−2) + (−1)(0) + 0·1 + 1·0 + 2·1 = 6,
        // Σdx² = 4 + 1 + 0 + 1 + 4 = 10, Σdy² = 4 + 0 + 1 + 0 + 1 = 6: r = 6 / √60 = 0.7745967
        Correlation.Result result = Correlation.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 4, 5, 4, 5 });
        assertEquals(0.7745967, result.r(), 1e-7);
        assertEquals(5, result.n());
    }

    @Test
    void fisherIntervalByHand() {
        // r = 0.5, n = 28: z = atanh(0.5) = ½ ln 3 = 0.5493061; SE = 1/√25 = 0.2; z ± 1.959964 × 0.2 = z ± 0.3919928
        // = [0.1573133, 0.9412989]; tanh of each: [0.1560284, 0.7358185]
        assertArrayEquals(new double[] { 0.1560284, 0.7358185 }, Correlation.fisherInterval(0.5, 28), 1e-7);
        // |r| = 1: the interval is r itself (atanh is infinite there)
        assertArrayEquals(new double[] { -1, -1 }, Correlation.fisherInterval(-1, 40), 0);
    }

    @Test
    void aConstantSeriesHasNoCorrelation() {
        assertNull(Correlation.of(new double[] { 1, 2, 3, 4 }, new double[] { 7, 7, 7, 7 }).r());
    }
}
