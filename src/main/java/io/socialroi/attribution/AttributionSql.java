package io.socialroi.attribution;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import io.socialroi.tracking.ConversionType;

/**
 * The attribution rules of docs/attribution.md as SQL common table expressions, so that PostgreSQL computes
 * credits for every conversion of a report in one statement (window functions over the touchpoint
 * table). {@link ConversionPath} is the same rules in Java, for single conversions and for tests.
 *
 * <p>{@link #counted} is the CTE {@code counted(id, person_key, occurred_at, campaign_id, channel_id,
 * revenue, on_date, missing_rate)} with the conversions a report counts (for W_SHAPED and FULL_PATH also
 * {@code lead_at} and {@code opp_at}: the person's first LEAD and OPPORTUNITY, see {@link #milestoneFirsts}); the
 * caller binds {@code :ws}, {@code :rc} and {@code :lookback} (plus the parameters {@link #bind} names; for a
 * {@link ReportScope}, {@link AttributionQueries#bind} binds them all). The CTEs defined here:
 * <ul>
 * <li>{@code touches}: every touchpoint of every counted conversion's path with {@code pos} (1 = oldest,
 * ties by id) and {@code n}, or one synthetic touch on the recorded source for a conversion whose path is
 * empty (touchpoint_id null);</li>
 * <li>{@code credit}: per touch, {@code revenue_credit} and {@code count_credit}, 10 decimals half-even, the
 * remainder on the last touch, so the credits of a conversion sum to its value exactly.</li>
 * </ul>
 * Speed matters here (a million touchpoints): rows are kept narrow, each model uses as few window passes
 * as its rule needs, and shares of exactly 0 or 1 are neither divided nor rounded.
 */
public final class AttributionSql {

    private AttributionSql() {
    }

    /**
     * A touchpoint {@code t} lies in the path of conversion {@code k}: same person, T − L days ≤ t ≤ T. Days of
     * exactly 24 hours: calendar-day intervals would follow the session's time zone and DST.
     */
    public static String inWindow(String k, String t) {
        return """
                %2$s.workspace_id = :ws and %2$s.person_key = %1$s.person_key and %2$s.occurred_at <= %1$s.occurred_at \
                and %2$s.occurred_at >= %1$s.occurred_at - make_interval(secs => :lookback * 86400)""".formatted(k, t);
    }

    /** The columns {@code touches} adds for the milestone models, and for credits (value and TIME_DECAY's last_at). */
    private static final String TOUCH_MILESTONE_COLUMNS = "k.occurred_at as conv_at, k.lead_at, k.opp_at,";
    private static final String TOUCH_VALUE_COLUMNS = "k.revenue, k.on_date, k.missing_rate,";
    private static final String TOUCH_LAST_AT = ", max(coalesce(t.occurred_at, k.occurred_at)) over (partition by k.id) as last_at";

    /**
     * The {@code touches} CTE: one pass of window functions over the join of conversions and touchpoints;
     * the left join yields the synthetic touch of a conversion without path, so no second scan is needed.
     * It carries the conversion's revenue, so the credit CTEs never join back to the conversions.
     *
     * @param withValue also revenue, on_date, missing_rate (for credits) and last_at (for TIME_DECAY)
     * @param withMilestones also conv_at and the person's first LEAD and OPPORTUNITY (lead_at, opp_at), which
     *        {@code counted} then provides (the milestone models need them)
     */
    public static String touchesCte(boolean withValue, boolean withMilestones) {
        return """
                touches as (
                  select k.id as conversion_id, t.id as touchpoint_id, %s
                    case when t.id is null then k.channel_id else t.channel_id end as channel_id,
                    case when t.id is null then k.campaign_id else t.campaign_id end as campaign_id,
                    t.media_type, coalesce(t.occurred_at, k.occurred_at) as occurred_at, %s
                    row_number() over (partition by k.id order by t.occurred_at, t.id) as pos,
                    count(*) over (partition by k.id) as n %s
                  from counted k
                  left join touchpoint t on %s
                  where t.id is not null or k.channel_id is not null or k.campaign_id is not null)""".formatted(
                withMilestones ? TOUCH_MILESTONE_COLUMNS : "", withValue ? TOUCH_VALUE_COLUMNS : "",
                withValue ? TOUCH_LAST_AT : "", inWindow("k", "t"));
    }

