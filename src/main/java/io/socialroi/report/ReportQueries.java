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

import io.socialroi.attribution.AttributionModel;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.MarkovChain;
import io.socialroi.cost.CostCategory;
import io.socialroi.money.MissingExchangeRateException;
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
    ReportCache cache;
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

    /** Cost per category of the whole workspace (every entry; each belongs to a campaign). */
    public Map<CostCategory, BigDecimal> costsOfWorkspace(ReportScope scope) {
        return costs(scope, "workspace_id", "true", null).getOrDefault(scope.workspaceId(), Map.of());
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
        // computed for every campaign, so that every page of campaigns shares one cached result
        Map<Long, Credits> result = new HashMap<>();
        credits(scope, "campaign_id", (id, credits, missingRate) -> {
            if (campaignIds.contains(id)) {
                if (!countsOnly) {
                    failOnMissingRate(missingRate, scope);
                }
                result.put(id, credits);
            }
        });
        return result;
    }

    private interface CreditsRow {
        void accept(long id, Credits credits, String missingRate);
    }

    private void credits(ReportScope scope, String key, CreditsRow consumer) {
        String sql = "with " + counted(scope) + ", " + creditCtes(scope)
                + " select " + key + ", sum(revenue_credit), sum(count_credit), min(missing_rate)"
                + " from credit where " + key + " is not null group by " + key;
        for (Object[] row : rows(bind(em.createNativeQuery(sql), scope))) {
            consumer.accept(((Number) row[0]).longValue(),
                    new Credits(row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1], (BigDecimal) row[2]),
                    (String) row[3]);
        }
    }

    public record ChannelAndCampaignCredits(Map<Long, Credits> byChannel, Map<Long, Credits> byCampaign) {
    }

    /** Credits per channel and per campaign in one statement (grouping sets), for model comparisons. */
    public ChannelAndCampaignCredits creditsByChannelAndCampaign(ReportScope scope) {
        String sql = "with " + counted(scope) + ", " + creditCtes(scope)
                + " select grouping(channel_id), channel_id, campaign_id, sum(revenue_credit), sum(count_credit),"
                + " min(missing_rate)"
                + " from credit group by grouping sets ((channel_id), (campaign_id))";
        Map<Long, Credits> channels = new HashMap<>();
        Map<Long, Credits> campaigns = new HashMap<>();
        for (Object[] row : rows(bind(em.createNativeQuery(sql), scope))) {
            failOnMissingRate((String) row[5], scope);
            boolean campaignRow = ((Number) row[0]).intValue() == 1; // channel_id aggregated away
            Object key = campaignRow ? row[2] : row[1];
            if (key != null) {
                (campaignRow ? campaigns : channels).put(((Number) key).longValue(),
                        new Credits(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3], (BigDecimal) row[4]));
            }
        }
        return new ChannelAndCampaignCredits(channels, campaigns);
    }

    /** Cost per time bucket (bucket start date), optionally of one campaign and/or channel. */
    public Map<LocalDate, BigDecimal> costsByBucket(ReportScope scope, String granularity, Long campaignId, Long channelId) {
        String sql = "with g as (select date_trunc('" + granularity + "', incurred_on)::date as bucket, currency,"
                + " incurred_on, sum(amount) as amount from cost_entry where workspace_id = :ws"
                + " and incurred_on between :fromDate and :toDate"
                + (campaignId == null ? "" : " and campaign_id = :campaignId")
                + (channelId == null ? "" : " and channel_id = :channelId")
                + " group by 1, 2, 3),"
                + " x as (select g.*, fx_convert(:ws, g.amount, g.currency, :rc, g.incurred_on) as converted from g)"
                + " select bucket, sum(converted), min(case when converted is null then currency || '|' || incurred_on end)"
                + " from x group by bucket";
        Query query = em.createNativeQuery(sql).setParameter("ws", scope.workspaceId())
                .setParameter("rc", scope.reportingCurrency())
                .setParameter("fromDate", scope.period().from()).setParameter("toDate", scope.period().to());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, BigDecimal> result = new HashMap<>();
        for (Object[] row : rows(query)) {
            failOnMissingRate((String) row[2], scope);
            result.put(toLocalDate(row[0]), (BigDecimal) row[1]);
        }
        return result;
    }

    /** Credits per time bucket of the conversions' UTC day, optionally of one campaign and/or channel. */
    public Map<LocalDate, Credits> creditsByBucket(ReportScope scope, String granularity, Long campaignId,
            Long channelId, boolean countsOnly) {
        String sql = "with " + counted(scope) + ", " + creditCtes(scope)
                + " select date_trunc('" + granularity + "', on_date)::date, sum(revenue_credit), sum(count_credit),"
                + " min(missing_rate)"
                + " from credit where true"
                + (campaignId == null ? "" : " and campaign_id = :campaignId")
                + (channelId == null ? "" : " and channel_id = :channelId")
                + " group by 1";
        Query query = bind(em.createNativeQuery(sql), scope);
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, Credits> result = new HashMap<>();
        for (Object[] row : rows(query)) {
            if (!countsOnly) {
                failOnMissingRate((String) row[3], scope);
            }
            result.put(toLocalDate(row[0]), new Credits(row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1],
                    (BigDecimal) row[2]));
        }
        return result;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Credits and assisted conversions per channel and media type, with each channel's totals. */
    public record ChannelFigures(Map<MediaType, Credits> byMediaType, Map<MediaType, Long> assistedByMediaType,
            long assisted) {
    }

    /**
     * Credits per channel and media type (null: a recorded source without touchpoints) and the conversions
     * each channel assisted (in the path at a position other than the last; independent of the model), in
     * one statement: the path is built once.
     */
    public Map<Long, ChannelFigures> channelFigures(ReportScope scope) {
        String sql = "with " + counted(scope) + ", " + creditCtes(scope)
                + " select grouping(media_type), channel_id, media_type, sum(revenue_credit), sum(count_credit),"
                + " count(distinct conversion_id) filter (where pos < n), min(missing_rate)"
                + " from credit where channel_id is not null"
                + " group by grouping sets ((channel_id, media_type), (channel_id))";
        Map<Long, Map<MediaType, Credits>> credits = new HashMap<>();
        Map<Long, Map<MediaType, Long>> assists = new HashMap<>();
        Map<Long, Long> channelAssists = new HashMap<>();
        for (Object[] row : rows(bind(em.createNativeQuery(sql), scope))) {
            failOnMissingRate((String) row[6], scope);
            long channel = ((Number) row[1]).longValue();
            long assisted = ((Number) row[5]).longValue();
            if (((Number) row[0]).intValue() == 1) { // the channel's row: media type aggregated away
                channelAssists.put(channel, assisted);
                continue;
            }
            MediaType type = row[2] == null ? null : MediaType.valueOf((String) row[2]);
            credits.computeIfAbsent(channel, k -> new HashMap<>())
                    .put(type, new Credits(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3], (BigDecimal) row[4]));
            assists.computeIfAbsent(channel, k -> new HashMap<>()).put(type, assisted);
        }
        Map<Long, ChannelFigures> result = new HashMap<>();
        channelAssists.forEach((channel, assisted) -> result.put(channel, new ChannelFigures(credits.get(channel),
                assists.get(channel), assisted)));
        return result;
    }

    public Summary summary(ReportScope scope) {
        String sql = "with " + counted(scope) + ", " + creditCtes(scope)
                + " select (select count(*) from counted), (select coalesce(sum(revenue), 0) from counted),"
                + " (select count(*) from counted k where not exists (select 1 from touches t where t.conversion_id = k.id)),"
                + " (select coalesce(sum(revenue), 0) from counted k"
                + "   where not exists (select 1 from touches t where t.conversion_id = k.id)),"
                + " (select count(*) from credit where channel_id is null),"
                + " (select coalesce(sum(revenue_credit), 0) from credit where channel_id is null),"
                + " (select min(missing_rate)"
                + "   from counted)";
        Object[] row = rows(bind(em.createNativeQuery(sql), scope)).get(0);
        failOnMissingRate((String) row[6], scope);
        return new Summary(((Number) row[0]).longValue(), (BigDecimal) row[1], ((Number) row[2]).longValue(),
                (BigDecimal) row[3], ((Number) row[4]).longValue(), (BigDecimal) row[5]);
    }

    // ---- DATA_DRIVEN ------------------------------------------------------------------------

    /**
     * The observed transitions of the Markov chain (attribution.md, DATA_DRIVEN), counted in SQL: the path
     * of every counted conversion ending in CONVERSION, and per person the touchpoints of the period in no
     * such path ending in NULL; consecutive repeats of a channel collapse into one state.
     */
    public MarkovChain markovChain(ReportScope scope) {
        String periodFilter = scope.period().isAllTime() ? ""
                : " and t.occurred_at >= :fromTs and t.occurred_at < :toTs";
        // Each kind of path is collapsed and stepped in the order its window functions already sort it by
        // (conversion paths by id and position, the other touchpoints by person and time), and one hash
        // aggregation over all steps counts every transition: nothing of a million rows is sorted twice or
        // materialized. Java derives START → CONVERSION from the counted total.
        String sql = "with " + counted(scope) + ", " + AttributionSql.touchesCte(false, false) + ","
                + " conversion_seq as (select conversion_id, pos, channel_id,"
                + "   lag(channel_id) over (partition by conversion_id order by pos) as prev"
                + "   from touches where channel_id is not null),"
                + " conversion_steps as (select channel_id, prev, true as converted,"
                + "   lead(channel_id) over (partition by conversion_id order by pos) as next"
                + "   from conversion_seq where prev is distinct from channel_id),"
                // the period's touchpoints in no counted conversion's path
                + " person_seq as (select t.person_key, t.occurred_at, t.id, t.channel_id,"
                + "   lag(t.channel_id) over (partition by t.person_key order by t.occurred_at, t.id) as prev"
                + "   from touchpoint t where t.workspace_id = :ws" + periodFilter
                + "   and not exists (select 1 from counted k where " + AttributionSql.inWindow("k", "t") + ")),"
                + " person_steps as (select channel_id, prev, false as converted,"
                + "   lead(channel_id) over (partition by person_key order by occurred_at, id) as next"
                + "   from person_seq where prev is distinct from channel_id),"
                + " steps as (select * from conversion_steps union all select * from person_steps)"
                + " select channel_id, next, converted, prev is null, count(*) from steps group by 1, 2, 3, 4"
                + " union all select null, null, null, null, count(*) from counted";
        Map<MarkovChain.Transition, Long> counts = new java.util.LinkedHashMap<>();
        long counted = 0;
        long convertedWithChannel = 0;
        for (Object[] row : rows(bind(em.createNativeQuery(sql), scope))) {
            long count = ((Number) row[4]).longValue();
            if (row[0] == null) {
                counted = count;
                continue;
            }
            long channel = ((Number) row[0]).longValue();
            boolean converted = (Boolean) row[2];
            if ((Boolean) row[3]) { // a path's first step: START → its channel
                counts.merge(new MarkovChain.Transition(MarkovChain.START, channel), count, Long::sum);
                if (converted) {
                    convertedWithChannel += count;
                }
            }
            long to = row[1] != null ? ((Number) row[1]).longValue()
                    : converted ? MarkovChain.CONVERSION : MarkovChain.NULL;
            counts.merge(new MarkovChain.Transition(channel, to), count, Long::sum);
        }
        // conversions without any channel in their path go straight from START to CONVERSION
        if (counted > convertedWithChannel) {
            counts.merge(new MarkovChain.Transition(MarkovChain.START, MarkovChain.CONVERSION),
                    counted - convertedWithChannel, Long::sum);
        }
        return new MarkovChain(counts);
    }

    /** The credit CTEs of the scope's model; DATA_DRIVEN first solves the chain (one statement more). */
    private String creditCtes(ReportScope scope) {
        Map<Long, BigDecimal> effects = scope.attribution().model() == AttributionModel.DATA_DRIVEN
                ? markovChain(scope).removalEffects() : Map.of();
        return AttributionSql.creditCtes(scope.attribution(), effects);
    }

    /** The conversions the report counts: in the period (UTC days) and of the asked types. */
    static String counted(ReportScope scope) {
        boolean milestones = AttributionSql.usesMilestones(scope.attribution().model());
        String day = "(c.occurred_at at time zone 'UTC')::date";
        // the value a conversion's credits divide: its revenue, or the value set for its type
        String amount = scope.actionValues() ? "av.amount" : "c.revenue_amount";
        String currency = scope.actionValues() ? "av.currency" : "c.revenue_currency";
        // The rate in force on the conversion's day, as fx_convert finds it (the latest of the pair in either
        // direction; the direct one on a tie), but inline: a correlated subquery on the rates index costs a
        // few microseconds where a call of the SQL function costs tens, and it leaves the statement free to
        // join conversions and touchpoints in parallel workers (so counted is never materialized).
        String rate = "(select case when f.inverse then " + amount + " / f.rate else " + amount + " * f.rate end"
                + " from ((select r.rate, r.valid_from, false as inverse from exchange_rate r where r.workspace_id = :ws"
                + " and r.base = " + currency + " and r.quote = :rc and r.valid_from <= " + day
                + " order by r.valid_from desc limit 1)"
                + " union all (select r.rate, r.valid_from, true from exchange_rate r where r.workspace_id = :ws"
                + " and r.base = :rc and r.quote = " + currency + " and r.valid_from <= " + day
                + " order by r.valid_from desc limit 1)) f order by f.valid_from desc, f.inverse limit 1)";
        return "counted as not materialized (select x.*,"
                // "currency|date" of a revenue that found no exchange rate (see failOnMissingRate)
                + " case when x.has_revenue and x.revenue is null then x.revenue_currency || '|' || x.on_date end"
                + " as missing_rate from (select c.id, c.person_key, c.occurred_at, c.campaign_id, c.channel_id,"
                + " " + currency + " as revenue_currency, " + day + " as on_date,"
                // the value each conversion's credits divide: 10 decimals, half-even (attribution.md)
                + " case when " + amount + " is null then null"
                + " when " + currency + " = :rc then " + AttributionSql.roundHalfEven10(amount)
                + " else round_half_even(" + rate + ", 10) end as revenue,"
                + " " + amount + " is not null as has_revenue"
                + (milestones ? ", f.lead_at, f.opp_at from conversion c left join " + AttributionSql.milestoneFirsts()
                        + " f on f.person_key = c.person_key" : " from conversion c")
                + (scope.actionValues() ? " left join action_value av on av.workspace_id = c.workspace_id and av.action = c.type" : "")
                + " where c.workspace_id = :ws"
                + (scope.period().isAllTime() ? "" : " and c.occurred_at >= :fromTs and c.occurred_at < :toTs")
                + (scope.conversionTypes() == null ? "" : scope.conversionTypes().isEmpty() ? " and false"
                        : " and c.type in (:types)")
                + ") x)";
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

    /** The statement's rows, from the report cache when this workspace's data has not changed since. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Query query) {
        Map<String, Object> parameters = new java.util.TreeMap<>();
        query.getParameters().forEach(p -> parameters.put(p.getName(), query.getParameterValue(p.getName())));
        String sql = query.unwrap(org.hibernate.query.NativeQuery.class).getQueryString();
        return cache.rows(new ReportCache.Key(sql, parameters, dataVersion.current()), query::getResultList);
    }

    private static void failOnMissingRate(String missing, ReportScope scope) {
        MissingExchangeRateException.failIfAny(missing, scope.reportingCurrency());
    }
}
