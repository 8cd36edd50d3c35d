package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.socialroi.attribution.MarkovChain.Transition;

/**
 * The reference {@link MarkovChain#removalEffects()} is held to: the solve as MarkovChain did it before its one
 * inversion, a full linear system per removed channel (O(C⁴) in all), written the obvious way. Test code only.
 */
final class PerChannelSolve {

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

    private PerChannelSolve() {
    }

    /**
     * @param base    P(conversion)
     * @param without P(conversion) without each channel
     * @param effects each channel's removal effect, as {@link MarkovChain#removalEffects()} hands them out
     */
    record Solution(BigDecimal base, Map<Long, BigDecimal> without, Map<Long, BigDecimal> effects) {
    }

    static Solution solve(MarkovChain chain) {
        BigDecimal base = conversionProbability(chain, null);
        Map<Long, BigDecimal> without = new LinkedHashMap<>();
        Map<Long, BigDecimal> effects = new LinkedHashMap<>();
        for (Long channel : chain.channels()) {
            BigDecimal p = conversionProbability(chain, channel);
            without.put(channel, p);
            BigDecimal effect = base.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE.subtract(p.divide(base, MC));
            effects.put(channel, effect.setScale(MarkovChain.EFFECT_SCALE, RoundingMode.HALF_EVEN));
        }
        return new Solution(base, without, effects);
    }

    /** P(conversion from START) with {@code removed} (null: none) taken out: the system without its row. */
    static BigDecimal conversionProbability(MarkovChain chain, Long removed) {
        List<Long> states = new ArrayList<>();
        states.add(MarkovChain.START);
        chain.channels().stream().filter(c -> !c.equals(removed)).forEach(states::add);
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
        for (Transition t : chain.counts().keySet()) {
            Integer row = index.get(t.from());
            if (row == null) {
                continue; // transitions leaving the removed channel no longer happen
            }
            BigDecimal p = chain.probability(t);
            if (t.to() == MarkovChain.CONVERSION) {
                a[row][n] = a[row][n].add(p);
            } else if (index.containsKey(t.to())) {
                int col = index.get(t.to());
                a[row][col] = a[row][col].subtract(p);
            } // into NULL or into the removed channel: absorbed without conversion
        }
        return solve(a)[index.get(MarkovChain.START)];
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
