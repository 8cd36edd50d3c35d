package io.socialroi.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.cohort.CohortQueries.Figures;
import io.socialroi.cohort.CohortStatistics.Interval;
import io.socialroi.cohort.CohortStatistics.Welch;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.DateInputs;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.Periods;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * The social cohort lift: arguments checked here, raw figures from {@link CohortQueries} (one statement), the
 * intervals from {@link CohortStatistics}. Rates are percentages; every figure is rounded half-up to 2 decimals
 * here, at the edge (money through {@link Money#of}, to the currency's minor unit).
 */
@ApplicationScoped
public class CohortLiftService {

    /** Customers a cohort needs, for a metric, before its interval is shown. */
    public static final int MIN_SAMPLE = 30;
    public static final int MAX_HORIZON_DAYS = 36_500;

    public static final String ENGAGED_RULE = "Engaged: a touchpoint on a SOCIAL channel (any media type) before the"
            + " end of the becameCustomerOn day (UTC), or socialEngagedOn on or before becameCustomerOn.";
    public static final String NEWCOMBE = "Newcombe's hybrid score interval (method 10, from Wilson score intervals), 95 %";
    public static final String WELCH = "Welch's t interval with Welch–Satterthwaite degrees of freedom, 95 %";
    public static final String BOOTSTRAP = "Bootstrap percentile interval of the difference of medians, "
            + CohortStatistics.BOOTSTRAP_RESAMPLES + " resamples, fixed seed " + CohortStatistics.BOOTSTRAP_SEED + ", 95 %";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CohortQueries queries;
    @Inject
    java.time.Clock clock;

    public CohortLift lift(DateRangeInput periodInput, Integer horizonInput, DateScalar asOfInput) {
        Period period = Periods.of(periodInput);
        int horizon = horizonInput == null ? 365 : horizonInput;
        if (horizon < 1 || horizon > MAX_HORIZON_DAYS) {
            throw new BadArgumentException("horizonDays must be between 1 and " + MAX_HORIZON_DAYS + " (got " + horizon + ").");
        }
        LocalDate asOf = asOfInput == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC))
                : asOfInput.value().orElseThrow(
                        () -> new BadArgumentException("asOf " + DateInputs.notADate(asOfInput)));
        String rc = workspace.reportingCurrency();
        Map<Boolean, Figures> figures = queries.figures(workspace.id(), rc, period, asOf, horizon);
        Figures e = figures.getOrDefault(Boolean.TRUE, Figures.EMPTY);
        Figures n = figures.getOrDefault(Boolean.FALSE, Figures.EMPTY);

        List<MetricLift> lifts = List.of(
                rateLift(CohortLiftMetric.RETENTION_RATE, e.retained(), e.eligible(), n.retained(), n.eligible(),
                        "eligible customer", " (horizon over by asOf)"),
                rateLift(CohortLiftMetric.UPSELL_RATE, e.upsold(), e.customers(), n.upsold(), n.customers(), "customer", ""),
                meanLift(CohortLiftMetric.MEAN_UPSELL_REVENUE, e.customers(), meanUpsell(e), e.upsellVariance(),
                        n.customers(), meanUpsell(n), n.upsellVariance(), " (no upsell counts as 0)"),
                meanLift(CohortLiftMetric.MEAN_CONTRACT_VALUE, e.withContract(), e.contractMean(), e.contractVariance(),
                        n.withContract(), n.contractMean(), n.contractVariance(), " with a contract value"),
                medianLift(e.days(), n.days()));
        return new CohortLift(DateScalar.of(asOf), horizon, ENGAGED_RULE, cohort(e, rc, horizon), cohort(n, rc, horizon),
                lifts, incrementalValue(e, n, rc), rc);
    }

    private static Cohort cohort(Figures f, String rc, int horizon) {
        List<UndefinedFigure> undefined = new ArrayList<>();
        String retentionReason = null;
        if (f.eligible() == 0) {
            retentionReason = "No customer's " + horizon + "-day horizon is over by asOf: retention cannot be observed yet.";
            undefined.add(new UndefinedFigure("retention.rate", retentionReason));
        }
        if (f.customers() == 0) {
            undefined.add(new UndefinedFigure("upsellRate", "The cohort has no customers."));
            undefined.add(new UndefinedFigure("meanUpsellRevenue", "The cohort has no customers."));
        }
        if (f.withContract() == 0) {
            undefined.add(new UndefinedFigure("meanContractValue", "No customer of the cohort has a contract value."));
        }
        if (f.days().length == 0) {
            undefined.add(new UndefinedFigure("medianDaysToClose", "No customer of the cohort has a first-lead date."));
        }
        BigDecimal meanUpsell = meanUpsell(f);
        return new Cohort((int) f.customers(),
                new CohortRetention((int) f.eligible(), (int) f.retained(), DecimalScalar.of(percent(f.retained(), f.eligible())),
                        retentionReason),
                (int) f.upsold(), DecimalScalar.of(percent(f.upsold(), f.customers())), Money.of(f.upsellSum(), rc),
                meanUpsell == null ? null : Money.of(meanUpsell, rc), (int) f.withContract(),
                f.contractMean() == null ? null : Money.of(f.contractMean(), rc), f.days().length,
                f.days().length == 0 ? null : DecimalScalar.of(CohortStatistics.round2(CohortStatistics.median(f.days()))),
                undefined);
    }

    private static MetricLift rateLift(CohortLiftMetric metric, long x1, long n1, long x2, long n2, String noun,
            String suffix) {
        BigDecimal r1 = percent(x1, n1);
        BigDecimal r2 = percent(x2, n2);
        BigDecimal difference = null;
        if (r1 != null && r2 != null) {
            // from the exact rates, not from the rounded ones
            difference = exactPercent(x1, n1).subtract(exactPercent(x2, n2)).setScale(2, RoundingMode.HALF_UP);
        }
        String reason = shortfall(n1, n2, noun, suffix);
        BigDecimal lower = null;
        BigDecimal upper = null;
        if (reason == null) {
            Interval ci = CohortStatistics.newcombe(x1, n1, x2, n2);
            lower = CohortStatistics.round2(ci.lower() * 100);
            upper = CohortStatistics.round2(ci.upper() * 100);
        }
        return new MetricLift(metric, DecimalScalar.of(r1), DecimalScalar.of(r2), DecimalScalar.of(difference),
                DecimalScalar.of(lower), DecimalScalar.of(upper), NEWCOMBE, (int) n1, (int) n2, reason);
    }

    private static MetricLift meanLift(CohortLiftMetric metric, long n1, BigDecimal mean1, BigDecimal var1, long n2,
            BigDecimal mean2, BigDecimal var2, String suffix) {
        BigDecimal difference = mean1 == null || mean2 == null ? null
                : mean1.subtract(mean2).setScale(2, RoundingMode.HALF_UP);
        String reason = shortfall(n1, n2, "customer", suffix);
        BigDecimal lower = null;
        BigDecimal upper = null;
        if (reason == null) {
            Interval ci = welch(n1, mean1, var1, n2, mean2, var2).interval();
            lower = CohortStatistics.round2(ci.lower());
            upper = CohortStatistics.round2(ci.upper());
        }
        return new MetricLift(metric, DecimalScalar.of(round2(mean1)), DecimalScalar.of(round2(mean2)),
                DecimalScalar.of(difference), DecimalScalar.of(lower), DecimalScalar.of(upper), WELCH, (int) n1, (int) n2,
                reason);
    }

    private static MetricLift medianLift(double[] days1, double[] days2) {
        Double m1 = days1.length == 0 ? null : CohortStatistics.median(days1);
        Double m2 = days2.length == 0 ? null : CohortStatistics.median(days2);
        String reason = shortfall(days1.length, days2.length, "customer", " with a first-lead date");
        BigDecimal lower = null;
        BigDecimal upper = null;
        if (reason == null) {
            Interval ci = CohortStatistics.bootstrapMedianDifference(days1, days2);
            lower = CohortStatistics.round2(ci.lower());
            upper = CohortStatistics.round2(ci.upper());
        }
        return new MetricLift(CohortLiftMetric.MEDIAN_DAYS_TO_CLOSE,
                m1 == null ? null : DecimalScalar.of(CohortStatistics.round2(m1)),
                m2 == null ? null : DecimalScalar.of(CohortStatistics.round2(m2)),
                m1 == null || m2 == null ? null : DecimalScalar.of(CohortStatistics.round2(m1 - m2)),
                DecimalScalar.of(lower), DecimalScalar.of(upper), BOOTSTRAP, days1.length, days2.length, reason);
    }

    private static IncrementalValue incrementalValue(Figures e, Figures n, String rc) {
        if (e.valueMean() == null || n.valueMean() == null) {
            return new IncrementalValue(null, null, null, null, shortfall(e.customers(), n.customers(), "customer", ""));
        }
        BigDecimal perCustomer = e.valueMean().subtract(n.valueMean());
        BigDecimal engaged = BigDecimal.valueOf(e.customers());
        String reason = shortfall(e.customers(), n.customers(), "customer", "");
        Money lower = null;
        Money upper = null;
        if (reason == null) {
            Interval ci = welch(e.customers(), e.valueMean(), e.valueVariance(), n.customers(), n.valueMean(),
                    n.valueVariance()).interval();
            lower = Money.of(BigDecimal.valueOf(ci.lower()).multiply(engaged), rc);
            upper = Money.of(BigDecimal.valueOf(ci.upper()).multiply(engaged), rc);
        }
        return new IncrementalValue(Money.of(perCustomer, rc), Money.of(perCustomer.multiply(engaged), rc), lower, upper,
                reason);
    }

    private static Welch welch(long n1, BigDecimal mean1, BigDecimal var1, long n2, BigDecimal mean2, BigDecimal var2) {
        return CohortStatistics.welch(n1, mean1.doubleValue(), var1.doubleValue(), n2, mean2.doubleValue(),
                var2.doubleValue());
    }

    /**
     * Null when both samples reach {@link #MIN_SAMPLE}; else says which do not, e.g. "engaged has 12 customers with
     * a contract value; at least 30 per cohort are needed for an interval."
     */
    static String shortfall(long engaged, long notEngaged, String noun, String suffix) {
        List<String> parts = new ArrayList<>();
        if (engaged < MIN_SAMPLE) {
            parts.add("engaged has " + count(engaged, noun) + suffix);
        }
        if (notEngaged < MIN_SAMPLE) {
            parts.add("notEngaged has " + count(notEngaged, noun) + suffix);
        }
        return parts.isEmpty() ? null
                : String.join(" and ", parts) + "; at least " + MIN_SAMPLE + " per cohort are needed for an interval.";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static BigDecimal meanUpsell(Figures f) {
        return f.customers() == 0 ? null
                : f.upsellSum().divide(BigDecimal.valueOf(f.customers()), 12, RoundingMode.HALF_UP);
    }

    /** part × 100 / whole, 2 decimals half-up; null when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : exactPercent(part, whole).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal exactPercent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 12, RoundingMode.HALF_UP);
    }

    private static BigDecimal round2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
