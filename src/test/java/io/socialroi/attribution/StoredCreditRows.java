package io.socialroi.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.socialroi.reporting.Period;

/**
 * The default setting's credits row by row, as stored (attribution_credit) and as the on-demand statement computes
 * them, for tests of every writer that must keep the two equal (StoredCreditsMatchOnDemandTest, imports).
 */
public final class StoredCreditRows {

    private StoredCreditRows() {
    }

    public static List<String> stored(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery("""
                select conversion_id, pos, n, touchpoint_id, channel_id, campaign_id, media_type, on_date,
                  revenue_credit, count_credit, missing_rate
                from attribution_credit order by conversion_id, pos""", Tuple.class).getResultList()));
    }

    public static List<String> onDemand(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple workspace = (Tuple) em.createNativeQuery(
                    "select id, reporting_currency from workspace where slug = 'default'", Tuple.class).getSingleResult();
            long ws = ((Number) workspace.get("id")).longValue();
            AttributionDefaultEntity row = AttributionDefaultEntity.findById(ws);
            AttributionSettings settings = row == null ? AttributionSettings.DEFAULT : row.settings();
            ReportScope scope = new ReportScope(ws, (String) workspace.get("reporting_currency"), Period.ALL_TIME,
                    settings, null, false, false);
            return rows(AttributionQueries.bind(em.createNativeQuery("with " + AttributionSql.counted(scope) + ", "
                    + AttributionSql.creditCtes(scope.attribution(), Map.of()) + """
                     select conversion_id, pos, n, touchpoint_id, channel_id, campaign_id, media_type, on_date,
                       revenue_credit, count_credit, missing_rate
                     from credit order by conversion_id, pos""", Tuple.class), scope).getResultList());
        });
    }

    static List<String> rows(List<?> tuples) {
        List<String> rows = new ArrayList<>();
        for (Object o : tuples) {
            Tuple t = (Tuple) o;
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < t.getElements().size(); i++) {
                Object value = t.get(i);
                // numbers compare by value: the stored numeric and the computed one may differ in scale only
                row.append(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value)
                        .append('|');
            }
            rows.add(row.toString());
        }
        return rows;
    }

}
