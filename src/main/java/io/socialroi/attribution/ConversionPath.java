package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path of a conversion and the credits of every model over it, exactly per docs/attribution.md. Pure:
 * no framework imports. Reports compute the same rules in SQL over whole tables ({@link AttributionSql});
 * this is the reference the SQL is tested against, and what explains a single conversion.
 */
public final class ConversionPath {

    /** Credits are decimals with 10 places (docs/attribution.md). */
    public static final int CREDIT_SCALE = 10;


    private ConversionPath() {
    }

    public record Touch(long id, Instant occurredAt, Long channelId, Long campaignId) {
    }

    public record Credit(Touch touch, BigDecimal value) {
    }

    /**
     * What the funnel-stage models need beyond the path: the conversion's time and the person's earliest
     * LEAD and OPPORTUNITY (null when the person has none).
     */
    public record Context(Instant conversionAt, Instant earliestLead, Instant earliestOpportunity,
            Map<Long, BigDecimal> removalEffects) {

        public static Context at(Instant conversionAt) {
            return new Context(conversionAt, null, null, Map.of());
        }
    }

    private static final Comparator<Touch> ORDER = Comparator.comparing(Touch::occurredAt).thenComparingLong(Touch::id);

    /** Touches with T − lookback ≤ occurredAt ≤ T, oldest first, ties by id (earliest id first). */
    public static List<Touch> of(Instant conversionAt, int lookbackDays, Collection<Touch> touches) {
        Instant windowStart = conversionAt.minus(Duration.ofDays(lookbackDays));
        return touches.stream()
                .filter(t -> !t.occurredAt().isBefore(windowStart) && !t.occurredAt().isAfter(conversionAt))
                .sorted(ORDER)
                .toList();
    }

    /**
     * The path a conversion is credited over: its touches, or, when there are none and the conversion
     * names a known source, one synthetic touch at T on that source (id 0). Empty means unattributed.
     */
    public static List<Touch> withExplicitSource(List<Touch> path, Instant conversionAt, Long channelId,
            Long campaignId) {
        if (!path.isEmpty() || (channelId == null && campaignId == null)) {
            return path;
        }
        return List.of(new Touch(0, conversionAt, channelId, campaignId));
    }

    /** LAST_TOUCH and the other models that need no context beyond the path. */
    public static List<Credit> credit(AttributionSettings settings, List<Touch> path, BigDecimal value) {
        Instant at = path.isEmpty() ? Instant.EPOCH : path.get(path.size() - 1).occurredAt();
        return credit(settings, path, value, Context.at(at));
    }

    /**
     * The credits of the model over a path: value × weight / (sum of weights), each rounded half-even to
     * 10 decimals, the remainder to the last touch, so they sum to {@code value} exactly.
     */
    public static List<Credit> credit(AttributionSettings settings, List<Touch> path, BigDecimal value, Context context) {
        if (path.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> weights = weights(settings, path, context);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = value.setScale(CREDIT_SCALE, RoundingMode.HALF_EVEN);
        List<Credit> credits = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < path.size() - 1; i++) {
            BigDecimal credit = exact.multiply(weights.get(i)).divide(total, DecimalMath.CONTEXT)
                    .setScale(CREDIT_SCALE, RoundingMode.HALF_EVEN);
            given = given.add(credit);
            credits.add(new Credit(path.get(i), credit));
        }
        credits.add(new Credit(path.get(path.size() - 1), exact.subtract(given)));
        return credits;
    }

    /** Each touch's weight under the model; only their ratios matter. */
    static List<BigDecimal> weights(AttributionSettings settings, List<Touch> path, Context context) {
        int n = path.size();
        List<BigDecimal> w = new ArrayList<>(java.util.Collections.nCopies(n, BigDecimal.ZERO));
        switch (settings.model()) {
            case FIRST_TOUCH -> w.set(0, BigDecimal.ONE);
            case LAST_TOUCH -> w.set(n - 1, BigDecimal.ONE);
            case LINEAR -> java.util.Collections.fill(w, BigDecimal.ONE);
            case TIME_DECAY -> {
                // Ages from the path's last touch rather than from the conversion: the same ratios (the common
                // factor cancels), and the last touch weighs 1, so the sum never underflows to 0.
                long halfLifeSeconds = settings.halfLifeHours() * 3600L;
                Instant last = path.get(n - 1).occurredAt();
                for (int i = 0; i < n; i++) {
                    Duration age = Duration.between(path.get(i).occurredAt(), last);
                    // the age to the nanosecond, like extract(epoch …) in SQL: instants carry fractions of a second
                    BigDecimal seconds = BigDecimal.valueOf(age.getSeconds()).add(BigDecimal.valueOf(age.getNano(), 9));
                    w.set(i, DecayWeight.weight(seconds, halfLifeSeconds));
                }
            }
            case POSITION_BASED -> {
                if (n == 1) {
                    w.set(0, BigDecimal.ONE);
                } else if (n == 2) {
                    w.set(0, settings.firstWeight());
                    w.set(1, settings.lastWeight());
                } else {
                    // scaled by n − 2 (first f·(n−2), last l·(n−2), each middle 1 − f − l): docs/attribution.md's
                    // ratios without dividing, exactly as the SQL does
                    BigDecimal scale = BigDecimal.valueOf(n - 2);
                    w.set(0, settings.firstWeight().multiply(scale));
                    w.set(n - 1, settings.lastWeight().multiply(scale));
                    BigDecimal middle = BigDecimal.ONE.subtract(settings.firstWeight()).subtract(settings.lastWeight());
                    for (int i = 1; i < n - 1; i++) {
                        w.set(i, middle);
                    }
                }
            }
            case W_SHAPED, FULL_PATH -> milestoneWeights(settings.model() == AttributionModel.FULL_PATH, path, context, w);
            case DATA_DRIVEN -> markovWeights(path, context.removalEffects(), w);
        }
        return w;
    }

