package io.socialroi.earned;

import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.enumValue;
import static io.socialroi.common.SqlRows.longOrZero;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.common.SqlRows;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.tracking.MediaType;

/**
 * The earned media value statements, the one place their SQL lives: one statement for the clicks and one for the
 * impressions, for any number of campaigns or channels (or the whole workspace). Amounts stay exact; they are summed
 * per currency and day (and the statement's grouping) and each sum converted once by {@code fx_convert} at the rate
 * in force that day, and a missing rate is an error naming the pair and the day.
 */
@ApplicationScoped
public class EarnedMediaQueries {

    /** Whose figures: which rows count, and the key they are grouped by. */
    public enum Target {
        /** Clicks recorded with the campaign, its touchpoints, the engagement rows recorded with it. */
        CAMPAIGN("campaign_id", "campaign_id in (:ids)", "campaign_id in (:ids)", "campaign_id in (:ids)"),
        /** Clicks recorded with the channel, touchpoints on it, its own engagement rows (without campaign). */
        CHANNEL("channel_id", "channel_id in (:ids)", "channel_id in (:ids)", "campaign_id is null and channel_id in (:ids)"),
        /** Every recorded click, every touchpoint, the channels' own engagement rows (without campaign). */
        WORKSPACE("cast(0 as bigint)", "true", "true", "campaign_id is null");

        final String key;
        final String recordedFilter;
        final String touchpointFilter;
        final String engagementFilter;

        Target(String key, String recordedFilter, String touchpointFilter, String engagementFilter) {
            this.key = key;
            this.recordedFilter = recordedFilter;
            this.touchpointFilter = touchpointFilter;
            this.engagementFilter = engagementFilter;
        }

        boolean byIds() {
            return this != WORKSPACE;
        }
    }

    /** The key of the one row of {@link Target#WORKSPACE}. */
    public static final long WORKSPACE_KEY = 0L;

    /** One keyword's clicks and exact value in the reporting currency. */
    public record KeywordRow(String keyword, long clicks, long unpricedClicks, BigDecimal value) {
    }

    /** One media type's impressions and exact value in the reporting currency. */
    public record MediaRow(long impressions, long unvaluedImpressions, BigDecimal value) {
        static final MediaRow NONE = new MediaRow(0, 0, BigDecimal.ZERO);
    }

    @Inject
    EntityManager em;

    /**
     * Per key and keyword: Σ clicks, the clicks without a CPC in force on their day, Σ clicks × CPC converted at each
     * day's rate. Prices of a keyword never overlap, so at most one is in force on a day.
     */
    public Map<Long, List<KeywordRow>> clicks(WorkspacePeriod scope, Target target, Collection<Long> ids,
            OrganicClickSource source) {
        return clicks(scope, target, ids, source, null);
    }

    /** The first day of the bucket of a key returned with a {@code unit} (days since {@link #EPOCH}). */
    public static java.time.LocalDate bucketStart(long key) {
        return EPOCH.plusDays(key);
    }

    static final java.time.LocalDate EPOCH = java.time.LocalDate.of(2000, 1, 1);

    /**
     * The grouping key of the final select: the target's, or per time bucket of each day (days since EPOCH, the
     * bucket's date_trunc unit bound as :unit).
     */
    private static String key(Granularity granularity) {
        return granularity == null ? "k" : "(date_trunc(:unit, day)::date - date '2000-01-01')";
    }

    /**
     * Total earned media value (search + impressions) per time bucket of the period, exact, in the reporting
     * currency: the same two statements as the reports, grouped by the bucket of each day.
     */
    public Map<java.time.LocalDate, BigDecimal> totalByBucket(WorkspacePeriod scope, Target target,
            Collection<Long> ids, OrganicClickSource source, Granularity granularity) {
        Map<java.time.LocalDate, BigDecimal> result = new HashMap<>();
        clicks(scope, target, ids, source, granularity).forEach((k, rows) -> rows.forEach(
                r -> result.merge(bucketStart(k), r.value(), BigDecimal::add)));
        impressions(scope, target, ids, granularity).forEach((k, rows) -> rows.values().forEach(
                r -> result.merge(bucketStart(k), r.value(), BigDecimal::add)));
        return result;
    }