    /** FIRST_TOUCH and LAST_TOUCH: the credited touch takes the whole value: nothing to divide, round or hand back. */
    private static String singleTouchCredit(String credited) {
        return """
                credit as (
                  select s.*, case when %1$s then s.revenue else 0 end as revenue_credit,
                    case when %1$s then 1::numeric else 0::numeric end as count_credit
                  from touches s)""".formatted(credited);
    }

    /**
     * From each touch's weight to its credits: share of the conversion's total weight, quotients, rounded to 10
     * decimals half-even, the remainder on the last touch, so the credits of a conversion sum to its value exactly.
     * The fence (offset 0) keeps the weight expression from being evaluated once per use of it; "offset 0" also
     * computes quotients and rounding once per row, not once per use below.
     */
    private static String weightedCredit(String total) {
        return """
                shares as (select s.*, %s as total_weight from (select * from weighted offset 0) s),
                quotients as (
                  select s.*,
                    case when s.weight = 0 or s.weight = s.total_weight or s.revenue is null then null
                      else s.revenue * s.weight / s.total_weight end as revenue_quotient,
                    case when s.weight = 0 or s.weight = s.total_weight then null
                      else s.weight / s.total_weight end as count_quotient
                  from shares s offset 0),
                rounded as (
                  select q.*,
                    case when q.weight = 0 then 0 when q.weight = q.total_weight then q.revenue
                      else %s end as raw_revenue,
                    case when q.weight = 0 then 0 when q.weight = q.total_weight then 1
                      else %s end as raw_count
                  from quotients q offset 0),
                credit as (
                  select r.*,
                    case when r.pos = r.n then r.revenue - coalesce(sum(r.raw_revenue) filter (where r.pos < r.n)
                      over (partition by r.conversion_id), 0) else r.raw_revenue end as revenue_credit,
                    case when r.pos = r.n then 1 - coalesce(sum(r.raw_count) filter (where r.pos < r.n)
                      over (partition by r.conversion_id), 0) else r.raw_count end as count_credit
                  from rounded r)""".formatted(total, roundHalfEven10("q.revenue_quotient"),
                roundHalfEven10("q.count_quotient"));
    }

    /**
     * touches, weighted and credit CTEs for the model.
     *
     * @param removalEffects DATA_DRIVEN only: each channel's removal effect (see {@link MarkovChain})
     */
    public static String creditCtes(AttributionSettings settings, Map<Long, BigDecimal> removalEffects) {
        AttributionModel model = settings.model();
        String touches = touchesCte(true, usesMilestones(model));
        if (model == AttributionModel.FIRST_TOUCH || model == AttributionModel.LAST_TOUCH) {
            return touches + ",\n" + singleTouchCredit(model == AttributionModel.FIRST_TOUCH ? "s.pos = 1" : "s.pos = s.n");
        }
        // the sum of a conversion's weights where the rule fixes it (saves a window pass)
        String total = switch (model) {
            case LINEAR -> "s.n::numeric";
            case POSITION_BASED -> "(case when s.n = 1 then 1 when s.n = 2 then :firstWeight + :lastWeight"
                    + " else (s.n - 2)::numeric end)";
            case W_SHAPED -> "(10 * greatest(s.others, 1))::numeric";
            case FULL_PATH -> "(40 * greatest(s.others, 1))::numeric";
            default -> "sum(s.weight) over (partition by s.conversion_id)";
        };
        String weighted = switch (model) {
            case LINEAR -> simple("1");
            case TIME_DECAY -> timeDecay();
            case POSITION_BASED -> simple(POSITION_BASED_WEIGHT);
            case W_SHAPED -> milestones(false);
            case FULL_PATH -> milestones(true);
            case DATA_DRIVEN -> dataDriven(removalEffects);
            default -> throw new IllegalStateException(model.name());
        };
        return touches + ",\n" + weighted + ",\n" + weightedCredit(total);
    }

