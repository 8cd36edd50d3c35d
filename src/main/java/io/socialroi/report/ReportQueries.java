package io.socialroi.report;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.decimalOrZero;
import static io.socialroi.common.SqlRows.enumValue;
import static io.socialroi.common.SqlRows.intValue;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.attribution.AttributionQueries;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.ReportScope;
import io.socialroi.cost.CostCategory;
import io.socialroi.cost.CostQueries;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.ReportCache;
import io.socialroi.tracking.MediaType;

/**
 * The statements of the cross-feature reports: credits per campaign, channel, media type and bucket, and the
 * summary, over the conversions attribution counts (attribution/AttributionSql.counted and the model's credit CTEs);
 * costs come from cost/CostQueries. Aggregation and attribution run in PostgreSQL: one statement per figure for any
 * number of campaigns or channels, never a row per touchpoint loaded into Java. Revenue is converted into the
 * reporting currency at the rate in force on its day; each statement also returns the first amount that had no
 * rate, so that a missing rate is an error naming the pair and the date instead of a silently smaller total.
 */
@ApplicationScoped
public class ReportQueries {

    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;
    @Inject
    CostQueries costs;
    @Inject
    AttributionQueries attribution;

    public record Credits(BigDecimal revenue, BigDecimal conversions) {
        static final Credits NONE = new Credits(BigDecimal.ZERO, BigDecimal.ZERO);

        /** The columns revenue (0 when no conversion had any) and conversions of a credit statement's row. */
        static Credits of(Tuple row) {
            return new Credits(decimalOrZero(row, "revenue"), decimal(row, "conversions"));
        }
    }

    public record Summary(long conversions, BigDecimal revenue, long unattributedConversions,
            BigDecimal unattributedRevenue, long withoutChannelConversions, BigDecimal withoutChannelRevenue) {
    }

    // ---- costs: cost/CostQueries on the scope's workspace and period ---------------------------

    /** Cost per campaign and category, for the given campaigns. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByCampaign(ReportScope scope, Collection<Long> campaignIds) {
        return costs.byCampaign(scope.workspacePeriod(), campaignIds);
    }

    /** Cost per channel and category, for every channel with costs. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByChannel(ReportScope scope) {
        return costs.byChannel(scope.workspacePeriod());
    }

    /** Cost per category of the whole workspace. */
    public Map<CostCategory, BigDecimal> costsOfWorkspace(ReportScope scope) {
        return costs.ofWorkspace(scope.workspacePeriod());
    }

    /** Cost per category of the entries that belong to no channel (cost/CostQueries.CHANNEL_OF_COST). */
    public Map<CostCategory, BigDecimal> unallocatedCosts(ReportScope scope) {
        return costs.unallocated(scope.workspacePeriod());
    }

    /** Cost per time bucket (bucket start date), optionally of one campaign and/or channel. */
    public Map<LocalDate, BigDecimal> costsByBucket(ReportScope scope, Granularity granularity, Long campaignId,
            Long channelId) {
        return costs.byBucket(scope.workspacePeriod(), granularity, campaignId, channelId);
    }

    // ---- attribution ------------------------------------------------------------------------

    /** Credits of one campaign. */
    private record CampaignCredits(long campaignId, Credits credits, String missingRate) {
        static CampaignCredits of(Tuple row) {
            return new CampaignCredits(longValue(row, "campaign_id"), Credits.of(row), text(row, "missing_rate"));
        }
    }

    static String creditsByCampaign(String counted, String creditCtes) {
        return """
                with %s, %s
                select campaign_id, sum(revenue_credit) as revenue, sum(count_credit) as conversions,
                  min(missing_rate) as missing_rate
                from credit
                where campaign_id is not null
                group by campaign_id
                """.formatted(counted, creditCtes);
    }

