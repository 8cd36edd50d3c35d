package io.socialroi.cohort;

import static io.socialroi.common.SqlRows.bool;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.longOrZero;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.channel.ChannelKind;
import io.socialroi.common.SqlRows;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Period;

/**
 * The cohort statement: one statement for the whole report, grouped by the engaged flag. Counts, sums, means and
 * sample variances come from PostgreSQL; only the days to close leave it one by one (as text), because the
 * median's bootstrap needs the raw sample.
 */
@ApplicationScoped
public class CohortQueries {

    /**
     * The engaged rule in SQL, per customer row {@code c}: a touchpoint on a SOCIAL channel (any media type) before
     * the end of the becameCustomerOn day in UTC, or a social engagement the CRM saw on or before that day. The
     * EXISTS walks touchpoint_path_idx (workspace_id, person_key, occurred_at); no touchpoint leaves the database.
     * A statement that uses it binds :socialKind with {@link #bindEngaged}.
     */
    static final String ENGAGED = """
            (coalesce(c.social_engaged_on <= c.became_customer_on, false) or exists (
              select 1 from touchpoint t
              join channel ch on ch.id = t.channel_id and ch.workspace_id = t.workspace_id
              where t.workspace_id = :ws and t.person_key = c.person_key and ch.kind = :socialKind
                and t.occurred_at < ((c.became_customer_on + 1)::timestamp at time zone 'UTC')))""";

    /**
     * Retention, over rows with {@code became} (becameCustomerOn) and {@code churned_on}, for :horizon days as of
     * :asOf: a customer is eligible once the horizon is over by asOf, and retained when eligible and not churned
     * before the horizon's end. The cohort report and sentiment's retention series count it the same way.
     */
    public static final String ELIGIBLE = "became + :horizon <= :asOf";
    public static final String RETAINED = ELIGIBLE + " and (churned_on is null or churned_on >= became + :horizon)";

    /** Binds the channel kind {@link #ENGAGED} looks for. */
    static Query bindEngaged(Query query) {
        return query.setParameter("socialKind", ChannelKind.SOCIAL.name());
    }

    /**
     * One cohort's raw figures, money in the reporting currency, unrounded. Variances are sample variances (n − 1),
     * null below 2 values. {@code days}: becameCustomerOn − firstLeadOn of each customer with a first-lead date.
     */
    public record Figures(long customers, long eligible, long retained, long upsold, BigDecimal upsellSum,
            BigDecimal upsellVariance, long withContract, BigDecimal contractMean, BigDecimal contractVariance,
            BigDecimal valueMean, BigDecimal valueVariance, double[] days) {
        static final Figures EMPTY = new Figures(0, 0, 0, 0, BigDecimal.ZERO, null, 0, null, null, null, null,
                new double[0]);
    }

    @Inject
    EntityManager em;

    /** Customers who became customers by :asOf, of the period (none: all time). */
    private static final String BECAME_IN_PERIOD = "and c.became_customer_on between :fromDate and :toDate";

    /**
     * Per engaged flag: customers, eligible (the horizon passed), retained, upsold, upsell sum and variance,
     * contracts, their mean and variance, value mean and variance, the days to close (text, comma-separated,
     * ascending) and missing_rate, the first "currency|date" without a rate.
     */
    static String figures(Period period) {
        return """
                with c as (
                  select c.person_key, c.became_customer_on as became, c.churned_on, c.first_lead_on,
                    c.contract_amount, c.contract_currency, c.upsell_amount, c.upsell_currency,
                    fx_convert(:ws, c.contract_amount, c.contract_currency, :rc, c.became_customer_on) as contract,
                    fx_convert(:ws, c.upsell_amount, c.upsell_currency, :rc, c.became_customer_on) as upsell,
                    %s as engaged
                  from customer c
                  where c.workspace_id = :ws and c.became_customer_on <= :asOf %s)
                select engaged, count(*) as customers,
                  count(*) filter (where %s) as eligible,
                  count(*) filter (where %s) as retained,
                  count(*) filter (where upsell_amount > 0) as upsold,
                  coalesce(sum(upsell), 0) as upsell_sum, var_samp(coalesce(upsell, 0)) as upsell_variance,
                  count(contract_amount) as with_contract, avg(contract) as contract_mean,
                  var_samp(contract) as contract_variance,
                  avg(coalesce(contract, 0) + coalesce(upsell, 0)) as value_mean,
                  var_samp(coalesce(contract, 0) + coalesce(upsell, 0)) as value_variance,
                  string_agg((became - first_lead_on)::text, ',' order by became - first_lead_on)
                    filter (where first_lead_on is not null) as days,
                  min(case when contract_amount is not null and contract is null then contract_currency || '|' || became
                    when upsell_amount is not null and upsell is null then upsell_currency || '|' || became end)
                    as missing_rate
                from c
                group by engaged
                """.formatted(ENGAGED, period.isAllTime() ? "" : BECAME_IN_PERIOD, ELIGIBLE, RETAINED);
    }

    private record CohortRow(boolean engaged, Figures figures, String missingRate) {
        static CohortRow of(Tuple row) {
            String days = text(row, "days");
            return new CohortRow(bool(row, "engaged"), new Figures(longOrZero(row, "customers"),
                    longOrZero(row, "eligible"), longOrZero(row, "retained"), longOrZero(row, "upsold"),
                    decimal(row, "upsell_sum"), decimal(row, "upsell_variance"), longOrZero(row, "with_contract"),
                    decimal(row, "contract_mean"), decimal(row, "contract_variance"), decimal(row, "value_mean"),
                    decimal(row, "value_variance"), days == null ? new double[0]
                            : Arrays.stream(days.split(",")).mapToDouble(Double::parseDouble).toArray()),
                    text(row, "missing_rate"));
        }
    }

    /** Figures by engaged flag (absent: no customer on that side). */
    public Map<Boolean, Figures> figures(long ws, String rc, Period period, LocalDate asOf, int horizonDays) {
        Query query = bindEngaged(em.createNativeQuery(figures(period), Tuple.class)).setParameter("ws", ws)
                .setParameter("rc", rc).setParameter("asOf", asOf).setParameter("horizon", horizonDays);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        Map<Boolean, Figures> result = new HashMap<>();
        for (Tuple tuple : SqlRows.tuples(query)) {
            CohortRow row = CohortRow.of(tuple);
            MissingExchangeRateException.failIfAny(row.missingRate(), rc);
            result.put(row.engaged(), row.figures());
        }
        return result;
    }
}