    /*
     * The literal media_type in ('OWNED', 'EARNED') below is the predicate of the partial indexes (V7, V10); a bound
     * parameter would keep PostgreSQL from matching them.
     */

    /** Organic clicks read from touchpoints: per key, keyword and UTC day. */
    static String clicksOfTouchpoints(Target target, Period period) {
        return """
                select %s as k, utm_term_key as keyword, cast(occurred_at at time zone 'UTC' as date) as day, count(*) as n
                from touchpoint
                where workspace_id = :ws and %s
                  and utm_term_key is not null and media_type in ('OWNED', 'EARNED') %s
                group by 1, 2, 3""".formatted(target.key, target.touchpointFilter,
                period.isAllTime() ? "" : "and occurred_at >= :startAt and occurred_at < :endAt");
    }

    /** Organic clicks as recorded: per key, keyword and day. */
    static String recordedClicks(Target target, Period period) {
        return """
                select %s as k, keyword, day, sum(clicks) as n
                from organic_clicks
                where workspace_id = :ws and %s %s
                group by 1, 2, 3""".formatted(target.key, target.recordedFilter,
                period.isAllTime() ? "" : "and day between :fromDate and :toDate");
    }

    /**
     * Per key and keyword: clicks, unpriced clicks, value; missing_rate names the first day without a rate. The
     * clicks × CPC are summed per key, keyword, currency and day first, so each sum is converted once (numeric
     * multiplication is exact: the same value as converting every row).
     */
    static String keywordValues(String clicks, String key) {
        return """
                with c as (%s),
                p as (
                  select %s as key, c.keyword, c.day, c.n, cpc.amount, cpc.currency
                  from c
                  left join lateral (
                    select kc.amount, kc.currency from keyword_cpc kc
                    where kc.workspace_id = :ws and kc.keyword = c.keyword and kc.valid_from <= c.day
                      and (kc.valid_to is null or kc.valid_to >= c.day)
                    order by kc.valid_from desc
                    limit 1) cpc on true
                  where c.keyword <> ''),
                g as (
                  select key, keyword, currency, day, sum(n) as n, sum(n * amount) as amount
                  from p
                  group by key, keyword, currency, day),
                %s
                select key, keyword, sum(n) as clicks,
                  coalesce(sum(n) filter (where amount is null), 0) as unpriced_clicks,
                  %s
                from x
                group by key, keyword
                """.formatted(clicks, key, CONVERTED, VALUE_AND_MISSING_RATE);
    }

    /** Each sum of g (per currency and day) converted into the reporting currency at that day's rate. */
    private static final String CONVERTED =
            "x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.day) as converted from g)";

    /** The converted sums' total, and the first "currency|day" of a valued sum without a rate. */
    private static final String VALUE_AND_MISSING_RATE = """
            coalesce(sum(converted), 0) as value,
              min(case when amount is not null and converted is null then currency || '|' || day end) as missing_rate""";

    private record KeyedKeywordRow(long key, KeywordRow row, String missingRate) {
        static KeyedKeywordRow of(Tuple row) {
            return new KeyedKeywordRow(longValue(row, "key"), new KeywordRow(text(row, "keyword"),
                    longOrZero(row, "clicks"), longOrZero(row, "unpriced_clicks"), decimal(row, "value")),
                    text(row, "missing_rate"));
        }
    }

