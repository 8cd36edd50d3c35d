package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * First-order Markov chain over channels (docs/attribution.md, DATA_DRIVEN). States: START, each channel,
 * CONVERSION, NULL. P(conversion) is solved exactly as a linear system over the transient states
 * (START and the channels), never simulated. Pure: no framework imports.
 */
public final class MarkovChain {

    /** Pseudo channel ids of the special states. */
    public static final long START = -1;
    public static final long CONVERSION = -2;
    public static final long NULL = -3;
    /** Removal effects are handed to reports with this many decimals. */
    public static final int EFFECT_SCALE = 20;

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

    public record Transition(long from, long to) {
    }

    private final Map<Transition, Long> counts;
    private final Map<Long, Long> outgoing = new HashMap<>();
    private final Set<Long> channels = new TreeSet<>();

    /** @param counts observed transitions (from START or a channel; to a channel, CONVERSION or NULL) */
    public MarkovChain(Map<Transition, Long> counts) {
        this.counts = new LinkedHashMap<>(counts);
        counts.forEach((t, n) -> {
            if (n < 0 || t.from() == CONVERSION || t.from() == NULL || t.to() == START) {
                throw new IllegalArgumentException("not a transition of this chain: " + t + " × " + n);
            }
            outgoing.merge(t.from(), n, Long::sum);
            if (t.from() >= 0) {
                channels.add(t.from());
            }
            if (t.to() >= 0) {
                channels.add(t.to());
            }
        });
    }

    public Set<Long> channels() {
        return channels;
    }

    public long count(Transition transition) {
        return counts.getOrDefault(transition, 0L);
    }

    public Map<Transition, Long> counts() {
        return counts;
    }

    /** The observed count normalized over the transitions leaving the same state. */
    public BigDecimal probability(Transition transition) {
        long total = outgoing.getOrDefault(transition.from(), 0L);
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count(transition)).divide(BigDecimal.valueOf(total), MC);
    }

    /** Probability of reaching CONVERSION from START. */
    public BigDecimal conversionProbability() {
        return conversionProbability(null);
    }

    /**
     * Probability of reaching CONVERSION from START when {@code removed} is taken out: every
     * transition into it goes to NULL instead.
     */
    public BigDecimal conversionProbability(Long removed) {
        List<Long> states = new ArrayList<>();
        states.add(START);
        channels.stream().filter(c -> !c.equals(removed)).forEach(states::add);
        int n = states.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(states.get(i), i);
        }
        // (I − Q) x = b, where Q holds transitions among transient states and b those into CONVERSION.
        BigDecimal[][] a = new BigDecimal[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= n; j++) {
                a[i][j] = i == j ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        }
        for (Transition t : counts.keySet()) {
            Integer row = index.get(t.from());
            if (row == null) {
                continue; // transitions leaving the removed channel no longer happen
            }
            BigDecimal p = probability(t);
            if (t.to() == CONVERSION) {
                a[row][n] = a[row][n].add(p);
            } else if (index.containsKey(t.to())) {
                int col = index.get(t.to());
                a[row][col] = a[row][col].subtract(p);
            } // into NULL or into the removed channel: absorbed without conversion
        }
        return solve(a)[index.get(START)];
    }

    /**
     * Removal effect of each channel: 1 − P(conversion without it) / P(conversion); all 0 when nothing
     * converts. Rounded half-even to {@value #EFFECT_SCALE} decimals.
     */
    public Map<Long, BigDecimal> removalEffects() {
        BigDecimal base = conversionProbability();
        Map<Long, BigDecimal> effects = new LinkedHashMap<>();
        for (Long channel : channels) {
            BigDecimal effect = base.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.subtract(conversionProbability(channel).divide(base, MC));
            effects.put(channel, effect.setScale(EFFECT_SCALE, RoundingMode.HALF_EVEN));
        }
        return effects;
    }

    /** Gauss-Jordan elimination with partial pivoting on the augmented matrix. */
    private static BigDecimal[] solve(BigDecimal[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (a[r][col].abs().compareTo(a[pivot][col].abs()) > 0) {
                    pivot = r;
                }
            }
            BigDecimal[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (a[col][col].signum() == 0) {
                throw new IllegalStateException("singular chain: a state never reaches CONVERSION or NULL");
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col].signum() != 0) {
                    BigDecimal factor = a[r][col].divide(a[col][col], MC);
                    for (int c = col; c <= n; c++) {
                        a[r][c] = a[r][c].subtract(factor.multiply(a[col][c], MC), MC);
                    }
                }
            }
        }
        BigDecimal[] x = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n].divide(a[i][i], MC);
        }
        return x;
    }
}
