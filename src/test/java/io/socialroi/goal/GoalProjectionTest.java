package io.socialroi.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.socialroi.goal.GoalProjection.Result;

/** The projection and status rules, hand-computed. A goal from 2026-03-01 to 2026-03-31: totalDays = 31. */
class GoalProjectionTest {

    static final LocalDate START = LocalDate.parse("2026-03-01");
    static final LocalDate DEADLINE = LocalDate.parse("2026-03-31");

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static Result cumulative(String target, String asOf, String current) {
        return GoalProjection.evaluate(GoalMetricKind.CUMULATIVE, d(target), START, DEADLINE, LocalDate.parse(asOf),
                current == null ? null : d(current));
    }

    static Result ratio(String target, String asOf, String current) {
        return GoalProjection.evaluate(GoalMetricKind.RATIO, d(target), START, DEADLINE, LocalDate.parse(asOf),
                current == null ? null : d(current));
    }

    @Test
    void aCumulativeMetricIsProjectedLinearly() {
        // asOf 03-10: elapsed = 10 days of 31; 400 × 31 / 10 = 1240.00 ≥ 1000 → ON_TRACK; 400 × 100 / 1000 = 40.00 %
        Result r = cumulative("1000", "2026-03-10", "400");
        assertEquals(LocalDate.parse("2026-03-10"), r.periodTo());
        assertEquals(10, r.elapsedDays());
        assertEquals(31, r.totalDays());
        assertEquals(d("40.00"), r.progressPercent());
        assertEquals(d("1240.00"), r.projectedValue());
        assertEquals(GoalStatus.ON_TRACK, r.status());
        // 300 × 31 / 10 = 930.00 < 1000 → AT_RISK; 30.00 %
        Result low = cumulative("1000", "2026-03-10", "300");
        assertEquals(d("930.00"), low.projectedValue());
        assertEquals(d("30.00"), low.progressPercent());
        assertEquals(GoalStatus.AT_RISK, low.status());
    }

    @Test
    void projectionIsComparedExactlyNotAfterRounding() {
        // asOf 03-03: elapsed 3; 100 × 31 / 3 = 1033.333… → 1033.33 shown; target 1033.34 > 1033.333… → AT_RISK
        Result r = cumulative("1033.34", "2026-03-03", "100");
        assertEquals(d("1033.33"), r.projectedValue());
        assertEquals(GoalStatus.AT_RISK, r.status());
        // target 1033.33 ≤ 1033.333… → ON_TRACK
        assertEquals(GoalStatus.ON_TRACK, cumulative("1033.33", "2026-03-03", "100").status());
        // exactly on the line (day 1 of 31, current 1, target 31: 1 × 31 = 31 × 1) is ON_TRACK
        assertEquals(GoalStatus.ON_TRACK, cumulative("31", "2026-03-01", "1").status());
    }

    @Test
    void metAsSoonAsTheTargetIsReached() {
        // 1000 ≥ 1000 on day 5: MET; 100.00 %, projected 1000 × 31 / 5 = 6200.00
        Result r = cumulative("1000", "2026-03-05", "1000");
        assertEquals(GoalStatus.MET, r.status());
        assertEquals(d("100.00"), r.progressPercent());
        assertEquals(d("6200.00"), r.projectedValue());
        // 1250 / 1000 × 100 = 125.00 %
        assertEquals(d("125.00"), cumulative("1000", "2026-03-05", "1250").progressPercent());
    }

    @Test
    void theDeadlineDayItselfIsStillOpen() {
        // asOf = deadline: elapsed = total = 31, projected = current; 900 < 1000 → AT_RISK, not yet MISSED
        Result r = cumulative("1000", "2026-03-31", "900");
        assertEquals(31, r.elapsedDays());
        assertEquals(d("900.00"), r.projectedValue());
        assertEquals(GoalStatus.AT_RISK, r.status());
        assertEquals(GoalStatus.MET, cumulative("1000", "2026-03-31", "1000").status());
    }

    @Test
    void afterTheDeadlineTheValueStopsAtTheDeadline() {
        // asOf 04-15: periodTo = 03-31, elapsed = 31; 900 < 1000 → MISSED; 1000 → MET
        Result r = cumulative("1000", "2026-04-15", "900");
        assertEquals(DEADLINE, r.periodTo());
        assertEquals(31, r.elapsedDays());
        assertEquals(GoalStatus.MISSED, r.status());
        assertEquals(d("90.00"), r.progressPercent());
        assertEquals(GoalStatus.MET, cumulative("1000", "2026-04-15", "1000").status());
    }

