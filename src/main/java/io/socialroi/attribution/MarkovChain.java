package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * First-order Markov chain over channels (docs/attribution.md, DATA_DRIVEN). States: START, each channel,
 * CONVERSION, NULL. P(conversion) is solved exactly as a linear system over the transient states
 * (START and the channels), never simulated; one inversion of that system gives every channel's removal too
 * (O(C³) for C channels, at most {@value #MAX_CHANNELS}). Immutable once built, and solved once, on first use: the
 * service keeps each solved chain per data version and shares it between requests (AttributionQueries.markovChain).
 * Pure: no framework imports.
 */
public final class MarkovChain {

    /** Pseudo channel ids of the special states. */
    public static final long START = -1;
    public static final long CONVERSION = -2;
    public static final long NULL = -3;
    /** Removal effects are handed to reports with this many decimals. */
    public static final int EFFECT_SCALE = 20;
    /**
     * The most channels a chain may have: the solve takes O(C³) 40-digit operations, about 3 s for a dense chain of
     * 200 channels on 2 cores (docs/limits.md).
     */
    public static final int MAX_CHANNELS = 200;

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

    public record Transition(long from, long to) {
    }

    /**
     * How many chains this JVM has solved: what a test of the service's cache reads (the service solves a chain
     * only through {@link #solved()}, so every solve counts).
     */
    private static final AtomicLong SOLVES = new AtomicLong();

    private final Map<Transition, Long> counts;
    private final Map<Long, Long> outgoing = new HashMap<>();
    private final Set<Long> channels;
    /** The one solve of the chain, made on first use. */
    private Solved solved;

    /** A chain with more than {@link #MAX_CHANNELS} channels; its message is written for the report's caller. */
    public static final class TooManyChannelsException extends RuntimeException {
        TooManyChannelsException(int channels) {
            super("DATA_DRIVEN's Markov chain for this report has " + channels + " channels, more than the "
                    + MAX_CHANNELS + " it can solve: choose a shorter period, or another attribution model.");
        }
    }

    /**
     * @param counts observed transitions (from START or a channel; to a channel, CONVERSION or NULL)
     * @throws TooManyChannelsException over {@link #MAX_CHANNELS} channels
     */
    public MarkovChain(Map<Transition, Long> counts) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        Set<Long> channels = new TreeSet<>();
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
        if (channels.size() > MAX_CHANNELS) {
            throw new TooManyChannelsException(channels.size());
        }
        this.channels = Collections.unmodifiableSet(channels);
    }

    /** How many chains have been solved in this JVM so far. */
    static long solves() {
        return SOLVES.get();
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
     * Probability of reaching CONVERSION from START when {@code removed} is taken out: every transition into it
     * goes to NULL instead. Read from the one solve of the whole chain ({@link #solved()}); a state that is no
     * channel of the chain (null, START, an unknown id) removes nothing.
     */
    public BigDecimal conversionProbability(Long removed) {
        Solved s = solved();
        Integer k = removed == null ? null : s.index().get(removed);
        return k == null ? s.base() : s.without()[k];
    }

    /**
     * Removal effect of each channel: 1 − P(conversion without it) / P(conversion); all 0 when nothing
     * converts. Rounded half-even to {@value #EFFECT_SCALE} decimals.
     */
    public Map<Long, BigDecimal> removalEffects() {
        return solved().effects();
    }

    /**
     * P(conversion), P(conversion without k) for every channel k and the removal effects read from them.
     *
     * @param index   each channel's row in {@code without}
     * @param without P(conversion from START) with the channel of that row removed (never handed out: an array)
     * @param effects {@link #removalEffects()}, unmodifiable
     */
    private record Solved(BigDecimal base, Map<Long, Integer> index, BigDecimal[] without,
            Map<Long, BigDecimal> effects) {
    }

    /** The chain solved once, on first use: O(C³) for C channels (see {@link #solve}). */
    private synchronized Solved solved() {
        if (solved == null) {
            SOLVES.incrementAndGet();
            solved = solve();
        }
        return solved;
    }

    /** Each channel's removal effect from the solve: 1 − without / base, rounded; all 0 when nothing converts. */
    private Map<Long, BigDecimal> effects(BigDecimal base, Map<Long, Integer> index, BigDecimal[] without) {
        Map<Long, BigDecimal> effects = new LinkedHashMap<>();
        for (Long channel : channels) {
            BigDecimal effect = base.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.subtract(without[index.get(channel)].divide(base, MC));
            effects.put(channel, effect.setScale(EFFECT_SCALE, RoundingMode.HALF_EVEN));
        }
        return Collections.unmodifiableMap(effects);
    }

    /**
     * Solves the chain and every channel's removal with one inversion, O(C³) instead of one solve per channel
     * (O(C⁴)).
     *
     * <p>Transient states: START (row 0) and the channels. With Q the transition probabilities among them, b those
     * into CONVERSION and A = I − Q, the conversion probabilities x solve A x = b, so x = M b with M = A⁻¹.
     *
     * <p>Removing channel k sends every transition into k to NULL and drops k's own row. That is the same system
     * with x_k forced to 0: every other row i reads x'_i − Σ_{j≠k} Q_ij x'_j = b_i, which is row i of A x' = b once
     * x'_k = 0 (the term Q_ik x'_k vanishes). Row k alone no longer has to hold, so x' solves A x' = b + t e_k for
     * the one t that makes x'_k = 0: x' = x + t M e_k, and x'_k = x_k + t M_kk = 0 gives t = −x_k / M_kk. Hence
     *
     * <pre>
     *   P(conversion without k) = x'_START = x_START − x_k · M_START,k / M_kk
     * </pre>
     *
     * M_kk ≥ 1 because M = I + Q + Q² + … for a sub-stochastic Q with every state leaving to CONVERSION or NULL
     * eventually, so the division is safe. One Gauss-Jordan elimination of [A | I | b] gives x and M in O(C³);
     * each removal then costs O(1). docs/attribution.md, DATA_DRIVEN, has the same derivation.
     */
    private Solved solve() {
        List<Long> states = new ArrayList<>();
        states.add(START);
        states.addAll(channels);
        int n = states.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(states.get(i), i);
        }
        // [A | I | b]: columns 0..n−1 hold A = I − Q, n..2n−1 the identity that becomes M, 2n the vector b.
        int width = 2 * n + 1;
        BigDecimal[][] a = new BigDecimal[n][width];
        for (int i = 0; i < n; i++) {
            Arrays.fill(a[i], BigDecimal.ZERO);
            a[i][i] = BigDecimal.ONE;
            a[i][n + i] = BigDecimal.ONE;
        }
        for (Transition t : counts.keySet()) {
            int row = index.get(t.from());
            BigDecimal p = probability(t);
            if (t.to() == CONVERSION) {
                a[row][2 * n] = a[row][2 * n].add(p);
            } else if (t.to() != NULL) {
                int col = index.get(t.to());
                a[row][col] = a[row][col].subtract(p);
            } // into NULL: absorbed without conversion
        }
        eliminate(a, n);
        // after elimination row i is diagonal in A: x_i = b_i / a_ii and M_ij = a_i,n+j / a_ii
        BigDecimal base = a[0][2 * n].divide(a[0][0], MC);
        BigDecimal[] without = new BigDecimal[n];
        without[0] = base;
        for (int k = 1; k < n; k++) {
            BigDecimal xk = a[k][2 * n].divide(a[k][k], MC);
            BigDecimal mStartK = a[0][n + k].divide(a[0][0], MC);
            BigDecimal mKK = a[k][n + k].divide(a[k][k], MC);
            without[k] = base.subtract(xk.multiply(mStartK, MC).divide(mKK, MC), MC);
        }
        return new Solved(base, index, without, effects(base, index, without));
    }

    /**
     * Gauss-Jordan elimination with partial pivoting of the first {@code n} columns of {@code a}, applied to all of
     * its columns; rows are not normalised (each keeps its pivot). Only the pivot row's non-zero columns are
     * updated, so the identity part costs nothing until it fills in.
     */
    private static void eliminate(BigDecimal[][] a, int n) {
        int width = a[0].length;
        int[] nonZero = new int[width];
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
            BigDecimal[] pivotRow = a[col];
            if (pivotRow[col].signum() == 0) {
                throw new IllegalStateException("singular chain: a state never reaches CONVERSION or NULL");
            }
            int count = 0;
            for (int c = col; c < width; c++) {
                if (pivotRow[c].signum() != 0) {
                    nonZero[count++] = c;
                }
            }
            for (int r = 0; r < n; r++) {
                BigDecimal[] row = a[r];
                if (r != col && row[col].signum() != 0) {
                    BigDecimal factor = row[col].divide(pivotRow[col], MC);
                    for (int i = 0; i < count; i++) {
                        int c = nonZero[i];
                        // the product exact, rounded once with the difference: a third faster than rounding both
                        row[c] = row[c].subtract(factor.multiply(pivotRow[c]), MC);
                    }
                }
            }
        }
    }
}
