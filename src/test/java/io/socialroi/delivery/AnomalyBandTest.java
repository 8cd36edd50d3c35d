package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The band by hand: k = 3, at least 14 days of history. */
class AnomalyBandTest {

    static final BigDecimal K = new BigDecimal("3");

    static List<BigDecimal> values(int... numbers) {
        List<BigDecimal> list = new ArrayList<>();
        for (int n : numbers) {
            list.add(BigDecimal.valueOf(n));
        }
        return list;
    }

    @Test
    void aSpikeIsOutside() {
        // 28 days alternating 98, 102 (14 each): median (98 + 102) / 2 = 100; every deviation is 2, so MAD = 2;
        // band 100 ± 3 × 2 = [94, 106]
        List<BigDecimal> history = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            history.addAll(values(98, 102));
        }
        AnomalyBand band = AnomalyBand.of(history, K, 14).orElseThrow();
        assertEquals(0, new BigDecimal("100").compareTo(band.median()));
        assertEquals(0, new BigDecimal("2").compareTo(band.mad()));
        assertEquals(0, new BigDecimal("94").compareTo(band.lower()));
        assertEquals(0, new BigDecimal("106").compareTo(band.upper()));
        assertTrue(band.excludes(new BigDecimal("300")));
        assertTrue(band.excludes(new BigDecimal("93.99")));
        assertFalse(band.excludes(new BigDecimal("106")));
        assertFalse(band.excludes(new BigDecimal("94")));
    }

    @Test
    void withMostDaysAlikeTheSpreadIsTheMeanDeviation() {
        // 12 × 98.00 and 11 × 102.00: median 98.00, deviations 12 × 0 and 11 × 4.00, so MAD 0 (a band of 98.00 alone
        // would flag every 102.00); the mean deviation 44.00 / 23 = 1.913043…, band 98 ± 5.739130… rounded outward
        // to [92.26, 103.74]: 102.00 is inside, 103.75 outside
        List<BigDecimal> history = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            history.add(new BigDecimal(i % 2 == 0 ? "98.00" : "102.00"));
        }
        AnomalyBand band = AnomalyBand.of(history, K, 14).orElseThrow();
        assertEquals(new BigDecimal("98.00"), band.median());
        assertEquals(0, band.mad().signum());
        assertEquals(new BigDecimal("92.26"), band.lower());
        assertEquals(new BigDecimal("103.74"), band.upper());
        assertFalse(band.excludes(new BigDecimal("102.00")));
        assertTrue(band.excludes(new BigDecimal("103.75")));
        // every day alike: no spread at all, any other value is outside
        AnomalyBand flat = AnomalyBand.of(values(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), K, 14).orElseThrow();
        assertEquals(List.of(5, 5), List.of(flat.lower().intValueExact(), flat.upper().intValueExact()));
        assertTrue(flat.excludes(new BigDecimal("6")));
    }

    @Test
    void aSlowDriftStaysInside() {
        // 100, 101, …, 127: median (113 + 114) / 2 = 113.5; deviations 0.5, 0.5, 1.5, 1.5, …, 13.5, 13.5: their median
        // (6.5 + 7.5) / 2 = 7; band 113.5 ± 21 = [92.5, 134.5]; the next day of the drift, 128, is inside
        List<BigDecimal> history = new ArrayList<>();
        for (int i = 100; i <= 127; i++) {
            history.add(BigDecimal.valueOf(i));
        }
        AnomalyBand band = AnomalyBand.of(history, K, 14).orElseThrow();
        assertEquals(0, new BigDecimal("113.5").compareTo(band.median()));
        assertEquals(0, new BigDecimal("7").compareTo(band.mad()));
        assertEquals(0, new BigDecimal("92.5").compareTo(band.lower()));
        assertEquals(0, new BigDecimal("134.5").compareTo(band.upper()));
        assertFalse(band.excludes(new BigDecimal("128")));
    }

    @Test
    void tooLittleHistoryHasNoBand() {
        // 13 values, or 20 days of which 7 have no value (ROI without cost): below the minimum of 14
        assertTrue(AnomalyBand.of(values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), K, 14).isEmpty());
        List<BigDecimal> gaps = values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        for (int i = 0; i < 7; i++) {
            gaps.add(null);
        }
        assertTrue(AnomalyBand.of(gaps, K, 14).isEmpty());
        assertTrue(AnomalyBand.of(values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), K, 14).isPresent());
    }
}
