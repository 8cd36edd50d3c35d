package io.socialroi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.socialroi.attribution.AttributionSettings;
import io.socialroi.cost.CostCategory;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.tracking.ConversionType;

/**
 * The report statements. Aggregation and attribution run in PostgreSQL: one statement per figure
 * for any number of campaigns or channels, never a row per touchpoint loaded into Java. Amounts are
 * converted into the reporting currency by {@code fx_convert} at the rate in force on their date;
 * each statement also returns the first amount that had no rate, so that a missing rate is an error
 * naming the pair and the date instead of a silently smaller total.
 */
@ApplicationScoped
public class ReportQueries {

    @Inject
    EntityManager em;

    public record ReportScope(long workspaceId, String reportingCurrency, Period period, AttributionSettings attribution,
            List<ConversionType> conversionTypes) {
    }

    public record Credits(BigDecimal revenue, BigDecimal conversions) {
        static final Credits NONE = new Credits(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public record Summary(long conversions, BigDecimal revenue, long unattributedConversions,
            BigDecimal unattributedRevenue, long withoutChannelConversions, BigDecimal withoutChannelRevenue) {
    }

    // ---- costs ------------------------------------------------------------------------------

    /** Cost per campaign and category, for the given campaigns. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByCampaign(ReportScope scope, Collection<Long> campaignIds) {
        return costs(scope, "campaign_id", "campaign_id in (:ids)", campaignIds);
    }

    /** Cost per channel and category, for every channel with costs. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByChannel(ReportScope scope) {
        return costs(scope, "channel_id", "channel_id is not null", null);
    }

    private Map<Long, Map<CostCategory, BigDecimal>> costs(ReportScope scope, String key, String filter,
            Collection<Long> ids) {
        Map<Long, Map<CostCategory, BigDecimal>> result = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return result;
        }
        // Amounts are summed per currency and day first, so each rate is looked up once per day.
        String sql = "with g as (select " + key + " as k, category, currency, incurred_on, sum(amount) as amount"
                + " from cost_entry where workspace_id = :ws and " + filter
                + (scope.period().isAllTime() ? "" : " and incurred_on between :fromDate and :toDate")
                + " group by 1, 2, 3, 4),"
                + " x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)"
                + " select k, category, sum(converted),"
                + " min(case when converted is null then currency || '|' || incurred_on end)"
                + " from x group by k, category";
        Query query = em.createNativeQuery(sql)
                .setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency());
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        if (!scope.period().isAllTime()) {
            query.setParameter("fromDate", scope.period().from()).setParameter("toDate", scope.period().to());
        }
        for (Object[] row : rows(query)) {
            failOnMissingRate((String) row[3], scope);
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(CostCategory.class))
                    .put(CostCategory.valueOf((String) row[1]), (BigDecimal) row[2]);
        }
        return result;
    }

    // ---- attribution ------------------------------------------------------------------------

    /**
     * Attributed revenue and credited conversions per campaign, for the given campaigns. With
     * {@code countsOnly} a missing exchange rate is no error: the revenue is then not meant to be read.
     */
    public Map<Long, Credits> creditsByCampaign(ReportScope scope, Collection<Long> campaignIds, boolean countsOnly) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return credits(scope, "campaign_id", "campaign_id in (:ids)", campaignIds, countsOnly);
    }

    /** Attributed revenue and credited conversions per channel, for every credited channel. */
    public Map<Long, Credits> creditsByChannel(ReportScope scope) {
        return credits(scope, "channel_id", "channel_id is not null", null, false);
    }

    private Map<Long, Credits> credits(ReportScope scope, String key, String filter, Collection<Long> ids,
            boolean countsOnly) {
        String sql = "with " + counted(scope) + ", " + lastTouchCredit()
                + " select " + key + ", sum(revenue), sum(1::numeric),"
                + " min(case when has_revenue and revenue is null then revenue_currency || '|' || on_date end)"
                + " from credit where " + filter + " group by " + key;
        Query query = bind(em.createNativeQuery(sql), scope);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        Map<Long, Credits> result = new HashMap<>();
        for (Object[] row : rows(query)) {
            if (!countsOnly) {
                failOnMissingRate((String) row[3], scope);
            }
            result.put(((Number) row[0]).longValue(),
                    new Credits(row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1], (BigDecimal) row[2]));
        }
        return result;
    }

