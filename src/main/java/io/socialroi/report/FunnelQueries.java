package io.socialroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.socialroi.tracking.ConversionType;

/**
 * The funnel statement: one statement, grouped by (workspace, person) and then by first-touch channel,
 * with the total row from the same scan (grouping sets). Only counts and medians leave PostgreSQL.
 */
@ApplicationScoped
public class FunnelQueries {

    /** The funnel stages, in order. */
    public static final List<ConversionType> STAGES = List.of(ConversionType.LEAD, ConversionType.MQL,
            ConversionType.SQL, ConversionType.OPPORTUNITY, ConversionType.SALE);

    @Inject
    EntityManager em;

    /**
     * Figures of one row. {@code persons[k]}: persons in stage k; for the transition k → k+1,
     * {@code timed[k]} persons with both stages (k+1 not before k) and {@code medianSeconds[k]} the median
     * of their seconds from k to k+1 (null when {@code timed[k]} is 0).
     */
    public record Figures(long[] persons, long[] timed, BigDecimal[] medianSeconds) {
        static Figures empty() {
            return new Figures(new long[STAGES.size()], new long[STAGES.size() - 1],
                    new BigDecimal[STAGES.size() - 1]);
        }
    }

    /** Rows by first-touch channel id (null key: unattributed; absent: no person) and the total row. */
    public record Result(java.util.Map<Long, Figures> byChannel, Figures total) {
    }

    public Result funnel(long workspaceId, Period period, Long channelId) {
        StringBuilder sql = new StringBuilder("with person as (select c.person_key, min(c.occurred_at) as first_at");
        for (int k = 0; k < STAGES.size(); k++) {
            sql.append(", min(c.occurred_at) filter (where c.type = '").append(STAGES.get(k).name())
                    .append("') as s").append(k);
        }
        sql.append(" from conversion c where c.workspace_id = :ws and c.type in (:stages)")
                .append(period.isAllTime() ? "" : " and c.occurred_at >= :fromTs and c.occurred_at < :toTs")
                .append(" group by c.person_key),")
                // first touch: the earliest touchpoint at or before the first funnel conversion, no lookback limit
                .append(" attributed as (select p.*, coalesce(ft.channel_id, fc.channel_id) as channel_id from person p")
                .append(" left join lateral (select t.channel_id from touchpoint t where t.workspace_id = :ws")
                .append("   and t.person_key = p.person_key and t.occurred_at <= p.first_at")
                .append("   order by t.occurred_at, t.id limit 1) ft on true")
                // no touchpoint: the channel recorded on that first conversion stands in (attribution.md)
                .append(" left join lateral (select c.channel_id from conversion c where c.workspace_id = :ws")
                .append("   and c.person_key = p.person_key and c.occurred_at = p.first_at and c.type in (:stages)")
                .append("   order by c.id limit 1) fc on true)")
                .append(" select grouping(channel_id), channel_id");
        for (int k = 0; k < STAGES.size(); k++) {
            sql.append(", count(s").append(k).append(")");
        }
        for (int k = 0; k + 1 < STAGES.size(); k++) {
            String both = " filter (where s" + (k + 1) + " >= s" + k + ")";
            sql.append(", count(*)").append(both)
                    .append(", extract(epoch from percentile_cont(0.5) within group (order by s").append(k + 1)
                    .append(" - s").append(k).append(")").append(both).append(")");
        }
        sql.append(" from attributed").append(channelId == null ? "" : " where channel_id = :channel")
                .append(" group by grouping sets ((channel_id), ())");

        Query query = em.createNativeQuery(sql.toString()).setParameter("ws", workspaceId)
                .setParameter("stages", STAGES.stream().map(Enum::name).toList());
        if (!period.isAllTime()) {
            query.setParameter("fromTs", period.startInstant()).setParameter("toTs", period.endInstant());
        }
        if (channelId != null) {
            query.setParameter("channel", channelId);
        }
        java.util.Map<Long, Figures> byChannel = new java.util.HashMap<>();
        Figures total = Figures.empty();
        for (Object[] row : rows(query)) {
            Figures figures = Figures.empty();
            int col = 2;
            for (int k = 0; k < STAGES.size(); k++) {
                figures.persons()[k] = ((Number) row[col++]).longValue();
            }
            for (int k = 0; k + 1 < STAGES.size(); k++) {
                figures.timed()[k] = ((Number) row[col++]).longValue();
                figures.medianSeconds()[k] = decimal(row[col++]);
            }
            if (((Number) row[0]).intValue() == 1) {
                total = figures;
            } else {
                byChannel.put(row[1] == null ? null : ((Number) row[1]).longValue(), figures);
            }
        }
        return new Result(byChannel, total);
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return new ArrayList<>(query.getResultList());
    }
}