    /**
     * W_SHAPED: 30% each to tFirst, tLead, tOpp; FULL_PATH: 22.5% each to tFirst, tLead, tOpp, tLast. A
     * missing tLead or tOpp gives its share to tLast; 10% is split among the touches that are no milestone
     * (to tLast when there are none). A touch that is several milestones gets each share.
     *
     * <p>The weights are these shares times 10·m (W_SHAPED) or 40·m (FULL_PATH), m = max(1, touches that are
     * no milestone): whole numbers with the same ratios (3m per W milestone, 9m per FULL_PATH milestone, 1 or 4
     * per other touch) that sum to exactly 10·m or 40·m, here and in {@link AttributionSql}: no division, so
     * nothing for the two to round differently.
     */
    private static void milestoneWeights(boolean fullPath, List<Touch> path, Context context, List<BigDecimal> w) {
        int n = path.size();
        int last = n - 1;
        int lead = milestone(path, context.earliestLead(), context.conversionAt());
        int opportunity = milestone(path, context.earliestOpportunity(), context.conversionAt());
        List<Integer> others = new ArrayList<>();
        for (int i = 1; i < last; i++) {
            if (i != lead && i != opportunity) {
                others.add(i);
            }
        }
        int m = Math.max(1, others.size());
        BigDecimal share = BigDecimal.valueOf((fullPath ? 9L : 3L) * m);
        BigDecimal rest = BigDecimal.valueOf(fullPath ? 4 : 1);
        add(w, 0, share);
        add(w, lead >= 0 ? lead : last, share);
        add(w, opportunity >= 0 ? opportunity : last, share);
        if (fullPath) {
            add(w, last, share);
        }
        if (others.isEmpty()) {
            add(w, last, rest);
        } else {
            others.forEach(i -> add(w, i, rest));
        }
    }

    /** Index of the last touch at or before {@code stageAt}, when that stage happened at or before T; else −1. */
    private static int milestone(List<Touch> path, Instant stageAt, Instant conversionAt) {
        if (stageAt == null || stageAt.isAfter(conversionAt)) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < path.size(); i++) {
            if (!path.get(i).occurredAt().isAfter(stageAt)) {
                found = i;
            }
        }
        return found;
    }

    /**
     * DATA_DRIVEN: each distinct channel of the path gets a share in proportion to its removal effect
     * (equal shares when all are 0), split equally among its touches.
     */
    private static void markovWeights(List<Touch> path, Map<Long, BigDecimal> removalEffects, List<BigDecimal> w) {
        Map<Long, Integer> touchesPerChannel = new LinkedHashMap<>();
        path.forEach(t -> touchesPerChannel.merge(t.channelId(), 1, Integer::sum));
        Map<Long, BigDecimal> effect = new HashMap<>();
        touchesPerChannel.keySet().forEach(c -> effect.put(c,
                c == null ? BigDecimal.ZERO : removalEffects.getOrDefault(c, BigDecimal.ZERO)));
        boolean allZero = effect.values().stream().allMatch(e -> e.signum() == 0);
        for (int i = 0; i < path.size(); i++) {
            Long channel = path.get(i).channelId();
            BigDecimal channelShare = allZero ? BigDecimal.ONE : effect.get(channel);
            w.set(i, channelShare.divide(BigDecimal.valueOf(touchesPerChannel.get(channel)), DecimalMath.CONTEXT));
        }
    }

    private static void add(List<BigDecimal> w, int i, BigDecimal share) {
        w.set(i, w.get(i).add(share));
    }
}