    /**
     * POSITION_BASED, scaled by n − 2 for n ≥ 3 (first f·(n−2), last l·(n−2), each middle 1 − f − l; sum n − 2):
     * the same ratios as docs/attribution.md's, without a division per touch.
     */
    private static final String POSITION_BASED_WEIGHT = """
            case when s.n = 1 then 1
              when s.pos = 1 then :firstWeight * (case when s.n = 2 then 1 else s.n - 2 end)
              when s.pos = s.n then :lastWeight * (case when s.n = 2 then 1 else s.n - 2 end)
              else 1 - :firstWeight - :lastWeight end""";

    /**
     * {@code value} (a plain column: it is repeated) rounded half-even to 10 decimals, inline: PostgreSQL's
     * round() rounds half away from zero, and calling a SQL function per touch costs microseconds.
     */
    public static String roundHalfEven10(String value) {
        return """
                (case when abs(round(%1$s, 10) - %1$s) = 0.00000000005 and mod(trunc(%1$s * 10000000000), 2) = 0 \
                then trunc(%1$s, 10) else round(%1$s, 10) end)""".formatted(value);
    }

    /**
     * TIME_DECAY: 2^(−age / H), ages from the path's last touch (the same ratios as from the conversion,
     * and the sum never underflows), computed in float8 exactly as {@link DecayWeight} does in Java.
     */
    private static String timeDecay() {
        return """
                decay_age as (
                  select s.*, case when s.n = 1 or s.occurred_at = s.last_at then 0::float8
                    else extract(epoch from (s.last_at - s.occurred_at))::float8 / :halfLifeSeconds end as decay_x
                  from touches s offset 0),
                decay_split as (
                  select d.*, floor(d.decay_x) as decay_k,
                    floor((d.decay_x - floor(d.decay_x)) * 8::float8) as decay_j
                  from decay_age d offset 0),
                weighted as (
                  select d.*, case when d.decay_x = 0 then %s::numeric else %s::numeric end as weight
                  from decay_split d)""".formatted((long) DecayWeight.SCALE,
                DecayWeight.scaledSql("d.decay_x", "d.decay_k", "d.decay_j"));
    }

    /**
     * For W_SHAPED and FULL_PATH, what {@code counted} joins on person_key to get {@code lead_at} and
     * {@code opp_at}: each person's first LEAD and first OPPORTUNITY (of any period; the types bound as :leadType
     * and :opportunityType by {@link #bind}). Joined per conversion, not per touch, and so carried along the path
     * rows without a second join.
     */
    public static String milestoneFirsts() {
        return """
                (select c.person_key, min(c.occurred_at) filter (where c.type = :leadType) as lead_at,
                  min(c.occurred_at) filter (where c.type = :opportunityType) as opp_at
                from conversion c
                where c.workspace_id = :ws and c.type in (:leadType, :opportunityType)
                group by c.person_key)""";
    }

    public static boolean usesMilestones(AttributionModel model) {
        return model == AttributionModel.W_SHAPED || model == AttributionModel.FULL_PATH;
    }

    /** Binds the parameters the model's SQL uses (besides :ws and :lookback). */
    public static void bind(AttributionSettings settings, java.util.function.BiConsumer<String, Object> parameter) {
        switch (settings.model()) {
            case TIME_DECAY -> parameter.accept("halfLifeSeconds", (double) (settings.halfLifeHours() * 3600L));
            case POSITION_BASED -> {
                parameter.accept("firstWeight", settings.firstWeight());
                parameter.accept("lastWeight", settings.lastWeight());
            }
            case W_SHAPED, FULL_PATH -> {
                parameter.accept("leadType", ConversionType.LEAD.name());
                parameter.accept("opportunityType", ConversionType.OPPORTUNITY.name());
            }
            default -> {
            }
        }
    }

    private static String simple(String weight) {
        return """
                weighted as (select s.*, (%s)::numeric as weight from touches s)""".formatted(weight);
    }

