package io.socialroi.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SavingsPeriodsTest {

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void daysCountBothEnds() {
        assertEquals(1, SavingsPeriods.days(d("2026-01-31"), d("2026-01-31")));
        assertEquals(31, SavingsPeriods.days(d("2026-01-01"), d("2026-01-31")));
        assertEquals(29, SavingsPeriods.days(d("2028-02-01"), d("2028-02-29"))); // leap year
    }

    @Test
    void overlapIsInclusiveAndZeroWhenApart() {
        assertEquals(10, SavingsPeriods.overlapDays(d("2026-01-01"), d("2026-01-31"), d("2026-01-22"), d("2026-02-07")));
        assertEquals(1, SavingsPeriods.overlapDays(d("2026-01-01"), d("2026-01-31"), d("2026-01-31"), d("2026-02-28")));
        assertEquals(0, SavingsPeriods.overlapDays(d("2026-01-01"), d("2026-01-31"), d("2026-02-01"), d("2026-02-28")));
        assertEquals(31, SavingsPeriods.overlapDays(d("2026-01-01"), d("2026-01-31"), d("2025-12-01"), d("2026-12-31")));
    }

    @Test
    void proRataSharesByDays() {
        // 310.00 over 31 days, 10 of them in the period: 310 × 10 / 31 = 100.00
        assertEquals(new BigDecimal("100.00"), SavingsPeriods.proRata(new BigDecimal("310.00"), d("2026-01-01"),
                d("2026-01-31"), d("2026-01-22"), d("2026-02-07"), 2));
        // 96 × 3 / 31 = 9.2903… → 9.29
        assertEquals(new BigDecimal("9.29"), SavingsPeriods.proRata(new BigDecimal("96"), d("2026-03-01"),
                d("2026-03-31"), d("2026-02-01"), d("2026-03-03"), 2));
        // no shared day: nothing
        assertEquals(new BigDecimal("0.00"), SavingsPeriods.proRata(new BigDecimal("96"), d("2026-03-01"),
                d("2026-03-31"), d("2026-04-01"), d("2026-04-30"), 2));
    }
}
