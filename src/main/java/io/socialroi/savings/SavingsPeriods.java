package io.socialroi.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day arithmetic of service savings, inclusive at both ends. Pure: no framework imports. The report SQL
 * (ServiceSavingsQueries) applies the same pro-rata rule; the GraphQL tests check it against hand-computed values.
 */
public final class SavingsPeriods {

    private SavingsPeriods() {
    }

    /** Days in [from, to], both included. */
    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days that [aFrom, aTo] and [bFrom, bTo] share; 0 when they do not meet. */
    public static long overlapDays(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate from = aFrom.isAfter(bFrom) ? aFrom : bFrom;
        LocalDate to = aTo.isBefore(bTo) ? aTo : bTo;
        return to.isBefore(from) ? 0 : days(from, to);
    }

    /**
     * The part of {@code amount}, recorded for [from, to], that falls in [periodFrom, periodTo]: amount × shared
     * days / recorded days, to {@code scale} decimals half-up.
     */
    public static BigDecimal proRata(BigDecimal amount, LocalDate from, LocalDate to, LocalDate periodFrom,
            LocalDate periodTo, int scale) {
        long shared = overlapDays(from, to, periodFrom, periodTo);
        return amount.multiply(BigDecimal.valueOf(shared)).divide(BigDecimal.valueOf(days(from, to)), scale,
                RoundingMode.HALF_UP);
    }
}
