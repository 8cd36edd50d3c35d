package io.socialroi.attribution;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The attribution rules of attribution.md as SQL common table expressions, so that PostgreSQL computes
 * credits for every conversion of a report in one statement (window functions over the touchpoint
 * table). {@link ConversionPath} is the same rules in Java, for single conversions and for tests.
 *
 * <p>The caller provides a CTE {@code counted(id, person_key, occurred_at, campaign_id, channel_id,
 * revenue, ...)} with the conversions the report counts, and binds {@code :ws} and {@code :lookback}
 * (plus the parameters {@link #bind} names). The CTEs defined here:
 * <ul>
 * <li>{@code path}: every touchpoint of every counted conversion's path, with {@code pos} (1 = oldest,
 * ties by id) and {@code n};</li>
 * <li>{@code touches}: the path, or one synthetic touch on the recorded source for a conversion whose path
 * is empty (touchpoint_id null);</li>
 * <li>{@code credit}: per touch, {@code revenue_credit} and {@code count_credit}, 10 decimals half-even, the
 * remainder on the last touch, so the credits of a conversion sum to its value exactly.</li>
 * </ul>
 */
public final class AttributionSql {

    private AttributionSql() {
    }

    /** A touchpoint {@code t} lies in the path of conversion {@code k}: same person, T − L days ≤ t ≤ T. */
    public static String inWindow(String k, String t) {
        return t + ".workspace_id = :ws and " + t + ".person_key = " + k + ".person_key"
                + " and " + t + ".occurred_at <= " + k + ".occurred_at"
                // days of exactly 24 hours: calendar-day intervals would follow the session's time zone and DST
                + " and " + t + ".occurred_at >= " + k + ".occurred_at - make_interval(secs => :lookback * 86400)";
    }

    /** The path and touches CTEs (model-independent). */
    public static String pathCtes() {
        return "path as (select k.id as conversion_id, k.person_key, k.occurred_at as conv_at, t.id as touchpoint_id,"
                + " t.channel_id, t.campaign_id, t.media_type, t.occurred_at,"
                + " row_number() over (partition by k.id order by t.occurred_at, t.id) as pos,"
                + " count(*) over (partition by k.id) as n"
                + " from counted k join touchpoint t on " + inWindow("k", "t") + "),"
                + " touches as (select conversion_id, person_key, conv_at, touchpoint_id, channel_id, campaign_id,"
                + " media_type, occurred_at, pos, n from path"
                + " union all select k.id, k.person_key, k.occurred_at, null, k.channel_id, k.campaign_id, null,"
                + " k.occurred_at, 1, 1 from counted k"
                + " where (k.channel_id is not null or k.campaign_id is not null)"
                + " and not exists (select 1 from path p where p.conversion_id = k.id))";
    }

    /**
     * path, touches, weighted and credit CTEs for the model.
     *
     * @param removalEffects DATA_DRIVEN only: each channel's removal effect (see {@link MarkovChain})
     */
    public static String creditCtes(AttributionSettings settings, Map<Long, BigDecimal> removalEffects) {
        String weighted = switch (settings.model()) {
            case FIRST_TOUCH -> simple("case when s.pos = 1 then 1 else 0 end");
            case LAST_TOUCH -> simple("case when s.pos = s.n then 1 else 0 end");
            case LINEAR -> simple("1");
            // 2^(−(T − t) / H), with enough digits that 10-decimal credits are exact
            case TIME_DECAY -> simple("power(2.000000000000000000000000000000::numeric,"
                    + " -(extract(epoch from (s.conv_at - s.occurred_at)) / :halfLifeSeconds)::numeric(40, 30))");
            case POSITION_BASED -> simple("case when s.n = 1 then 1 when s.pos = 1 then :firstWeight"
                    + " when s.pos = s.n then :lastWeight else (1 - :firstWeight - :lastWeight) / (s.n - 2) end");
            case W_SHAPED -> milestones(new BigDecimal("0.3"), false);
            case FULL_PATH -> milestones(new BigDecimal("0.225"), true);
            case DATA_DRIVEN -> dataDriven(removalEffects);
        };
        return pathCtes() + ", " + weighted + ", "
                + "shares as (select w.*, k.revenue, k.has_revenue, k.revenue_currency, k.on_date,"
                + " sum(w.weight) over (partition by w.conversion_id) as total_weight"
                + " from weighted w join counted k on k.id = w.conversion_id),"
                + " rounded as (select s.*,"
                + " round_half_even(s.revenue * s.weight / s.total_weight, 10) as raw_revenue,"
                + " round_half_even(s.weight / s.total_weight, 10) as raw_count from shares s),"
                + " credit as (select r.*,"
                + " case when r.pos = r.n then r.revenue - coalesce(sum(r.raw_revenue) filter (where r.pos < r.n)"
                + "   over (partition by r.conversion_id), 0) else r.raw_revenue end as revenue_credit,"
                + " case when r.pos = r.n then 1 - coalesce(sum(r.raw_count) filter (where r.pos < r.n)"
                + "   over (partition by r.conversion_id), 0) else r.raw_count end as count_credit"
                + " from rounded r)";
    }

    /** Binds the parameters the model's SQL uses (besides :ws and :lookback). */
    public static void bind(AttributionSettings settings, java.util.function.BiConsumer<String, Object> parameter) {
        switch (settings.model()) {
            case TIME_DECAY -> parameter.accept("halfLifeSeconds", new BigDecimal(settings.halfLifeHours() * 3600L));
            case POSITION_BASED -> {
                parameter.accept("firstWeight", settings.firstWeight());
                parameter.accept("lastWeight", settings.lastWeight());
            }
            default -> {
            }
        }
    }

    private static String simple(String weight) {
        return "weighted as (select s.*, (" + weight + ")::numeric as weight from touches s)";
    }

    /**
     * W_SHAPED and FULL_PATH: milestone shares to tFirst, tLead, tOpp (and tLast for FULL_PATH); a missing
     * tLead or tOpp gives its share to tLast; 10% split among non-milestone touches, to tLast when none.
     */
    private static String milestones(BigDecimal share, boolean fullPath) {
        return "stage_firsts as (select c.person_key,"
                + " min(c.occurred_at) filter (where c.type = 'LEAD') as lead_at,"
                + " min(c.occurred_at) filter (where c.type = 'OPPORTUNITY') as opp_at"
                + " from conversion c where c.workspace_id = :ws and c.type in ('LEAD', 'OPPORTUNITY')"
                + " and c.person_key in (select person_key from counted) group by c.person_key),"
                + " marked as (select s.*,"
                + " max(s.pos) filter (where f.lead_at <= s.conv_at and s.occurred_at <= f.lead_at)"
                + "   over (partition by s.conversion_id) as lead_pos,"
                + " max(s.pos) filter (where f.opp_at <= s.conv_at and s.occurred_at <= f.opp_at)"
                + "   over (partition by s.conversion_id) as opp_pos"
                + " from touches s left join stage_firsts f on f.person_key = s.person_key),"
                + " counted_milestones as (select m.*,"
                // how many touches are no milestone: n minus the distinct milestone positions
                + " m.n - (1 + case when m.n > 1 then 1 else 0 end"
                + "   + case when m.lead_pos is not null and m.lead_pos not in (1, m.n) then 1 else 0 end"
                + "   + case when m.opp_pos is not null and m.opp_pos not in (1, m.n)"
                + "     and m.opp_pos is distinct from m.lead_pos then 1 else 0 end) as others"
                + " from marked m),"
                + " weighted as (select s.*, ("
                + share + " * (case when s.pos = 1 then 1 else 0 end)"
                + " + " + share + " * (case when s.pos = coalesce(s.lead_pos, s.n) then 1 else 0 end)"
                + " + " + share + " * (case when s.pos = coalesce(s.opp_pos, s.n) then 1 else 0 end)"
                + (fullPath ? " + " + share + " * (case when s.pos = s.n then 1 else 0 end)" : "")
                + " + case when s.others = 0 then (case when s.pos = s.n then 0.1 else 0 end)"
                + "   when s.pos <> 1 and s.pos <> s.n and s.pos is distinct from s.lead_pos"
                + "     and s.pos is distinct from s.opp_pos then 0.1 / s.others else 0 end"
                + ")::numeric as weight from counted_milestones s)";
    }

    /**
     * DATA_DRIVEN: each distinct channel of a path gets a share in proportion to its removal effect (equal
     * shares when all are 0), split equally among its touches.
     */
    private static String dataDriven(Map<Long, BigDecimal> removalEffects) {
        String effects = removalEffects.isEmpty() ? "select null::bigint as channel_id, null::numeric as effect where false"
                : "values " + removalEffects.entrySet().stream()
                        .map(e -> "(" + e.getKey() + "::bigint, " + e.getValue().toPlainString() + "::numeric)")
                        .collect(Collectors.joining(", "));
        return "effects(channel_id, effect) as (" + effects + "),"
                + " with_effects as (select s.*, coalesce(e.effect, 0) as effect,"
                + " count(*) over (partition by s.conversion_id, s.channel_id) as channel_touches"
                + " from touches s left join effects e on e.channel_id = s.channel_id),"
                + " weighted as (select s.*, (case when sum(s.effect) over (partition by s.conversion_id) = 0"
                + " then 1.0 / s.channel_touches else s.effect / s.channel_touches end)::numeric as weight"
                + " from with_effects s)";
    }
}