    @Test
    void aGoalNotStartedYetHasNoValueAndNothingBehind() {
        // asOf 02-20 < start 03-01: elapsed 0, no value, ON_TRACK
        Result r = cumulative("1000", "2026-02-20", null);
        assertEquals(0, r.elapsedDays());
        assertEquals(31, r.totalDays());
        assertNull(r.progressPercent());
        assertNull(r.projectedValue());
        assertEquals(GoalStatus.ON_TRACK, r.status());
    }

    @Test
    void aZeroTargetHasNoProgressPercentAndIsMetByAnyValueFromZero() {
        // current 0 ≥ target 0 → MET; 0 / 0 has no percent
        Result r = cumulative("0", "2026-03-10", "0");
        assertNull(r.progressPercent());
        assertEquals(GoalStatus.MET, r.status());
        assertEquals(d("0.00"), r.projectedValue());
        // a ratio at target 0: 0 ≥ 0 → ON_TRACK before the deadline, MET after
        assertEquals(GoalStatus.ON_TRACK, ratio("0", "2026-03-10", "0").status());
        assertEquals(GoalStatus.MET, ratio("0", "2026-04-01", "0").status());
        assertNull(ratio("0", "2026-03-10", "0").progressPercent());
    }

    @Test
    void aRatioIsNotExtrapolated() {
        // ROI 25.00 % against 50 on day 10: projected = current = 25.00; 25 × 100 / 50 = 50.00 %; AT_RISK
        Result r = ratio("50", "2026-03-10", "25.00");
        assertEquals(d("25.00"), r.projectedValue());
        assertEquals(d("50.00"), r.progressPercent());
        assertEquals(GoalStatus.AT_RISK, r.status());
        // 60 ≥ 50 before the deadline: ON_TRACK, not MET (a ratio can still fall)
        assertEquals(GoalStatus.ON_TRACK, ratio("50", "2026-03-10", "60").status());
        // on the deadline day itself: still ON_TRACK / AT_RISK
        assertEquals(GoalStatus.ON_TRACK, ratio("50", "2026-03-31", "60").status());
        assertEquals(GoalStatus.AT_RISK, ratio("50", "2026-03-31", "40").status());
        // after it: MET or MISSED
        assertEquals(GoalStatus.MET, ratio("50", "2026-04-01", "60").status());
        assertEquals(GoalStatus.MISSED, ratio("50", "2026-04-01", "40").status());
    }

    @Test
    void aNegativeRoiTargetCompares() {
        // target −10 %: −5 ≥ −10 → ON_TRACK; −5 × 100 / −10 = 50.00 %
        Result r = ratio("-10", "2026-03-10", "-5");
        assertEquals(GoalStatus.ON_TRACK, r.status());
        assertEquals(d("50.00"), r.progressPercent());
    }

    @Test
    void anUndefinedValueIsAtRiskThenMissed() {
        // ROI at zero cost: no value; AT_RISK up to the deadline (day itself included), MISSED after
        assertEquals(GoalStatus.AT_RISK, ratio("50", "2026-03-10", null).status());
        assertEquals(GoalStatus.AT_RISK, ratio("50", "2026-03-31", null).status());
        assertEquals(GoalStatus.MISSED, ratio("50", "2026-04-01", null).status());
        Result r = ratio("50", "2026-03-10", null);
        assertNull(r.progressPercent());
        assertNull(r.projectedValue());
        assertEquals(10, r.elapsedDays());
    }

    @Test
    void aOneDayGoal() {
        // start = deadline = 03-01: total 1, elapsed 1; 5 × 1 / 1 = 5.00 < 10 → AT_RISK on the day, MISSED after
        Result r = GoalProjection.evaluate(GoalMetricKind.CUMULATIVE, d("10"), START, START, START, d("5"));
        assertEquals(1, r.totalDays());
        assertEquals(d("5.00"), r.projectedValue());
        assertEquals(GoalStatus.AT_RISK, r.status());
        assertEquals(GoalStatus.MISSED, GoalProjection.evaluate(GoalMetricKind.CUMULATIVE, d("10"), START, START,
                START.plusDays(1), d("5")).status());
    }
}
