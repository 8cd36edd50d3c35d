package io.socialroi.cost;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.ReportCache;
import io.socialroi.reporting.WorkspacePeriod;

/**
 * The cost statements every report reads (ROI, engagement's cost ratios, time series): one statement per figure
 * for any number of campaigns or channels, through the report cache. Amounts are converted into the reporting
 * currency by {@code fx_convert} at the rate in force on their day, after summing per currency and day; each
 * statement also returns the first amount that had no rate, so that a missing rate is an error naming the pair
 * and the date instead of a silently smaller total.
 */
@ApplicationScoped
public class CostQueries {

    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;

    /** One sum of converted costs: per key (campaign, channel or workspace) and category. */
    private record CostRow(long key, CostCategory category, BigDecimal amount, String missingRate) {
        static CostRow of(Tuple row) {
            return new CostRow(longValue(row, "k"), CostCategory.valueOf(text(row, "category")),
                    decimal(row, "amount"), text(row, "missing_rate"));
        }
    }

    /**
     * The channel a cost entry belongs to: the one it was recorded on, else its campaign's when the campaign runs on
     * exactly one channel; null (unallocated) otherwise. So a campaign's channel-less costs (labor, tools) show in
     * the channel report instead of vanishing from it, and channel costs plus unallocated cost are the total.
     */
    static final String CHANNEL_OF_COST = "coalesce(channel_id, sc.single_channel_id)";

    /**
     * The cost entries with their campaign's only channel (sc.single_channel_id, for {@link #CHANNEL_OF_COST}): one
     * hash join with the workspace's single-channel campaigns, not a look-up per entry (imports write 100,000s).
     */
    static final String COSTS_WITH_SINGLE_CHANNEL = """
            cost_entry
                  left join (select cc.campaign_id as single_of, min(cc.channel_id) as single_channel_id
                             from campaign_channel cc where cc.workspace_id = :ws
                             group by cc.campaign_id having count(*) = 1) sc on sc.single_of = cost_entry.campaign_id""";

    /** What the cost statement groups by, and which entries it reads. */
    private enum CostKey {
        CAMPAIGN("campaign_id", "campaign_id in (:ids)"),
        CHANNEL(CHANNEL_OF_COST, CHANNEL_OF_COST + " is not null"),
        UNALLOCATED("workspace_id", CHANNEL_OF_COST + " is null"),
        POST("post_id", "post_id in (:ids)"),
        WORKSPACE("workspace_id", "true");

        final String column;
        final String filter;

        CostKey(String column, String filter) {
            this.column = column;
            this.filter = filter;
        }
    }

    /** Cost entries of the period's days (none: all time). */
    private static final String COST_IN_PERIOD = "and incurred_on between :fromDate and :toDate";

    /**
     * Cost per key and category. Amounts are summed per currency and day first, so each rate is looked up
     * once per day; missing_rate is the first "currency|date" without a rate.
     */
    static String costs(CostKey key, Period period) {
        return """
                with g as (
                  select %s as k, category, currency, incurred_on, sum(amount) as amount
                  from %s
                  where workspace_id = :ws and %s %s
                  group by 1, 2, 3, 4),
                x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)
                select k, category, sum(converted) as amount,
                  min(case when converted is null then currency || '|' || incurred_on end) as missing_rate
                from x
                group by k, category
                """.formatted(key.column, COSTS_WITH_SINGLE_CHANNEL, key.filter, period.isAllTime() ? "" : COST_IN_PERIOD);
    }

    /** Cost per campaign and category, for the given campaigns. */
    public Map<Long, Map<CostCategory, BigDecimal>> byCampaign(WorkspacePeriod scope, Collection<Long> campaignIds) {
        return costs(scope, CostKey.CAMPAIGN, campaignIds);
    }

    /** Cost per channel ({@link #CHANNEL_OF_COST}) and category, for every channel with costs. */
    public Map<Long, Map<CostCategory, BigDecimal>> byChannel(WorkspacePeriod scope) {
        return costs(scope, CostKey.CHANNEL, null);
    }

    /**
     * The production cost of each of the given posts (the cost entries linked to them, whenever incurred), in the
     * reporting currency at the rate of the day it was incurred.
     */
    public Map<Long, BigDecimal> byPost(WorkspacePeriod scope, Collection<Long> postIds) {
        WorkspacePeriod allTime = new WorkspacePeriod(scope.workspaceId(), scope.reportingCurrency(), Period.ALL_TIME);
        Map<Long, BigDecimal> result = new HashMap<>();
        costs(allTime, CostKey.POST, postIds).forEach((post, byCategory) -> result.put(post,
                byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        return result;
    }

    /** Cost per category of the entries that belong to no channel (see {@link #CHANNEL_OF_COST}). */
    public Map<CostCategory, BigDecimal> unallocated(WorkspacePeriod scope) {
        return costs(scope, CostKey.UNALLOCATED, null).getOrDefault(scope.workspaceId(), Map.of());
    }

    /** Cost per category of the whole workspace (every entry: of a campaign, of a channel alone, or both). */
    public Map<CostCategory, BigDecimal> ofWorkspace(WorkspacePeriod scope) {
        return costs(scope, CostKey.WORKSPACE, null).getOrDefault(scope.workspaceId(), Map.of());
    }

    private Map<Long, Map<CostCategory, BigDecimal>> costs(WorkspacePeriod scope, CostKey key, Collection<Long> ids) {
        Map<Long, Map<CostCategory, BigDecimal>> result = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return result;
        }
        Query query = select(costs(key, scope.period()))
                .setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency());
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        if (!scope.period().isAllTime()) {
            query.setParameter("fromDate", scope.period().from()).setParameter("toDate", scope.period().to());
        }
        for (CostRow row : reportCache.rows(query, CostRow.class, CostRow::of)) {
            MissingExchangeRateException.failIfAny(row.missingRate(), scope.reportingCurrency());
            result.computeIfAbsent(row.key(), k -> new EnumMap<>(CostCategory.class)).put(row.category(), row.amount());
        }
        return result;
    }