    /**
     * Attributed revenue and credited conversions per campaign, for the given campaigns. With
     * {@code countsOnly} a missing exchange rate is no error: the revenue is then not meant to be read.
     */
    public Map<Long, Credits> creditsByCampaign(ReportScope scope, Collection<Long> campaignIds, boolean countsOnly) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        // computed for every campaign, so that every page of campaigns shares one cached result
        Map<Long, Credits> result = new HashMap<>();
        List<CampaignCredits> rows = sums(scope, ReportQueries::creditsByCampaign, query -> query,
                CampaignCredits.class, CampaignCredits::of, CampaignCredits::missingRate).stream()
                .filter(row -> campaignIds.contains(row.campaignId())).toList();
        if (!countsOnly) {
            failOnMissingRate(rows, CampaignCredits::missingRate, scope);
        }
        for (CampaignCredits row : rows) {
            result.put(row.campaignId(), row.credits());
        }
        return result;
    }

    public record ChannelAndCampaignCredits(Map<Long, Credits> byChannel, Map<Long, Credits> byCampaign) {
    }

    /** A row of the grouping sets: a channel's credits, or (campaignRow) a campaign's; the key may be null. */
    private record ChannelOrCampaignCredits(boolean campaignRow, Long channelId, Long campaignId, Credits credits,
            String missingRate) {
        static ChannelOrCampaignCredits of(Tuple row) {
            return new ChannelOrCampaignCredits(intValue(row, "channel_aggregated") == 1,
                    nullableLong(row, "channel_id"), nullableLong(row, "campaign_id"), Credits.of(row),
                    text(row, "missing_rate"));
        }

        Long key() {
            return campaignRow ? campaignId : channelId;
        }
    }

    static String creditsByChannelAndCampaign(String counted, String creditCtes) {
        return """
                with %s, %s
                select grouping(channel_id) as channel_aggregated, channel_id, campaign_id,
                  sum(revenue_credit) as revenue, sum(count_credit) as conversions, min(missing_rate) as missing_rate
                from credit
                group by grouping sets ((channel_id), (campaign_id))
                """.formatted(counted, creditCtes);
    }

    /** Credits per channel and per campaign in one statement (grouping sets), for model comparisons. */
    public ChannelAndCampaignCredits creditsByChannelAndCampaign(ReportScope scope) {
        Map<Long, Credits> channels = new HashMap<>();
        Map<Long, Credits> campaigns = new HashMap<>();
        List<ChannelOrCampaignCredits> rows = sums(scope, ReportQueries::creditsByChannelAndCampaign, query -> query,
                ChannelOrCampaignCredits.class, ChannelOrCampaignCredits::of, ChannelOrCampaignCredits::missingRate);
        failOnMissingRate(rows, ChannelOrCampaignCredits::missingRate, scope);
        for (ChannelOrCampaignCredits row : rows) {
            if (row.key() != null) {
                (row.campaignRow() ? campaigns : channels).put(row.key(), row.credits());
            }
        }
        return new ChannelAndCampaignCredits(channels, campaigns);
    }

    /** Credited conversions of one campaign, of one channel (each optional). */
    private static final String CREDIT_OF_CAMPAIGN = "and campaign_id = :campaignId";
    private static final String CREDIT_OF_CHANNEL = "and channel_id = :channelId";

    static String creditsByBucket(String counted, String creditCtes, boolean ofCampaign, boolean ofChannel) {
        return """
                with %s, %s
                select date_trunc(:unit, on_date)::date as bucket, sum(revenue_credit) as revenue,
                  sum(count_credit) as conversions, min(missing_rate) as missing_rate
                from credit
                where true %s %s
                group by 1
                """.formatted(counted, creditCtes, ofCampaign ? CREDIT_OF_CAMPAIGN : "", ofChannel ? CREDIT_OF_CHANNEL : "");
    }

    private record BucketCredits(LocalDate bucket, Credits credits, String missingRate) {
        static BucketCredits of(Tuple row) {
            return new BucketCredits(date(row, "bucket"), Credits.of(row), text(row, "missing_rate"));
        }
    }

    /** Credits per time bucket of the conversions' UTC day, optionally of one campaign and/or channel. */
    public Map<LocalDate, Credits> creditsByBucket(ReportScope scope, Granularity granularity, Long campaignId,
            Long channelId, boolean countsOnly) {
        UnaryOperator<Query> parameters = query -> {
            query.setParameter("unit", granularity.dateTruncUnit());
            if (campaignId != null) {
                query.setParameter("campaignId", campaignId);
            }
            if (channelId != null) {
                query.setParameter("channelId", channelId);
            }
            return query;
        };
        Map<LocalDate, Credits> result = new HashMap<>();
        List<BucketCredits> rows = sums(scope, (counted, credit) -> creditsByBucket(counted, credit,
                campaignId != null, channelId != null), parameters, BucketCredits.class, BucketCredits::of,
                BucketCredits::missingRate);
        if (!countsOnly) {
            failOnMissingRate(rows, BucketCredits::missingRate, scope);
        }
        for (BucketCredits row : rows) {
            result.put(row.bucket(), row.credits());
        }
        return result;
    }

    static String creditsByDayChannelAndCampaign(String counted, String creditCtes) {
        return """
                with %s, %s
                select on_date as day, channel_id, campaign_id, sum(revenue_credit) as revenue,
                  sum(count_credit) as conversions, min(missing_rate) as missing_rate
                from credit
                group by 1, 2, 3
                """.formatted(counted, creditCtes);
    }

    /** A day's credits of one channel (null: none) and campaign (null: none). */
    public record DayCredits(LocalDate day, Long channelId, Long campaignId, Credits credits) {
    }

    private record DayCreditsRow(DayCredits credits, String missingRate) {
        static DayCreditsRow of(Tuple row) {
            return new DayCreditsRow(new DayCredits(date(row, "day"), nullableLong(row, "channel_id"),
                    nullableLong(row, "campaign_id"), Credits.of(row)), text(row, "missing_rate"));
        }
    }

    /**
     * Credits per conversion day, channel and campaign in one statement: the leaves each scope's daily revenue and
     * conversion series adds up ({@link #creditsByBucket} filtered to a channel or campaign sums the same rows).
     * Fails on the first missing rate.
     */
    public List<DayCredits> creditsByDayChannelAndCampaign(ReportScope scope) {
        List<DayCreditsRow> rows = sums(scope, ReportQueries::creditsByDayChannelAndCampaign, query -> query,
                DayCreditsRow.class, DayCreditsRow::of, DayCreditsRow::missingRate);
        failOnMissingRate(rows, DayCreditsRow::missingRate, scope);
        return rows.stream().map(DayCreditsRow::credits).toList();
    }

    /** Cost per day, channel and campaign (cost/CostQueries.byDayChannelAndCampaign). */
    public List<CostQueries.DayCost> costsByDayChannelAndCampaign(ReportScope scope) {
        return costs.byDayChannelAndCampaign(scope.workspacePeriod());
    }

    /** Credits and assisted conversions per channel and media type, with each channel's totals. */
    public record ChannelFigures(Map<MediaType, Credits> byMediaType, Map<MediaType, Long> assistedByMediaType,
            long assisted) {
    }

    /** A channel's figures of one media type (null: a recorded source without touchpoints), or its totals. */
    private record ChannelMediaTypeRow(boolean channelTotal, long channelId, MediaType mediaType, Credits credits,
            long assisted, String missingRate) {
        static ChannelMediaTypeRow of(Tuple row) {
            return new ChannelMediaTypeRow(intValue(row, "media_type_aggregated") == 1, longValue(row, "channel_id"),
                    enumValue(row, "media_type", MediaType.class), Credits.of(row), longValue(row, "assisted"),
                    text(row, "missing_rate"));
        }
    }

    static String channelFigures(String counted, String creditCtes) {
        return """
                with %s, %s
                select grouping(media_type) as media_type_aggregated, channel_id, media_type,
                  sum(revenue_credit) as revenue, sum(count_credit) as conversions,
                  count(distinct conversion_id) filter (where pos < n) as assisted, min(missing_rate) as missing_rate
                from credit
                where channel_id is not null
                group by grouping sets ((channel_id, media_type), (channel_id))
                """.formatted(counted, creditCtes);
    }

    /**
     * {@link #channelFigures(String, String)} from the daily totals of the stored credits: grain 2 per channel and
     * media type, grain 3 per channel (whose assists count each conversion once).
     */
    static String storedChannelFigures(String dayFilter) {
        return """
                select (d.grain = 3)::int as media_type_aggregated, d.channel_id, d.media_type,
                  sum(d.revenue_credit) as revenue, sum(d.count_credit) as conversions, sum(d.assisted) as assisted,
                  case when sum(d.missing_rates) > 0 then '%s' end as missing_rate
                from attribution_credit_day d
                where d.workspace_id = :ws and d.grain in (2, 3) and d.channel_id is not null %s
                group by d.grain, d.channel_id, d.media_type
                """.formatted(AttributionSql.MISSING_RATE_MARK, dayFilter);
    }

    /**
     * Credits per channel and media type (null: a recorded source without touchpoints) and the conversions
     * each channel assisted (in the path at a position other than the last; independent of the model), in
     * one statement: the path is built once.
     */
    public Map<Long, ChannelFigures> channelFigures(ReportScope scope) {
        List<ChannelMediaTypeRow> rows = fromTotalsFirst(scope,
                () -> rows(AttributionQueries.bind(select(storedChannelFigures(AttributionSql.dayFilter(scope))), scope),
                        ChannelMediaTypeRow.class, ChannelMediaTypeRow::of),
                () -> rows(creditStatement(scope, ReportQueries::channelFigures), ChannelMediaTypeRow.class,
                        ChannelMediaTypeRow::of),
                ChannelMediaTypeRow::missingRate);
        Map<Long, Map<MediaType, Credits>> credits = new HashMap<>();
        Map<Long, Map<MediaType, Long>> assists = new HashMap<>();
        Map<Long, Long> channelAssists = new HashMap<>();
        failOnMissingRate(rows, ChannelMediaTypeRow::missingRate, scope);
        for (ChannelMediaTypeRow row : rows) {
            if (row.channelTotal()) {
                channelAssists.put(row.channelId(), row.assisted());
                continue;
            }
            credits.computeIfAbsent(row.channelId(), k -> new HashMap<>()).put(row.mediaType(), row.credits());
            assists.computeIfAbsent(row.channelId(), k -> new HashMap<>()).put(row.mediaType(), row.assisted());
        }
        Map<Long, ChannelFigures> result = new HashMap<>();
        channelAssists.forEach((channel, assisted) -> result.put(channel, new ChannelFigures(credits.get(channel),
                assists.get(channel), assisted)));
        return result;
    }

    private record SummaryRow(Summary summary, String missingRate) {
        static SummaryRow of(Tuple row) {
            return new SummaryRow(new Summary(longValue(row, "conversions"), decimal(row, "revenue"),
                    longValue(row, "unattributed_conversions"), decimal(row, "unattributed_revenue"),
                    longValue(row, "without_channel_conversions"), decimal(row, "without_channel_revenue")),
                    text(row, "missing_rate"));
        }
    }

    static String summary(String counted, String creditCtes) {
        return """
                with %s, %s
                select
                  (select count(*) from counted) as conversions,
                  (select coalesce(sum(revenue), 0) from counted) as revenue,
                  (select count(*) from counted k
                    where not exists (select 1 from touches t where t.conversion_id = k.id)) as unattributed_conversions,
                  (select coalesce(sum(revenue), 0) from counted k
                    where not exists (select 1 from touches t where t.conversion_id = k.id)) as unattributed_revenue,
                  (select count(*) from credit where channel_id is null) as without_channel_conversions,
                  (select coalesce(sum(revenue_credit), 0) from credit where channel_id is null) as without_channel_revenue,
                  (select min(missing_rate) from counted) as missing_rate
                """.formatted(counted, creditCtes);
    }

    public Summary summary(ReportScope scope) {
        Query query = creditStatement(scope, ReportQueries::summary);
        SummaryRow row = rows(query, SummaryRow.class, SummaryRow::of).get(0);
        failOnMissingRate(row.missingRate(), scope);
        return row.summary();
    }

    /**
     * A statement over the scope's credits: {@code statement} gets the counted CTE and the credit CTEs of the scope's
     * model (attribution/AttributionSql, AttributionQueries), and the scope's parameters are bound.
     */
    private Query creditStatement(ReportScope scope, BinaryOperator<String> statement) {
        return AttributionQueries.bind(select(statement.apply(AttributionSql.counted(scope), attribution.creditCtes(scope))),
                scope);
    }

    /**
     * The rows of a statement that only sums credits. Under the stored credits it sums their daily totals
     * (AttributionSql.storedCreditDayCtes); when a total holds a credit without an exchange rate, or on demand, it
     * reads the credits themselves, which name the missing rate.
     */
    private <R> List<R> sums(ReportScope scope, BinaryOperator<String> statement, UnaryOperator<Query> parameters,
            Class<R> rowType, Function<Tuple, R> row, Function<R, String> missingRate) {
        return fromTotalsFirst(scope,
                () -> rows(parameters.apply(AttributionQueries.bind(select(statement.apply(
                        AttributionSql.counted(scope), AttributionSql.storedCreditDayCtes(scope))), scope)), rowType, row),
                () -> rows(parameters.apply(sumStatement(scope, statement)), rowType, row), missingRate);
    }

    /**
     * Under the stored credits, the rows from their daily totals, unless one meets a missing exchange rate (the totals
     * only count those); then, and on demand, the rows from the credits, which name the rate.
     */
    private static <R> List<R> fromTotalsFirst(ReportScope scope, Supplier<List<R>> fromTotals,
            Supplier<List<R>> fromCredits, Function<R, String> missingRate) {
        if (scope.storedCredits()) {
            List<R> rows = fromTotals.get();
            if (rows.stream().allMatch(r -> missingRate.apply(r) == null)) {
                return rows;
            }
        }
        return fromCredits.get();
    }

    /** {@link #creditStatement} for a statement that only sums credits (AttributionQueries.creditedCtes). */
    private Query sumStatement(ReportScope scope, BinaryOperator<String> statement) {
        return AttributionQueries.bind(select(statement.apply(AttributionSql.counted(scope), attribution.creditedCtes(scope))),
                scope);
    }

    /** A native statement whose rows are read by column alias. */
    private Query select(String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    /** The statement's rows, through the report cache. */
    private <R> List<R> rows(Query query, Class<R> rowType, Function<Tuple, R> row) {
        return reportCache.rows(query, rowType, row);
    }

    private static void failOnMissingRate(String missing, ReportScope scope) {
        MissingExchangeRateException.failIfAny(missing, scope.reportingCurrency());
    }

    /** Fails on the first missing rate of the rows ("currency|date" order): the same one whatever the rows' order. */
    private static <R> void failOnMissingRate(List<R> rows, Function<R, String> missingRate, ReportScope scope) {
        failOnMissingRate(rows.stream().map(missingRate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null), scope);
    }
}
