package io.socialroi.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Progress of a goal on a day: the period it covers, the progress %, the linear projection and the status.
 * Pure: no framework imports. Days are inclusive:
 * <ul>
 * <li>periodTo = min(asOf, deadline); totalDays = deadline − start + 1; elapsedDays = periodTo − start + 1;</li>
 * <li>progress % = current × 100 / target, 2 decimals half-up; null when the target is 0 or current is null;</li>
 * <li>projected: CUMULATIVE current × totalDays / elapsedDays (2 decimals half-up), RATIO current;</li>
 * <li>status, CUMULATIVE: MET once current ≥ target; else MISSED after the deadline; else ON_TRACK iff
 * projected ≥ target (compared exactly: current × totalDays ≥ target × elapsedDays), else AT_RISK;</li>
 * <li>status, RATIO: up to the deadline ON_TRACK iff current ≥ target else AT_RISK; after it MET or MISSED;</li>
 * <li>current undefined: AT_RISK up to the deadline, MISSED after; not started yet (asOf before the start):
 * ON_TRACK, nothing can be behind yet.</li>
 * </ul>
 */
public final class GoalProjection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GoalProjection() {
    }

    public record Result(LocalDate periodTo, long elapsedDays, long totalDays, BigDecimal progressPercent,
            BigDecimal projectedValue, GoalStatus status) {
    }

    /** Whether the goal has started on {@code asOf}; before it, there is no value to measure. */
    public static boolean started(LocalDate start, LocalDate asOf) {
        return !asOf.isBefore(start);
    }

    /** The last day the value is measured over on {@code asOf}. */
    public static LocalDate periodTo(LocalDate asOf, LocalDate deadline) {
        return asOf.isAfter(deadline) ? deadline : asOf;
    }

    /**
     * @param current the metric's value over [start, periodTo]; null when undefined or not started
     */
    public static Result evaluate(GoalMetricKind kind, BigDecimal target, LocalDate start, LocalDate deadline,
            LocalDate asOf, BigDecimal current) {
        long totalDays = ChronoUnit.DAYS.between(start, deadline) + 1;
        LocalDate to = periodTo(asOf, deadline);
        boolean started = started(start, asOf);
        long elapsedDays = started ? ChronoUnit.DAYS.between(start, to) + 1 : 0;
        boolean over = asOf.isAfter(deadline);
        if (!started) {
            return new Result(to, 0, totalDays, null, null, GoalStatus.ON_TRACK);
        }
        if (current == null) {
            return new Result(to, elapsedDays, totalDays, null, null, over ? GoalStatus.MISSED : GoalStatus.AT_RISK);
        }
        BigDecimal percent = target.signum() == 0 ? null
                : current.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        boolean reached = current.compareTo(target) >= 0;
        if (kind == GoalMetricKind.RATIO) {
            GoalStatus status = over ? (reached ? GoalStatus.MET : GoalStatus.MISSED)
                    : (reached ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK);
            return new Result(to, elapsedDays, totalDays, percent, current, status);
        }
        BigDecimal projected = current.multiply(BigDecimal.valueOf(totalDays))
                .divide(BigDecimal.valueOf(elapsedDays), 2, RoundingMode.HALF_UP);
        GoalStatus status;
        if (reached) {
            status = GoalStatus.MET;
        } else if (over) {
            status = GoalStatus.MISSED;
        } else {
            boolean onTrack = current.multiply(BigDecimal.valueOf(totalDays))
                    .compareTo(target.multiply(BigDecimal.valueOf(elapsedDays))) >= 0;
            status = onTrack ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
        }
        return new Result(to, elapsedDays, totalDays, percent, projected, status);
    }
}
