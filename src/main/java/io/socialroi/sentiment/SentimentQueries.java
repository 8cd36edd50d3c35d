package io.socialroi.sentiment;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimalOrZero;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.attribution.AttributionQueries;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.ReportScope;
import io.socialroi.cohort.CohortQueries;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.ReportCache;

/**
 * The three daily series of sentimentImpact, one statement each: mentions by sentiment, attributed revenue (the
 * conversions of each day, credited under the scope's attribution, as every report credits them), and the customers
 * won each day with their retention (cohort/CohortQueries' rule).
 */
@ApplicationScoped
public class SentimentQueries {

    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;
    @Inject
    AttributionQueries attribution;

    public record MentionDay(LocalDate day, long positive, long neutral, long negative) {
        static MentionDay of(Tuple row) {
            return new MentionDay(date(row, "day"), longValue(row, "positive"), longValue(row, "neutral"),
                    longValue(row, "negative"));
        }
    }

    static final String MENTIONS = """
            select day, sum(positive) as positive, sum(neutral) as neutral, sum(negative) as negative
            from sentiment_day
            where workspace_id = :ws and day between :fromDay and :toDay
            group by day""";

    /** Every channel's mentions per day of the period. */
    public List<MentionDay> mentions(ReportScope scope) {
        return reportCache.rows(period(em.createNativeQuery(MENTIONS, Tuple.class), scope), MentionDay.class,
                MentionDay::of);
    }

    public record RevenueDay(LocalDate day, BigDecimal revenue, String missingRate) {
        static RevenueDay of(Tuple row) {
            return new RevenueDay(date(row, "day"), decimalOrZero(row, "revenue"), text(row, "missing_rate"));
        }
    }

    static String revenueByDay(String counted, String creditCtes) {
        return """
                with %s, %s
                select on_date as day, sum(revenue_credit) as revenue, min(missing_rate) as missing_rate
                from credit
                group by on_date""".formatted(counted, creditCtes);
    }

    /** Attributed revenue per UTC day of the conversions; a missing exchange rate is an error naming it. */
    public List<RevenueDay> revenue(ReportScope scope) {
        Query query = AttributionQueries.bind(em.createNativeQuery(
                revenueByDay(AttributionSql.counted(scope), attribution.creditedCtes(scope)), Tuple.class), scope);
        List<RevenueDay> rows = reportCache.rows(query, RevenueDay.class, RevenueDay::of);
        MissingExchangeRateException.failIfAny(rows.stream().map(RevenueDay::missingRate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null), scope.reportingCurrency());
        return rows;
    }

    public record CohortDay(LocalDate day, long won, long eligible, long retained) {
        static CohortDay of(Tuple row) {
            return new CohortDay(date(row, "day"), longValue(row, "won"), longValue(row, "eligible"),
                    longValue(row, "retained"));
        }
    }

    static final String COHORTS = """
            select became as day, count(*) as won, count(*) filter (where %s) as eligible,
              count(*) filter (where %s) as retained
            from (select c.became_customer_on as became, c.churned_on from customer c
                  where c.workspace_id = :ws and c.became_customer_on between :fromDay and :toDay) c
            group by became""".formatted(CohortQueries.ELIGIBLE, CohortQueries.RETAINED);

    /** The customers won each day of the period, how many of them the horizon is over for by asOf, and kept. */
    public List<CohortDay> cohorts(ReportScope scope, LocalDate asOf, int horizonDays) {
        Query query = period(em.createNativeQuery(COHORTS, Tuple.class), scope).setParameter("asOf", asOf)
                .setParameter("horizon", horizonDays);
        return reportCache.rows(query, CohortDay.class, CohortDay::of);
    }

    private static Query period(Query query, ReportScope scope) {
        return query.setParameter("ws", scope.workspaceId()).setParameter("fromDay", scope.period().from())
                .setParameter("toDay", scope.period().to());
    }
}
