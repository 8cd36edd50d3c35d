package io.socialroi.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.report.Period;

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
     */
    static final String ENGAGED = "(coalesce(c.social_engaged_on <= c.became_customer_on, false) or exists ("
            + " select 1 from touchpoint t join channel ch on ch.id = t.channel_id and ch.workspace_id = t.workspace_id"
            + " where t.workspace_id = :ws and t.person_key = c.person_key and ch.kind = 'SOCIAL'"
            + " and t.occurred_at < ((c.became_customer_on + 1)::timestamp at time zone 'UTC')))";

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

    /** Figures by engaged flag (absent: no customer on that side). */
    public Map<Boolean, Figures> figures(long ws, String rc, Period period, LocalDate asOf, int horizonDays) {
        String sql = "with c as (select c.person_key, c.became_customer_on as became, c.churned_on, c.first_lead_on,"
                + " c.contract_amount, c.contract_currency, c.upsell_amount, c.upsell_currency,"
                + " fx_convert(:ws, c.contract_amount, c.contract_currency, :rc, c.became_customer_on) as contract,"
                + " fx_convert(:ws, c.upsell_amount, c.upsell_currency, :rc, c.became_customer_on) as upsell,"
                + " " + ENGAGED + " as engaged"
                + " from customer c where c.workspace_id = :ws and c.became_customer_on <= :asOf"
                + (period.isAllTime() ? "" : " and c.became_customer_on between :fromDate and :toDate") + ")"
                + " select engaged, count(*),"
                + " count(*) filter (where became + :horizon <= :asOf),"
                + " count(*) filter (where became + :horizon <= :asOf"
                + "   and (churned_on is null or churned_on >= became + :horizon)),"
                + " count(*) filter (where upsell_amount > 0),"
                + " coalesce(sum(upsell), 0), var_samp(coalesce(upsell, 0)),"
                + " count(contract_amount), avg(contract), var_samp(contract),"
                + " avg(coalesce(contract, 0) + coalesce(upsell, 0)), var_samp(coalesce(contract, 0) + coalesce(upsell, 0)),"
                + " string_agg((became - first_lead_on)::text, ',' order by became - first_lead_on)"
                + "   filter (where first_lead_on is not null),"
                + " min(case when contract_amount is not null and contract is null then contract_currency || '|' || became"
                + "   when upsell_amount is not null and upsell is null then upsell_currency || '|' || became end)"
                + " from c group by engaged";
        Query query = em.createNativeQuery(sql).setParameter("ws", ws).setParameter("rc", rc)
                .setParameter("asOf", asOf).setParameter("horizon", horizonDays);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Boolean, Figures> result = new HashMap<>();
        for (Object[] row : rows) {
            MissingExchangeRateException.failIfAny((String) row[13], rc);
            String days = (String) row[12];
            result.put((Boolean) row[0], new Figures(n(row[1]), n(row[2]), n(row[3]), n(row[4]), (BigDecimal) row[5],
                    (BigDecimal) row[6], n(row[7]), (BigDecimal) row[8], (BigDecimal) row[9], (BigDecimal) row[10],
                    (BigDecimal) row[11],
                    days == null ? new double[0] : Arrays.stream(days.split(",")).mapToDouble(Double::parseDouble).toArray()));
        }
        return result;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