    /** Cost entries of one campaign, of one channel (each optional). */
    private static final String COST_OF_CAMPAIGN = "and campaign_id = :campaignId";
    private static final String COST_OF_CHANNEL = "and " + CHANNEL_OF_COST + " = :channelId";

    /** Cost per time bucket (:unit of date_trunc) of the period, optionally of one campaign and/or channel. */
    static String byBucket(boolean ofCampaign, boolean ofChannel) {
        return """
                with g as (
                  select date_trunc(:unit, incurred_on)::date as bucket, currency, incurred_on, sum(amount) as amount
                  from %s
                  where workspace_id = :ws and incurred_on between :fromDate and :toDate %s %s
                  group by 1, 2, 3),
                x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)
                select bucket, sum(converted) as amount,
                  min(case when converted is null then currency || '|' || incurred_on end) as missing_rate
                from x
                group by bucket
                """.formatted(COSTS_WITH_SINGLE_CHANNEL, ofCampaign ? COST_OF_CAMPAIGN : "",
                        ofChannel ? COST_OF_CHANNEL : "");
    }

    private record BucketCost(LocalDate bucket, BigDecimal amount, String missingRate) {
        static BucketCost of(Tuple row) {
            return new BucketCost(date(row, "bucket"), decimal(row, "amount"), text(row, "missing_rate"));
        }
    }

    /** Cost per time bucket (bucket start date), optionally of one campaign and/or channel. */
    public Map<LocalDate, BigDecimal> byBucket(WorkspacePeriod scope, Granularity granularity, Long campaignId,
            Long channelId) {
        Query query = select(byBucket(campaignId != null, channelId != null))
                .setParameter("unit", granularity.dateTruncUnit())
                .setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency())
                .setParameter("fromDate", scope.period().from()).setParameter("toDate", scope.period().to());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, BigDecimal> result = new HashMap<>();
        for (BucketCost row : reportCache.rows(query, BucketCost.class, BucketCost::of)) {
            MissingExchangeRateException.failIfAny(row.missingRate(), scope.reportingCurrency());
            result.put(row.bucket(), row.amount());
        }
        return result;
    }

    /**
     * Cost per day, channel ({@link #CHANNEL_OF_COST}) and campaign of the period: the leaves every scope's daily
     * cost series adds up (the workspace all of them, a channel or campaign its own), converted per currency and
     * day and leaf as {@link #byBucket} converts per currency and day.
     */
    static final String BY_DAY_CHANNEL_AND_CAMPAIGN = """
            with g as (
              select incurred_on as day, %s as channel_id, campaign_id, currency, sum(amount) as amount
              from %s
              where workspace_id = :ws and incurred_on between :fromDate and :toDate
              group by 1, 2, 3, 4),
            x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.day) as converted from g)
            select day, channel_id, campaign_id, sum(converted) as amount,
              min(case when converted is null then currency || '|' || day end) as missing_rate
            from x
            group by 1, 2, 3
            """.formatted(CHANNEL_OF_COST, COSTS_WITH_SINGLE_CHANNEL);

    /** A day's cost of one channel (null: unallocated) and campaign (null: none), in the reporting currency. */
    public record DayCost(LocalDate day, Long channelId, Long campaignId, BigDecimal amount) {
    }

    private record DayCostRow(DayCost cost, String missingRate) {
        static DayCostRow of(Tuple row) {
            return new DayCostRow(new DayCost(date(row, "day"), nullableLong(row, "channel_id"),
                    nullableLong(row, "campaign_id"), decimal(row, "amount")), text(row, "missing_rate"));
        }
    }

    /** The period's cost per day, channel and campaign, in one statement; fails on the first missing rate. */
    public List<DayCost> byDayChannelAndCampaign(WorkspacePeriod scope) {
        Query query = select(BY_DAY_CHANNEL_AND_CAMPAIGN)
                .setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency())
                .setParameter("fromDate", scope.period().from()).setParameter("toDate", scope.period().to());
        List<DayCostRow> rows = reportCache.rows(query, DayCostRow.class, DayCostRow::of);
        MissingExchangeRateException.failIfAny(rows.stream().map(DayCostRow::missingRate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null), scope.reportingCurrency());
        return rows.stream().map(DayCostRow::cost).toList();
    }

    /** A native statement whose rows are read by column alias. */
    private Query select(String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }
}