    /**
     * W_SHAPED and FULL_PATH: milestone shares to tFirst, tLead, tOpp (and tLast for FULL_PATH); a missing
     * tLead or tOpp gives its share to tLast; 10% split among non-milestone touches, to tLast when none.
     * {@code others}: how many touches are no milestone, n minus the distinct milestone positions. The weights
     * are the shares times 10·m (W) or 40·m (FULL_PATH), m = max(1, others): whole numbers, see ConversionPath.
     */
    private static String milestones(boolean fullPath) {
        int unit = fullPath ? 9 : 3;
        int rest = fullPath ? 4 : 1;
        return """
                marked as (
                  select s.*,
                    max(s.pos) filter (where s.lead_at <= s.conv_at and s.occurred_at <= s.lead_at)
                      over (partition by s.conversion_id) as lead_pos,
                    max(s.pos) filter (where s.opp_at <= s.conv_at and s.occurred_at <= s.opp_at)
                      over (partition by s.conversion_id) as opp_pos
                  from touches s),
                counted_milestones as (
                  select m.*,
                    m.n - (1 + case when m.n > 1 then 1 else 0 end
                      + case when m.lead_pos is not null and m.lead_pos not in (1, m.n) then 1 else 0 end
                      + case when m.opp_pos is not null and m.opp_pos not in (1, m.n)
                        and m.opp_pos is distinct from m.lead_pos then 1 else 0 end) as others
                  from marked m),
                weighted as (
                  select s.*, (%1$d * greatest(s.others, 1) * (
                      (case when s.pos = 1 then 1 else 0 end)
                      + (case when s.pos = coalesce(s.lead_pos, s.n) then 1 else 0 end)
                      + (case when s.pos = coalesce(s.opp_pos, s.n) then 1 else 0 end) %3$s)
                    + case when s.others = 0 then (case when s.pos = s.n then %2$d else 0 end)
                      when s.pos <> 1 and s.pos <> s.n and s.pos is distinct from s.lead_pos
                        and s.pos is distinct from s.opp_pos then %2$d else 0 end
                    )::numeric as weight
                  from counted_milestones s)""".formatted(unit, rest,
                fullPath ? "+ (case when s.pos = s.n then 1 else 0 end)" : "");
    }

    /**
     * DATA_DRIVEN: each distinct channel of a path gets a share in proportion to its removal effect (equal
     * shares when all are 0), split equally among its touches. The effects are a VALUES list of numbers the
     * chain computed (no client text).
     */
    private static String dataDriven(Map<Long, BigDecimal> removalEffects) {
        String effects = removalEffects.isEmpty() ? "select null::bigint as channel_id, null::numeric as effect where false"
                : "values " + removalEffects.entrySet().stream()
                        .map(e -> "(" + e.getKey() + "::bigint, " + e.getValue().toPlainString() + "::numeric)")
                        .collect(Collectors.joining(", "));
        return """
                effects(channel_id, effect) as (%s),
                with_effects as (
                  select s.*, coalesce(e.effect, 0) as effect,
                    count(*) over (partition by s.conversion_id, s.channel_id) as channel_touches
                  from touches s
                  left join effects e on e.channel_id = s.channel_id),
                weighted as (
                  select s.*, (case when sum(s.effect) over (partition by s.conversion_id) = 0
                      then 1.0 / s.channel_touches else s.effect / s.channel_touches end)::numeric as weight
                  from with_effects s)""".formatted(effects);
    }

