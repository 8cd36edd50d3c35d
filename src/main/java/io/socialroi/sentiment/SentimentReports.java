package io.socialroi.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.ReportScope;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.sentiment.SentimentQueries.CohortDay;
import io.socialroi.sentiment.SentimentQueries.MentionDay;
import io.socialroi.sentiment.SentimentQueries.RevenueDay;

/**
 * sentimentImpact (docs/content.md): net sentiment per day beside attributed revenue and the retention of the
 * customers won that day, and for each lag Pearson's r with a Fisher-z interval, never below {@link #MINIMUM_DAYS}
 * days of pairs. Three statements; the series are paired and correlated here.
 */
@ApplicationScoped
public class SentimentReports {

    /** The fewest days with both values a correlation is reported on. */
    public static final int MINIMUM_DAYS = 30;
    public static final int MAX_LAG_DAYS = 60;
    public static final int MAX_PERIOD_DAYS = 731;
    public static final String WARNING = "Correlation is not causation: sentiment and revenue may both follow a third"
            + " cause (a launch, a season, a campaign), and testing many lags finds some correlation by chance.";

    @Inject
    AttributionArguments attributionArguments;
    @Inject
    SentimentQueries queries;
    @Inject
    Clock clock;

    public SentimentImpact impact(DateRangeInput period, int maxLagDays, int horizonDays, AttributionInput attribution) {
        if (period == null) {
            throw new BadArgumentException("period is required: the days to correlate.");
        }
        if (maxLagDays < 0 || maxLagDays > MAX_LAG_DAYS) {
            throw new BadArgumentException("maxLagDays must be between 0 and " + MAX_LAG_DAYS + " (got " + maxLagDays + ").");
        }
        if (horizonDays < 1 || horizonDays > 3650) {
            throw new BadArgumentException("retentionHorizonDays must be between 1 and 3650 (got " + horizonDays + ").");
        }
        ReportScope scope = attributionArguments.scope(period, attribution, null);
        LocalDate from = scope.period().from();
        int days = (int) ChronoUnit.DAYS.between(from, scope.period().to()) + 1;
        if (days > MAX_PERIOD_DAYS) {
            throw new BadArgumentException("period covers at most " + MAX_PERIOD_DAYS + " days (got " + days + ").");
        }
        Map<LocalDate, MentionDay> mentions = byDay(queries.mentions(scope), MentionDay::day);
        Map<LocalDate, RevenueDay> revenue = byDay(queries.revenue(scope), RevenueDay::day);
        Map<LocalDate, CohortDay> cohorts = byDay(queries.cohorts(scope, LocalDate.now(clock), horizonDays),
                CohortDay::day);
        Double[] sentiment = new Double[days];
        Double[] revenues = new Double[days];
        Double[] retention = new Double[days];
        List<SentimentDay> series = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            MentionDay m = mentions.getOrDefault(day, new MentionDay(day, 0, 0, 0));
            long total = m.positive() + m.neutral() + m.negative();
            BigDecimal net = total == 0 ? null : BigDecimal.valueOf(m.positive() - m.negative())
                    .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
            BigDecimal dayRevenue = revenue.containsKey(day) ? revenue.get(day).revenue() : BigDecimal.ZERO;
            CohortDay cohort = cohorts.getOrDefault(day, new CohortDay(day, 0, 0, 0));
            BigDecimal kept = cohort.eligible() == 0 ? null : BigDecimal.valueOf(cohort.retained() * 100)
                    .divide(BigDecimal.valueOf(cohort.eligible()), 2, RoundingMode.HALF_UP);
            // the correlations read the exact ratios, not the rounded ones shown
            sentiment[i] = total == 0 ? null : (double) (m.positive() - m.negative()) / total;
            revenues[i] = dayRevenue.doubleValue();
            retention[i] = cohort.eligible() == 0 ? null : (double) cohort.retained() / cohort.eligible();
            series.add(new SentimentDay(DateScalar.of(day), m.positive(), m.neutral(),
                    m.negative(), total, DecimalScalar.of(net), Money.of(dayRevenue, scope.reportingCurrency()),
                    (int) cohort.won(), (int) cohort.eligible(), DecimalScalar.of(kept)));
        }
        return new SentimentImpact(WARNING, horizonDays, series, lags(sentiment, revenues, maxLagDays),
                lags(sentiment, retention, maxLagDays));
    }

    private static <R> Map<LocalDate, R> byDay(List<R> rows, Function<R, LocalDate> day) {
        Map<LocalDate, R> result = new HashMap<>();
        rows.forEach(row -> result.put(day.apply(row), row));
        return result;
    }

    /** For each lag k, sentiment on day d against the series on day d + k, over the days where both have a value. */
    static List<LagCorrelation> lags(Double[] sentiment, Double[] series, int maxLagDays) {
        List<LagCorrelation> lags = new ArrayList<>();
        for (int lag = 0; lag <= maxLagDays; lag++) {
            List<double[]> pairs = new ArrayList<>();
            for (int d = 0; d + lag < sentiment.length; d++) {
                if (sentiment[d] != null && series[d + lag] != null) {
                    pairs.add(new double[] { sentiment[d], series[d + lag] });
                }
            }
            lags.add(correlation(lag, pairs));
        }
        return lags;
    }

    static LagCorrelation correlation(int lag, List<double[]> pairs) {
        int n = pairs.size();
        if (n < MINIMUM_DAYS) {
            return new LagCorrelation(lag, n, null, null, null, "Only " + n + " days with both values at this lag: a"
                    + " correlation needs at least " + MINIMUM_DAYS + ".");
        }
        Correlation.Result result = Correlation.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        if (result.r() == null) {
            return new LagCorrelation(lag, n, null, null, null,
                    "A series is constant over these days: a correlation is undefined.");
        }
        return new LagCorrelation(lag, n, rounded(result.r()), rounded(result.low()), rounded(result.high()), null);
    }

    private static DecimalScalar rounded(double value) {
        return DecimalScalar.of(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }
}