    /** Per channel: conversions whose path has the channel at a position other than the last touch. */
    public Map<Long, Long> assistedByChannel(ReportScope scope) {
        String sql = "with " + counted(scope) + ","
                + " path as (select k.id as conversion_id, t.channel_id,"
                + "   row_number() over (partition by k.id order by t.occurred_at desc, t.id desc) as from_last"
                + "   from counted k join touchpoint t on " + inWindow("k", "t") + ")"
                + " select channel_id, count(distinct conversion_id) from path where from_last > 1 group by channel_id";
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : rows(bind(em.createNativeQuery(sql), scope))) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return result;
    }

    public Summary summary(ReportScope scope) {
        String sql = "with " + counted(scope) + ", " + lastTouchCredit()
                + " select count(*), coalesce(sum(revenue), 0),"
                + " count(*) filter (where channel_id is null and campaign_id is null),"
                + " coalesce(sum(revenue) filter (where channel_id is null and campaign_id is null), 0),"
                + " count(*) filter (where channel_id is null and campaign_id is not null),"
                + " coalesce(sum(revenue) filter (where channel_id is null and campaign_id is not null), 0),"
                + " min(case when has_revenue and revenue is null then revenue_currency || '|' || on_date end)"
                + " from credit";
        Object[] row = rows(bind(em.createNativeQuery(sql), scope)).get(0);
        failOnMissingRate((String) row[6], scope);
        return new Summary(((Number) row[0]).longValue(), (BigDecimal) row[1], ((Number) row[2]).longValue(),
                (BigDecimal) row[3], ((Number) row[4]).longValue(), (BigDecimal) row[5]);
    }

    /** The conversions the report counts: in the period (UTC days) and of the asked types. */
    private static String counted(ReportScope scope) {
        return "counted as (select c.id, c.person_key, c.occurred_at, c.campaign_id, c.channel_id,"
                + " c.revenue_currency, (c.occurred_at at time zone 'UTC')::date as on_date,"
                // the value each conversion's credits divide: 10 decimals, half-even (attribution.md)
                + " round_half_even(fx_convert(:ws, c.revenue_amount, c.revenue_currency, :rc,"
                + " (c.occurred_at at time zone 'UTC')::date), 10) as revenue,"
                + " c.revenue_amount is not null as has_revenue"
                + " from conversion c where c.workspace_id = :ws"
                + (scope.period().isAllTime() ? "" : " and c.occurred_at >= :fromTs and c.occurred_at < :toTs")
                + (scope.conversionTypes() == null ? "" : scope.conversionTypes().isEmpty() ? " and false"
                        : " and c.type in (:types)")
                + ")";
    }

    /** A touchpoint {@code t} lies in the path of conversion {@code k}: same person, T − L days ≤ t ≤ T. */
    private static String inWindow(String k, String t) {
        return t + ".workspace_id = :ws and " + t + ".person_key = " + k + ".person_key"
                + " and " + t + ".occurred_at <= " + k + ".occurred_at"
                // Days of exactly 24 hours: calendar-day intervals would follow the session's time zone and DST.
                + " and " + t + ".occurred_at >= " + k + ".occurred_at - make_interval(secs => :lookback * 86400)";
    }

    /**
     * LAST_TOUCH: the whole value to the newest touchpoint of the path (ties: the highest id, since the
     * path orders equal times by id). An empty path falls back to the conversion's recorded source;
     * with none, campaign and channel are null: unattributed.
     */
    private static String lastTouchCredit() {
        return "credit as (select k.id as conversion_id, k.revenue, k.has_revenue, k.revenue_currency, k.on_date,"
                + " case when lt.id is null then k.channel_id else lt.channel_id end as channel_id,"
                + " case when lt.id is null then k.campaign_id else lt.campaign_id end as campaign_id"
                + " from counted k left join lateral (select t.id, t.channel_id, t.campaign_id from touchpoint t"
                + "   where " + inWindow("k", "t") + " order by t.occurred_at desc, t.id desc limit 1) lt on true)";
    }

    private static Query bind(Query query, ReportScope scope) {
        query.setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency())
                .setParameter("lookback", scope.attribution().lookbackDays());
        if (!scope.period().isAllTime()) {
            query.setParameter("fromTs", scope.period().startInstant()).setParameter("toTs", scope.period().endInstant());
        }
        if (scope.conversionTypes() != null && !scope.conversionTypes().isEmpty()) {
            query.setParameter("types", scope.conversionTypes().stream().map(Enum::name).toList());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static void failOnMissingRate(String missing, ReportScope scope) {
        if (missing != null) {
            String[] parts = missing.split("\\|");
            throw new MissingExchangeRateException(parts[0], scope.reportingCurrency(), LocalDate.parse(parts[1]));
        }
    }
}