    // ---- the conversions a report counts ----------------------------------------------------

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
                left join %s f on f.person_key = c.person_key""".formatted(milestoneFirsts());
    }

    /** Conversions of the period (none: all time); of the asked types (none asked: no conversion). */
    private static final String CONVERSION_IN_PERIOD = "and c.occurred_at >= :fromTs and c.occurred_at < :toTs";
    private static final String CONVERSION_OF_TYPES = "and c.type in (:types)";
    private static final String NO_CONVERSION = "and false";

    /**
     * The conversions the report counts: in the period (UTC days) and of the asked types, with the value
     * their credits divide in the reporting currency (10 decimals, half-even: docs/attribution.md) and
     * missing_rate, "currency|date" of a value that found no exchange rate (MissingExchangeRateException.failIfAny).
     */
    public static String counted(ReportScope scope) {
        return counted(scope, "");
    }

    /** Only the conversions bound as {@code :ids} (an array), to store their credits (StoredCredits). */
    private static final String CONVERSION_OF_IDS = "and c.id = any(cast(:ids as bigint[]))";

    /** {@link #counted} of the scope, restricted to the conversions bound as {@code :ids}. */
    public static String countedOf(ReportScope scope) {
        return counted(scope, CONVERSION_OF_IDS);
    }

    private static String counted(ReportScope scope, String ofIds) {
        ConversionValue value = scope.actionValues() ? ConversionValue.ACTION_VALUE : ConversionValue.REVENUE;
        boolean milestones = usesMilestones(scope.attribution().model());
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
                      where c.workspace_id = :ws %s %s %s) v) x)""".formatted(
                roundHalfEven10("v.value_amount"), CONVERTED_VALUE,
                value.amount, value.currency, milestones ? MILESTONE_COLUMNS : "",
                milestones ? milestoneJoin() : "", value.join,
                scope.period().isAllTime() ? "" : CONVERSION_IN_PERIOD, types, ofIds);
    }

    /** Stored credits of the period's conversions (none: all time) and of the asked types (none asked: none). */
    private static final String STORED_IN_PERIOD = "and s.converted_at >= :fromTs and s.converted_at < :toTs";
    private static final String STORED_OF_TYPES = "and s.conversion_type in (:types)";

    /**
     * The {@code credit} CTE read from the stored credits of the default setting (attribution_credit, see
     * StoredCredits) instead of computed, with the columns the report statements read, and {@code touches} as the
     * conversions that have any: the same rows the on-demand CTEs give for the scope, without joining a touchpoint.
     */
    public static String storedCreditCtes(ReportScope scope) {
        return storedCreditCtes(scope, "");
    }

    /**
     * Only the stored rows that carry a credit or a missing rate (the index attribution_credit_credited_idx): what a
     * statement that only sums credits reads. A group whose touches all have a credit of 0 then has no row, where the
     * full rows give it sums of 0: the callers read a missing group as no credits.
     */
    private static final String CREDITED = "and (s.count_credit <> 0 or s.revenue_credit <> 0 or s.missing_rate is not null)";

    /** {@link #storedCreditCtes} for a statement that only sums credits: the credited rows alone. */
    public static String storedCreditedCtes(ReportScope scope) {
        return storedCreditCtes(scope, CREDITED);
    }

    private static String storedCreditCtes(ReportScope scope, String credited) {
        String types = scope.conversionTypes() == null ? ""
                : scope.conversionTypes().isEmpty() ? NO_CONVERSION : STORED_OF_TYPES;
        return """
                credit as (
                  select s.conversion_id, s.touchpoint_id, s.pos, s.n, s.channel_id, s.campaign_id, s.media_type,
                    s.on_date, s.revenue_credit, s.count_credit, s.missing_rate
                  from attribution_credit s
                  where s.workspace_id = :ws %s %s %s),
                touches as (select conversion_id from credit)""".formatted(
                scope.period().isAllTime() ? "" : STORED_IN_PERIOD, types, credited);
    }

    /** Daily totals of the period's days (none: all time) and of the asked types (none asked: none). */
    private static final String DAY_IN_PERIOD = "and d.on_date >= :fromDay and d.on_date <= :toDay";
    private static final String DAY_OF_TYPES = "and d.conversion_type in (:types)";

    /** Marks a total that holds a credit without an exchange rate: the caller then reads the stored credits. */
    public static final String MISSING_RATE_MARK = "missing";

    /**
     * The {@code credit} CTE of a statement that only sums credits (channel, campaign, on_date, revenue_credit,
     * count_credit, missing_rate), read from the daily totals of the stored credits (attribution_credit_day, grain 0):
     * sums of sums are the same sums, from a few rows per day instead of one per credited touch. Its missing_rate is
     * only {@link #MISSING_RATE_MARK}: which rate is missing, the stored credits say.
     */
    public static String storedCreditDayCtes(ReportScope scope) {
        return """
                credit as (
                  select d.channel_id, d.campaign_id, d.media_type, d.on_date, d.revenue_credit, d.count_credit,
                    case when d.missing_rates > 0 then '%s' end as missing_rate
                  from attribution_credit_day d
                  where d.workspace_id = :ws and d.grain = 0 %s)""".formatted(MISSING_RATE_MARK, dayFilter(scope));
    }

    /** The daily totals' conditions for the scope's period and conversion types (alias d). */
    public static String dayFilter(ReportScope scope) {
        String types = scope.conversionTypes() == null ? ""
                : scope.conversionTypes().isEmpty() ? NO_CONVERSION : DAY_OF_TYPES;
        return (scope.period().isAllTime() ? "" : DAY_IN_PERIOD) + " " + types;
    }
}