    private Map<Long, List<KeywordRow>> clicks(WorkspacePeriod scope, Target target, Collection<Long> ids,
            OrganicClickSource source, Granularity granularity) {
        Map<Long, List<KeywordRow>> result = new HashMap<>();
        if (target.byIds() && ids.isEmpty()) {
            return result;
        }
        Period period = scope.period();
        String clicks = source == OrganicClickSource.TOUCHPOINTS ? clicksOfTouchpoints(target, period)
                : recordedClicks(target, period);
        Query query = bind(em.createNativeQuery(keywordValues(clicks, key(granularity)), Tuple.class), scope, target,
                ids, granularity);
        if (!period.isAllTime() && source == OrganicClickSource.TOUCHPOINTS) {
            query.setParameter("startAt", period.startInstant()).setParameter("endAt", period.endInstant());
        } else if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        for (Tuple tuple : SqlRows.tuples(query)) {
            KeyedKeywordRow row = KeyedKeywordRow.of(tuple);
            failOnMissingRate(row.missingRate(), scope.reportingCurrency());
            result.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.row());
        }
        return result;
    }

    /**
     * Per key and media type (OWNED, EARNED): Σ impressions, those without a CPM, Σ impressions × CPM / 1000 converted
     * at each day's rate. A channel's CPM overrides the workspace-wide one of the same media type.
     */
    public Map<Long, Map<MediaType, MediaRow>> impressions(WorkspacePeriod scope, Target target,
            Collection<Long> ids) {
        return impressions(scope, target, ids, null);
    }

    /**
     * Per key and media type: impressions, unvalued impressions, value; × 0.001 rather than / 1000: numeric
     * multiplication is exact, division rounds to a scale. The values are summed per key, media type, currency and
     * day (over channels) first, so each sum is converted once.
     */
    static String impressionValues(Target target, Period period, String key) {
        return """
                with i as (
                  select %s as k, channel_id, media_type, day, sum(impressions) as n
                  from engagement_day
                  where workspace_id = :ws and %s and media_type in ('OWNED', 'EARNED') %s
                  group by 1, 2, 3, 4),
                v as (
                  select %s as key, i.media_type, i.day, i.n, m.amount, m.currency
                  from i
                  left join lateral (
                    select e.amount, e.currency from earned_media_cpm e
                    where e.workspace_id = :ws and e.media_type = i.media_type
                      and (e.channel_id = i.channel_id or e.channel_id is null)
                    order by e.channel_id nulls last
                    limit 1) m on true),
                g as (
                  select key, media_type, currency, day, sum(n) as n, sum(n * amount * 0.001) as amount
                  from v
                  group by key, media_type, currency, day),
                %s
                select key, media_type, sum(n) as impressions,
                  coalesce(sum(n) filter (where amount is null), 0) as unvalued_impressions,
                  %s
                from x
                group by key, media_type
                """.formatted(target.key, target.engagementFilter,
                period.isAllTime() ? "" : "and day between :fromDate and :toDate", key, CONVERTED,
                VALUE_AND_MISSING_RATE);
    }

    private record KeyedMediaRow(long key, MediaType mediaType, MediaRow row, String missingRate) {
        static KeyedMediaRow of(Tuple row) {
            return new KeyedMediaRow(longValue(row, "key"), enumValue(row, "media_type", MediaType.class),
                    new MediaRow(longOrZero(row, "impressions"), longOrZero(row, "unvalued_impressions"),
                            decimal(row, "value")),
                    text(row, "missing_rate"));
        }
    }

    private Map<Long, Map<MediaType, MediaRow>> impressions(WorkspacePeriod scope, Target target,
            Collection<Long> ids, Granularity granularity) {
        Map<Long, Map<MediaType, MediaRow>> result = new HashMap<>();
        if (target.byIds() && ids.isEmpty()) {
            return result;
        }
        Period period = scope.period();
        Query query = bind(em.createNativeQuery(impressionValues(target, period, key(granularity)), Tuple.class), scope,
                target, ids, granularity);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        for (Tuple tuple : SqlRows.tuples(query)) {
            KeyedMediaRow row = KeyedMediaRow.of(tuple);
            failOnMissingRate(row.missingRate(), scope.reportingCurrency());
            result.computeIfAbsent(row.key(), k -> new EnumMap<>(MediaType.class)).put(row.mediaType(), row.row());
        }
        return result;
    }

    private static Query bind(Query query, WorkspacePeriod scope, Target target, Collection<Long> ids,
            Granularity granularity) {
        query.setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency());
        if (target.byIds()) {
            query.setParameter("ids", ids);
        }
        if (granularity != null) {
            query.setParameter("unit", granularity.dateTruncUnit());
        }
        return query;
    }

    private static void failOnMissingRate(String missing, String reportingCurrency) {
        MissingExchangeRateException.failIfAny(missing, reportingCurrency);
    }
}
