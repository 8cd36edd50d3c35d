package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Budget pacing by hand: a 1,000.00 budget over March 2026 (31 days), thresholds 90 % and 100 %. */
class BudgetPaceTest {

    static final BigDecimal WARN = new BigDecimal("90");
    static final BigDecimal EXCEED = new BigDecimal("100");
    static final LocalDate START = LocalDate.parse("2026-03-01");
    static final LocalDate END = LocalDate.parse("2026-03-31");

    static BudgetPace pace(String budget, String cost, LocalDate end, String asOf) {
        return BudgetPace.compute(budget == null ? null : new BigDecimal(budget), new BigDecimal(cost), START, end,
                LocalDate.parse(asOf), WARN, EXCEED);
    }

    @Test
    void onTheTenthDay() {
        // 10 of 31 days: planned 1000 × 10 / 31 = 322.580… → 322.58; 400.00 spent = 40.00 %, 40.00 a day;
        // projected 400 × 31 / 10 = 1240.00 = 124.00 % of the budget: over pace, no alert yet
        BudgetPace p = pace("1000.00", "400.00", END, "2026-03-10");
        assertEquals(10, p.elapsedDays());
        assertEquals(31, p.totalDays());
        assertEquals(new BigDecimal("322.58"), p.plannedToDate());
        assertEquals(new BigDecimal("40.00"), p.spentPercent());
        assertEquals(new BigDecimal("40.00"), p.dailyRate());
        assertEquals(new BigDecimal("1240.00"), p.projectedSpend());
        assertEquals(new BigDecimal("124.00"), p.projectedPercent());
        assertEquals(PacingStatus.OVER_PACE, p.status());
        assertEquals(PacingAlert.NONE, p.alert());
        // 250.00 by day 10: 250 × 31 / 10 = 775.00, 77.50 %: on pace
        assertEquals(PacingStatus.ON_PACE, pace("1000.00", "250.00", END, "2026-03-10").status());
    }

    @Test
    void thresholds() {
        assertEquals(PacingAlert.NONE, pace("1000.00", "899.99", END, "2026-03-20").alert());
        // 900.00 is exactly 90.00 %: the warning starts there
        assertEquals(PacingAlert.WARNING, pace("1000.00", "900.00", END, "2026-03-20").alert());
        assertEquals(PacingAlert.EXCEEDED, pace("1000.00", "1000.00", END, "2026-03-20").alert());
        BudgetPace configured = BudgetPace.compute(new BigDecimal("1000"), new BigDecimal("800"), START, END,
                LocalDate.parse("2026-03-20"), new BigDecimal("75"), new BigDecimal("95"));
        assertEquals(PacingAlert.WARNING, configured.alert());
    }

    @Test
    void edges() {
        // not started: nothing elapsed, no rate or projection; costs paid ahead still count against the budget
        BudgetPace early = pace("1000.00", "950.00", END, "2026-02-27");
        assertEquals(PacingStatus.NOT_STARTED, early.status());
        assertEquals(0, early.elapsedDays());
        assertNull(early.dailyRate());
        assertNull(early.projectedSpend());
        assertEquals(PacingAlert.WARNING, early.alert());
        // ended: 31 days elapsed however late asOf is; the projection is the final cost
        BudgetPace ended = pace("1000.00", "1100.00", END, "2026-05-01");
        assertEquals(PacingStatus.ENDED, ended.status());
        assertEquals(31, ended.elapsedDays());
        assertEquals(new BigDecimal("1000.00"), ended.plannedToDate());
        assertEquals(new BigDecimal("1100.00"), ended.projectedSpend());
        assertEquals(new BigDecimal("110.00"), ended.projectedPercent());
        assertEquals(PacingAlert.EXCEEDED, ended.alert());
        // no budget, or 0
        assertEquals(PacingStatus.NO_BUDGET, pace(null, "10.00", END, "2026-03-10").status());
        assertEquals(PacingStatus.NO_BUDGET, pace("0", "10.00", END, "2026-03-10").status());
        // open-ended: 10 days, 30.00 a day, no pro rata or projection
        BudgetPace open = pace("1000.00", "300.00", null, "2026-03-10");
        assertEquals(PacingStatus.OPEN_ENDED, open.status());
        assertEquals(new BigDecimal("30.00"), open.dailyRate());
        assertNull(open.plannedToDate());
        assertNull(open.projectedSpend());
        // a one-day campaign on its day: 1 of 1 days, everything planned; 500 × 1 / 1 = 500.00
        BudgetPace oneDay = BudgetPace.compute(new BigDecimal("500"), new BigDecimal("500"), START, START, START, WARN,
                EXCEED);
        assertEquals(1, oneDay.totalDays());
        assertEquals(new BigDecimal("500.00"), oneDay.plannedToDate());
        assertEquals(new BigDecimal("500.00"), oneDay.projectedSpend());
        assertEquals(PacingStatus.ON_PACE, oneDay.status());
        // zero days (an end before the start, as recorded): the budget is all due, the projection is the cost
        BudgetPace zero = BudgetPace.compute(new BigDecimal("500"), new BigDecimal("100"), START,
                START.minusDays(1), START, WARN, EXCEED);
        assertEquals(0, zero.totalDays());
        assertEquals(PacingStatus.ENDED, zero.status());
        assertEquals(new BigDecimal("100.00"), zero.projectedSpend());
    }
}
