package io.socialroi.funnel;

import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.intValue;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.common.SqlRows;
import io.socialroi.reporting.Period;
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

    /**
     * Per first-touch channel (grouping sets: and the total row, channel_aggregated 1) the persons in each stage
     * (persons_k, stage k bound as :stagek from {@link #STAGES}) and per transition k → k+1 the persons with both
     * stages, k+1 not before k (timed_k), and the median of their seconds from k to k+1 (median_k). First touch:
     * the earliest touchpoint at or before the person's first funnel conversion, no lookback limit; without one,
     * the channel recorded on that first conversion stands in (docs/attribution.md).
     */
    static String funnel(Period period, boolean ofChannel) {
        return """
                with person as (
                  select c.person_key, min(c.occurred_at) as first_at,
                    min(c.occurred_at) filter (where c.type = :stage0) as s0,
                    min(c.occurred_at) filter (where c.type = :stage1) as s1,
                    min(c.occurred_at) filter (where c.type = :stage2) as s2,
                    min(c.occurred_at) filter (where c.type = :stage3) as s3,
                    min(c.occurred_at) filter (where c.type = :stage4) as s4
                  from conversion c
                  where c.workspace_id = :ws and c.type in (:stages) %s
                  group by c.person_key),
                attributed as (
                  select p.*, coalesce(ft.channel_id, fc.channel_id) as channel_id
                  from person p
                  left join lateral (
                    select t.channel_id from touchpoint t
                    where t.workspace_id = :ws and t.person_key = p.person_key and t.occurred_at <= p.first_at
                    order by t.occurred_at, t.id
                    limit 1) ft on true
                  left join lateral (
                    select c.channel_id from conversion c
                    where c.workspace_id = :ws and c.person_key = p.person_key and c.occurred_at = p.first_at
                      and c.type in (:stages)
                    order by c.id
                    limit 1) fc on true)
                select grouping(channel_id) as channel_aggregated, channel_id,
                  count(s0) as persons_0, count(s1) as persons_1, count(s2) as persons_2, count(s3) as persons_3,
                  count(s4) as persons_4,
                  count(*) filter (where s1 >= s0) as timed_0,
                  extract(epoch from percentile_cont(0.5) within group (order by s1 - s0) filter (where s1 >= s0))
                    as median_0,
                  count(*) filter (where s2 >= s1) as timed_1,
                  extract(epoch from percentile_cont(0.5) within group (order by s2 - s1) filter (where s2 >= s1))
                    as median_1,
                  count(*) filter (where s3 >= s2) as timed_2,
                  extract(epoch from percentile_cont(0.5) within group (order by s3 - s2) filter (where s3 >= s2))
                    as median_2,
                  count(*) filter (where s4 >= s3) as timed_3,
                  extract(epoch from percentile_cont(0.5) within group (order by s4 - s3) filter (where s4 >= s3))
                    as median_3
                from attributed %s
                group by grouping sets ((channel_id), ())
                """.formatted(period.isAllTime() ? "" : "and c.occurred_at >= :fromTs and c.occurred_at < :toTs",
                ofChannel ? "where channel_id = :channel" : "");
    }

    /** A row of the funnel: a channel's (null: unattributed), or the total. */
    private record FunnelRow(boolean total, Long channelId, Figures figures) {
        static FunnelRow of(Tuple row) {
            Figures figures = Figures.empty();
            for (int k = 0; k < STAGES.size(); k++) {
                figures.persons()[k] = longValue(row, "persons_" + k);
            }
            for (int k = 0; k + 1 < STAGES.size(); k++) {
                figures.timed()[k] = longValue(row, "timed_" + k);
                figures.medianSeconds()[k] = decimal(row, "median_" + k);
            }
            return new FunnelRow(intValue(row, "channel_aggregated") == 1, nullableLong(row, "channel_id"), figures);
        }
    }

    public Result funnel(long workspaceId, Period period, Long channelId) {
        Query query = em.createNativeQuery(funnel(period, channelId != null), Tuple.class)
                .setParameter("ws", workspaceId).setParameter("stages", STAGES.stream().map(Enum::name).toList());
        for (int k = 0; k < STAGES.size(); k++) {
            query.setParameter("stage" + k, STAGES.get(k).name());
        }
        if (!period.isAllTime()) {
            query.setParameter("fromTs", period.startInstant()).setParameter("toTs", period.endInstant());
        }
        if (channelId != null) {
            query.setParameter("channel", channelId);
        }
        java.util.Map<Long, Figures> byChannel = new java.util.HashMap<>();
        Figures total = Figures.empty();
        for (Tuple tuple : SqlRows.tuples(query)) {
            FunnelRow row = FunnelRow.of(tuple);
            if (row.total()) {
                total = row.figures();
            } else {
                byChannel.put(row.channelId(), row.figures());
            }
        }
        return new Result(byChannel, total);
    }
}
