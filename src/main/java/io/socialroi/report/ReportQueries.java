package io.socialroi.report;

import static io.socialroi.common.SqlRows.bool;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.MarkovChain;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.SqlRows;
import io.socialroi.cost.CostCategory;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.ReportCacheConfig;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;

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
    @Inject
    @CacheName(ReportCacheConfig.CACHE_NAME)
    Cache cache;
    @Inject
    ReportCacheConfig cacheConfig;
    @Inject
    io.socialroi.workspace.WorkspaceDataVersion dataVersion;

    /**
     * What a report counts. {@code actionValues}: each conversion is worth the value the workspace set for its
     * type (action_value) instead of its revenue, so the credit statements credit action value.
     */
    public record ReportScope(long workspaceId, String reportingCurrency, Period period, AttributionSettings attribution,
            List<ConversionType> conversionTypes, boolean actionValues) {

        public ReportScope(long workspaceId, String reportingCurrency, Period period, AttributionSettings attribution,
                List<ConversionType> conversionTypes) {
            this(workspaceId, reportingCurrency, period, attribution, conversionTypes, false);
        }

        public ReportScope withActionValues() {
            return new ReportScope(workspaceId, reportingCurrency, period, attribution, conversionTypes, true);
        }

        /** The part of the scope that reports without attribution read. */
        public WorkspacePeriod workspacePeriod() {
            return new WorkspacePeriod(workspaceId, reportingCurrency, period);
        }
    }

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

    // ---- costs ------------------------------------------------------------------------------

    /** One sum of converted costs: per key (campaign, channel or workspace) and category. */
    private record CostRow(long key, CostCategory category, BigDecimal amount, String missingRate) {
        static CostRow of(Tuple row) {
            return new CostRow(longValue(row, "k"), CostCategory.valueOf(text(row, "category")),
                    decimal(row, "amount"), text(row, "missing_rate"));
        }
    }

    /** What the cost statement groups by, and which entries it reads. */
    private enum CostKey {
        CAMPAIGN("campaign_id", "campaign_id in (:ids)"),
        CHANNEL("channel_id", "channel_id is not null"),
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
                  from cost_entry
                  where workspace_id = :ws and %s %s
                  group by 1, 2, 3, 4),
                x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)
                select k, category, sum(converted) as amount,
                  min(case when converted is null then currency || '|' || incurred_on end) as missing_rate
                from x
                group by k, category
                """.formatted(key.column, key.filter, period.isAllTime() ? "" : COST_IN_PERIOD);
    }

    /** Cost per campaign and category, for the given campaigns. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByCampaign(ReportScope scope, Collection<Long> campaignIds) {
        return costs(scope, CostKey.CAMPAIGN, campaignIds);
    }

    /** Cost per channel and category, for every channel with costs. */
    public Map<Long, Map<CostCategory, BigDecimal>> costsByChannel(ReportScope scope) {
        return costs(scope, CostKey.CHANNEL, null);
    }

    /** Cost per category of the whole workspace (every entry; each belongs to a campaign). */
    public Map<CostCategory, BigDecimal> costsOfWorkspace(ReportScope scope) {
        return costs(scope, CostKey.WORKSPACE, null).getOrDefault(scope.workspaceId(), Map.of());
    }

    private Map<Long, Map<CostCategory, BigDecimal>> costs(ReportScope scope, CostKey key, Collection<Long> ids) {
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
        for (CostRow row : rows(query, CostRow.class, CostRow::of)) {
            failOnMissingRate(row.missingRate(), scope);
            result.computeIfAbsent(row.key(), k -> new EnumMap<>(CostCategory.class)).put(row.category(), row.amount());
        }
        return result;
    }

    /** Cost entries of one campaign, of one channel (each optional). */
    private static final String COST_OF_CAMPAIGN = "and campaign_id = :campaignId";
    private static final String COST_OF_CHANNEL = "and channel_id = :channelId";

    /** Cost per time bucket (:unit of date_trunc) of the period, optionally of one campaign and/or channel. */
    static String costsByBucket(boolean ofCampaign, boolean ofChannel) {
        return """
                with g as (
                  select date_trunc(:unit, incurred_on)::date as bucket, currency, incurred_on, sum(amount) as amount
                  from cost_entry
                  where workspace_id = :ws and incurred_on between :fromDate and :toDate %s %s
                  group by 1, 2, 3),
                x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)
                select bucket, sum(converted) as amount,
                  min(case when converted is null then currency || '|' || incurred_on end) as missing_rate
                from x
                group by bucket
                """.formatted(ofCampaign ? COST_OF_CAMPAIGN : "", ofChannel ? COST_OF_CHANNEL : "");
    }

    private record BucketCost(LocalDate bucket, BigDecimal amount, String missingRate) {
        static BucketCost of(Tuple row) {
            return new BucketCost(date(row, "bucket"), decimal(row, "amount"), text(row, "missing_rate"));
        }
    }

    /** Cost per time bucket (bucket start date), optionally of one campaign and/or channel. */
    public Map<LocalDate, BigDecimal> costsByBucket(ReportScope scope, Granularity granularity, Long campaignId,
            Long channelId) {
        Query query = select(costsByBucket(campaignId != null, channelId != null))
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
        for (BucketCost row : rows(query, BucketCost.class, BucketCost::of)) {
            failOnMissingRate(row.missingRate(), scope);
            result.put(row.bucket(), row.amount());
        }
        return result;
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
        Query query = bind(select(creditsByCampaign(counted(scope), creditCtes(scope))), scope);
        for (CampaignCredits row : rows(query, CampaignCredits.class, CampaignCredits::of)) {
            if (campaignIds.contains(row.campaignId())) {
                if (!countsOnly) {
                    failOnMissingRate(row.missingRate(), scope);
                }
                result.put(row.campaignId(), row.credits());
            }
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
        Query query = bind(select(creditsByChannelAndCampaign(counted(scope), creditCtes(scope))), scope);
        Map<Long, Credits> channels = new HashMap<>();
        Map<Long, Credits> campaigns = new HashMap<>();
        for (ChannelOrCampaignCredits row : rows(query, ChannelOrCampaignCredits.class, ChannelOrCampaignCredits::of)) {
            failOnMissingRate(row.missingRate(), scope);
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
        Query query = bind(select(creditsByBucket(counted(scope), creditCtes(scope), campaignId != null,
                channelId != null)), scope).setParameter("unit", granularity.dateTruncUnit());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, Credits> result = new HashMap<>();
        for (BucketCredits row : rows(query, BucketCredits.class, BucketCredits::of)) {
            if (!countsOnly) {
                failOnMissingRate(row.missingRate(), scope);
            }
            result.put(row.bucket(), row.credits());
        }
        return result;
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
     * Credits per channel and media type (null: a recorded source without touchpoints) and the conversions
     * each channel assisted (in the path at a position other than the last; independent of the model), in
     * one statement: the path is built once.
     */
    public Map<Long, ChannelFigures> channelFigures(ReportScope scope) {
        Query query = bind(select(channelFigures(counted(scope), creditCtes(scope))), scope);
        Map<Long, Map<MediaType, Credits>> credits = new HashMap<>();
        Map<Long, Map<MediaType, Long>> assists = new HashMap<>();
        Map<Long, Long> channelAssists = new HashMap<>();
        for (ChannelMediaTypeRow row : rows(query, ChannelMediaTypeRow.class, ChannelMediaTypeRow::of)) {
            failOnMissingRate(row.missingRate(), scope);
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
        Query query = bind(select(summary(counted(scope), creditCtes(scope))), scope);
        SummaryRow row = rows(query, SummaryRow.class, SummaryRow::of).get(0);
        failOnMissingRate(row.missingRate(), scope);
        return row.summary();
    }

    // ---- DATA_DRIVEN ------------------------------------------------------------------------

    /** The period's touchpoints (none: all time) for the Markov chain. */
    private static final String TOUCHPOINT_IN_PERIOD = "and t.occurred_at >= :fromTs and t.occurred_at < :toTs";

    /**
     * The observed transitions, counted: per (channel, next channel or null, converted, first step of its
     * path) how many steps; one last row (channel null) with the number of counted conversions.
     */
    static String markovTransitions(String counted, String touches, String inWindow, Period period) {
        // Each kind of path is collapsed and stepped in the order its window functions already sort it by
        // (conversion paths by id and position, the other touchpoints by person and time), and one hash
        // aggregation over all steps counts every transition: nothing of a million rows is sorted twice or
        // materialized. Java derives START → CONVERSION from the counted total. person_seq: the period's
        // touchpoints in no counted conversion's path.
        return """
                with %s, %s,
                conversion_seq as (
                  select conversion_id, pos, channel_id,
                    lag(channel_id) over (partition by conversion_id order by pos) as prev
                  from touches
                  where channel_id is not null),
                conversion_steps as (
                  select channel_id, prev, true as converted,
                    lead(channel_id) over (partition by conversion_id order by pos) as next
                  from conversion_seq
                  where prev is distinct from channel_id),
                person_seq as (
                  select t.person_key, t.occurred_at, t.id, t.channel_id,
                    lag(t.channel_id) over (partition by t.person_key order by t.occurred_at, t.id) as prev
                  from touchpoint t
                  where t.workspace_id = :ws %s
                    and not exists (select 1 from counted k where %s)),
                person_steps as (
                  select channel_id, prev, false as converted,
                    lead(channel_id) over (partition by person_key order by occurred_at, id) as next
                  from person_seq
                  where prev is distinct from channel_id),
                steps as (select * from conversion_steps union all select * from person_steps)
                select channel_id, next, converted, prev is null as first_step, count(*) as steps
                from steps
                group by 1, 2, 3, 4
                union all
                select null, null, null, null, count(*) from counted
                """.formatted(counted, touches, period.isAllTime() ? "" : TOUCHPOINT_IN_PERIOD, inWindow);
    }

    /** A counted transition; channel null: the row with the number of counted conversions instead. */
    private record TransitionRow(Long channelId, Long next, Boolean converted, Boolean firstStep, long steps) {
        static TransitionRow of(Tuple row) {
            return new TransitionRow(nullableLong(row, "channel_id"), nullableLong(row, "next"),
                    bool(row, "converted"), bool(row, "first_step"), longValue(row, "steps"));
        }
    }

    /**
     * The observed transitions of the Markov chain (docs/attribution.md, DATA_DRIVEN), counted in SQL: the path
     * of every counted conversion ending in CONVERSION, and per person the touchpoints of the period in no
     * such path ending in NULL; consecutive repeats of a channel collapse into one state.
     */
    public MarkovChain markovChain(ReportScope scope) {
        String sql = markovTransitions(counted(scope), AttributionSql.touchesCte(false, false),
                AttributionSql.inWindow("k", "t"), scope.period());
        Map<MarkovChain.Transition, Long> counts = new java.util.LinkedHashMap<>();
        long counted = 0;
        long convertedWithChannel = 0;
        for (TransitionRow row : rows(bind(select(sql), scope), TransitionRow.class, TransitionRow::of)) {
            long count = row.steps();
            if (row.channelId() == null) {
                counted = count;
                continue;
            }
            long channel = row.channelId();
            boolean converted = row.converted();
            if (row.firstStep()) { // a path's first step: START → its channel
                counts.merge(new MarkovChain.Transition(MarkovChain.START, channel), count, Long::sum);
                if (converted) {
                    convertedWithChannel += count;
                }
            }
            long to = row.next() != null ? row.next() : converted ? MarkovChain.CONVERSION : MarkovChain.NULL;
            counts.merge(new MarkovChain.Transition(channel, to), count, Long::sum);
        }
        // conversions without any channel in their path go straight from START to CONVERSION
        if (counted > convertedWithChannel) {
            counts.merge(new MarkovChain.Transition(MarkovChain.START, MarkovChain.CONVERSION),
                    counted - convertedWithChannel, Long::sum);
        }
        try {
            return new MarkovChain(counts);
        } catch (MarkovChain.TooManyChannelsException e) {
            throw new BadArgumentException(e.getMessage());
        }
    }

    /** The credit CTEs of the scope's model; DATA_DRIVEN first solves the chain (one statement more). */
    private String creditCtes(ReportScope scope) {
        Map<Long, BigDecimal> effects = scope.attribution().model() == AttributionModel.DATA_DRIVEN
                ? markovChain(scope).removalEffects() : Map.of();
        return AttributionSql.creditCtes(scope.attribution(), effects);
    }

    // ---- counted ----------------------------------------------------------------------------

    /**
     * What a conversion's credits divide: its revenue, or the value the workspace set for its type
     * (action_value), with the currency and the join that provides them.
     */
    private enum ConversionValue {
        REVENUE("c.revenue_amount", "c.revenue_currency", ""),
        ACTION_VALUE("av.amount", "av.currency",
                "left join action_value av on av.workspace_id = c.workspace_id and av.action = c.type");

        final String amount;
        final String currency;
        final String join;

        ConversionValue(String amount, String currency, String join) {
            this.amount = amount;
            this.currency = currency;
            this.join = join;
        }
    }

    /**
     * The value in the reporting currency at the rate in force on the conversion's day, as fx_convert finds it
     * (the latest of the pair in either direction; the direct one on a tie), but inline: a correlated subquery
     * on the rates index costs a few microseconds where a call of the SQL function costs tens, and it leaves
     * the statement free to join conversions and touchpoints in parallel workers (so counted is never
     * materialized).
     */
    private static final String CONVERTED_VALUE = """
            (select case when f.inverse then v.value_amount / f.rate else v.value_amount * f.rate end
              from ((select r.rate, r.valid_from, false as inverse from exchange_rate r
                      where r.workspace_id = :ws and r.base = v.revenue_currency and r.quote = :rc
                        and r.valid_from <= v.on_date
                      order by r.valid_from desc limit 1)
                    union all
                    (select r.rate, r.valid_from, true from exchange_rate r
                      where r.workspace_id = :ws and r.base = :rc and r.quote = v.revenue_currency
                        and r.valid_from <= v.on_date
                      order by r.valid_from desc limit 1)) f
              order by f.valid_from desc, f.inverse
              limit 1)""";

    /** For W_SHAPED and FULL_PATH: each conversion's person's first LEAD and OPPORTUNITY. */
    private static final String MILESTONE_COLUMNS = ", f.lead_at, f.opp_at";

    private static String milestoneJoin() {
        return """
                left join %s f on f.person_key = c.person_key""".formatted(AttributionSql.milestoneFirsts());
    }

    /** Conversions of the period (none: all time); of the asked types (none asked: no conversion). */
    private static final String CONVERSION_IN_PERIOD = "and c.occurred_at >= :fromTs and c.occurred_at < :toTs";
    private static final String CONVERSION_OF_TYPES = "and c.type in (:types)";
    private static final String NO_CONVERSION = "and false";

    /**
     * The conversions the report counts: in the period (UTC days) and of the asked types, with the value
     * their credits divide in the reporting currency (10 decimals, half-even: docs/attribution.md) and
     * missing_rate, "currency|date" of a value that found no exchange rate (see failOnMissingRate).
     */
    static String counted(ReportScope scope) {
        ConversionValue value = scope.actionValues() ? ConversionValue.ACTION_VALUE : ConversionValue.REVENUE;
        boolean milestones = AttributionSql.usesMilestones(scope.attribution().model());
        String types = scope.conversionTypes() == null ? ""
                : scope.conversionTypes().isEmpty() ? NO_CONVERSION : CONVERSION_OF_TYPES;
        return """
                counted as not materialized (
                  select x.*,
                    case when x.has_revenue and x.revenue is null then x.revenue_currency || '|' || x.on_date end
                      as missing_rate
                  from (
                    select v.*,
                      case when v.value_amount is null then null
                        when v.revenue_currency = :rc then %s
                        else round_half_even(%s, 10) end as revenue,
                      v.value_amount is not null as has_revenue
                    from (
                      select c.id, c.person_key, c.occurred_at, c.campaign_id, c.channel_id,
                        %s as value_amount, %s as revenue_currency, (c.occurred_at at time zone 'UTC')::date as on_date %s
                      from conversion c %s %s
                      where c.workspace_id = :ws %s %s) v) x)""".formatted(
                AttributionSql.roundHalfEven10("v.value_amount"), CONVERTED_VALUE,
                value.amount, value.currency, milestones ? MILESTONE_COLUMNS : "",
                milestones ? milestoneJoin() : "", value.join,
                scope.period().isAllTime() ? "" : CONVERSION_IN_PERIOD, types);
    }

    /** Binds the scope's parameters that the statement uses (each statement uses a different subset). */
    static Query bind(Query query, ReportScope scope) {
        java.util.Set<String> declared = new java.util.HashSet<>();
        query.getParameters().forEach(p -> declared.add(p.getName()));
        java.util.function.BiConsumer<String, Object> set = (name, value) -> {
            if (declared.contains(name)) {
                query.setParameter(name, value);
            }
        };
        set.accept("ws", scope.workspaceId());
        set.accept("rc", scope.reportingCurrency());
        set.accept("lookback", scope.attribution().lookbackDays());
        AttributionSql.bind(scope.attribution(), set);
        if (!scope.period().isAllTime()) {
            set.accept("fromTs", scope.period().startInstant());
            set.accept("toTs", scope.period().endInstant());
        }
        if (scope.conversionTypes() != null && !scope.conversionTypes().isEmpty()) {
            set.accept("types", scope.conversionTypes().stream().map(Enum::name).toList());
        }
        return query;
    }

    /** A native statement whose rows are read by column alias. */
    private Query select(String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    /**
     * A report cache entry's key: the statement, its parameters and the workspace's data version, which any write
     * of report inputs changes (WorkspaceDataVersion), so an entry is never served after the data it was computed
     * from changed; unreachable entries age out by size. The row type is part of the key, so an entry holds rows
     * of one type only.
     */
    private record CacheKey(String sql, Map<String, Object> parameters, long dataVersion, Class<?> rowType) {
    }

    /**
     * The statement's rows, from the report cache when this workspace's data has not changed since (docs/benchmark.md).
     * A report over a million touchpoints takes PostgreSQL a second or more; a dashboard asks the same question
     * again and again, and a page of campaigns asks for figures the previous page already computed. The rows are
     * computed on the calling thread, a resolver's worker thread (blocking JDBC), so waiting on the cache's Uni
     * blocks no event loop; a concurrent miss of the same key waits for the first one's rows.
     */
    private <R> List<R> rows(Query query, Class<R> rowType, Function<Tuple, R> row) {
        if (cacheConfig.maxEntries() <= 0) {
            return SqlRows.tuples(query).stream().map(row).toList();
        }
        Map<String, Object> parameters = new java.util.TreeMap<>();
        query.getParameters().forEach(p -> parameters.put(p.getName(), query.getParameterValue(p.getName())));
        String sql = query.unwrap(org.hibernate.query.NativeQuery.class).getQueryString();
        List<?> cached = cache.get(new CacheKey(sql, parameters, dataVersion.current(), rowType),
                k -> SqlRows.tuples(query).stream().map(row).toList()).await().indefinitely();
        // rows are immutable records; the cast checks the type the key promises
        return cached.stream().map(rowType::cast).toList();
    }

    private static void failOnMissingRate(String missing, ReportScope scope) {
        MissingExchangeRateException.failIfAny(missing, scope.reportingCurrency());
    }
}
