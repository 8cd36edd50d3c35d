package io.socialroi.attribution;

import static io.socialroi.common.SqlRows.bool;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.common.BadArgumentException;
import io.socialroi.common.SqlRows;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.ReportCache;
import io.socialroi.tracking.ConversionType;

/**
 * What every report over attributed conversions shares: the credit CTEs of a scope's model (DATA_DRIVEN first
 * takes the solved Markov chain, whose transitions are counted here in SQL, from the report cache) and the binding
 * of a scope's parameters.
 * The conversions a report counts are {@link AttributionSql#counted}.
 */
@ApplicationScoped
public class AttributionQueries {

    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;

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
     * What a chain is built from (docs/attribution.md, DATA_DRIVEN): the workspace, the period, the lookback and the
     * conversion types (as a set: their order changes nothing). Not the model or its parameters, the reporting
     * currency or the value credited: the chain counts paths, not money. With the data version, the key of the
     * solved chain in the report cache.
     */
    private record MarkovChainInputs(long workspaceId, Period period, int lookbackDays,
            Set<ConversionType> conversionTypes) {
        static MarkovChainInputs of(ReportScope scope) {
            List<ConversionType> types = scope.conversionTypes();
            return new MarkovChainInputs(scope.workspaceId(), scope.period(), scope.attribution().lookbackDays(),
                    types == null ? null : Set.copyOf(types));
        }
    }

    /**
     * A solved chain, or the refusal of one with too many channels (kept too, so asking again costs no statement).
     */
    private record SolvedMarkovChain(MarkovChain chain, String tooManyChannels) {
        MarkovChain orRefuse() {
            if (tooManyChannels != null) {
                throw new BadArgumentException(tooManyChannels);
            }
            return chain;
        }
    }

    /**
     * The Markov chain of the scope (docs/attribution.md, DATA_DRIVEN), solved: counted in SQL and solved once per
     * data version and {@link MarkovChainInputs}, then taken from the report cache by every DATA_DRIVEN credit
     * statement, the {@code markovModel} report and {@code Conversion.credits} alike.
     *
     * @throws BadArgumentException a chain of more than {@link MarkovChain#MAX_CHANNELS} channels
     */
    public MarkovChain markovChain(ReportScope scope) {
        // the statement of a DATA_DRIVEN scope whatever the caller's model, so the SQL too is a function of the key
        ReportScope chainScope = new ReportScope(scope.workspaceId(), scope.reportingCurrency(), scope.period(),
                new AttributionSettings(AttributionModel.DATA_DRIVEN, scope.attribution().lookbackDays()),
                scope.conversionTypes());
        return reportCache.value(MarkovChainInputs.of(scope), SolvedMarkovChain.class, () -> solve(chainScope))
                .orRefuse();
    }

    private SolvedMarkovChain solve(ReportScope scope) {
        try {
            MarkovChain chain = new MarkovChain(transitionCounts(scope));
            chain.removalEffects(); // solved here, once, before the chain is shared
            return new SolvedMarkovChain(chain, null);
        } catch (MarkovChain.TooManyChannelsException e) {
            return new SolvedMarkovChain(null, e.getMessage());
        }
    }

    /**
     * The observed transitions of the Markov chain, counted in SQL: the path of every counted conversion ending in
     * CONVERSION, and per person the touchpoints of the period in no such path ending in NULL; consecutive repeats
     * of a channel collapse into one state. Read straight from PostgreSQL: the solved chain is what is cached.
     */
    private Map<MarkovChain.Transition, Long> transitionCounts(ReportScope scope) {
        String sql = markovTransitions(AttributionSql.counted(scope), AttributionSql.touchesCte(false, false),
                AttributionSql.inWindow("k", "t"), scope.period());
        Map<MarkovChain.Transition, Long> counts = new LinkedHashMap<>();
        long counted = 0;
        long convertedWithChannel = 0;
        for (Tuple tuple : SqlRows.tuples(bind(em.createNativeQuery(sql, Tuple.class), scope))) {
            TransitionRow row = TransitionRow.of(tuple);
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
        return counts;
    }

    /**
     * The credit CTEs of the scope's model; DATA_DRIVEN first takes the solved chain (one statement more when it is
     * not cached yet).
     */
    public String creditCtes(ReportScope scope) {
        return creditCtes(scope, false);
    }

    /**
     * The credit CTEs for a statement that only sums credits: from the stored credits, the credited rows alone (an
     * index-only read of one row per conversion under the single-touch models); computed ones are all rows.
     */
    public String creditedCtes(ReportScope scope) {
        return creditCtes(scope, true);
    }

    private String creditCtes(ReportScope scope, boolean sumsOnly) {
        if (scope.storedCredits()) {
            return sumsOnly ? AttributionSql.storedCreditedCtes(scope) : AttributionSql.storedCreditCtes(scope);
        }
        Map<Long, BigDecimal> effects = scope.attribution().model() == AttributionModel.DATA_DRIVEN
                ? markovChain(scope).removalEffects() : Map.of();
        return AttributionSql.creditCtes(scope.attribution(), effects);
    }

    /** Binds the scope's parameters that the statement uses (each statement uses a different subset). */
    public static Query bind(Query query, ReportScope scope) {
        Set<String> declared = new HashSet<>();
        query.getParameters().forEach(p -> declared.add(p.getName()));
        BiConsumer<String, Object> set = (name, value) -> {
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
            set.accept("fromDay", scope.period().from());
            set.accept("toDay", scope.period().to());
        }
        if (scope.conversionTypes() != null && !scope.conversionTypes().isEmpty()) {
            set.accept("types", scope.conversionTypes().stream().map(Enum::name).toList());
        }
        return query;
    }
}
