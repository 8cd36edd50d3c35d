package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.socialroi.attribution.MarkovChain.Transition;

/**
 * {@link MarkovChain}'s one-inversion solve held to {@link PerChannelSolve}, a full system per removed channel, on
 * 200 random chains: removal effects equal at their 20 decimals, P(conversion without a channel) equal to 10⁻³⁰.
 */
class MarkovChainSolveTest {

    private static final long S = MarkovChain.START;
    private static final long CONV = MarkovChain.CONVERSION;
    private static final long NULL = MarkovChain.NULL;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-30");

    /**
     * 100 chains of 1 to 30 channels counted from random paths, as the report counts them: sparse (each step picks
     * among a few channels) and dense (among all), some with no CONVERSION at all.
     */
    @Test
    void chainsCountedFromRandomPathsMatchThePerChannelSolve() {
        Random random = new Random(20261202);
        for (int chain = 0; chain < 100; chain++) {
            int channels = 1 + random.nextInt(30);
            boolean dense = chain % 2 == 0;
            double conversionRate = chain % 10 == 9 ? 0 : random.nextDouble();
            Map<Transition, Long> counts = new LinkedHashMap<>();
            int paths = 1 + random.nextInt(dense ? 300 : 40);
            for (int p = 0; p < paths; p++) {
                long state = S;
                int length = 1 + random.nextInt(6);
                for (int step = 0; step < length; step++) {
                    long next = dense ? random.nextInt(channels) : Math.min(channels - 1, state + 1 + random.nextInt(3));
                    if (next != state) { // consecutive repeats collapse into one state
                        counts.merge(new Transition(state, next), 1L, Long::sum);
                        state = next;
                    }
                }
                counts.merge(new Transition(state, random.nextDouble() < conversionRate ? CONV : NULL), 1L, Long::sum);
            }
            assertSameAsPerChannelSolve(new MarkovChain(counts), "chain " + chain);
        }
    }

    /**
     * 100 chains of 1 to 30 channels with random counts given directly, beyond what paths produce: channels no
     * transition leads to (unreachable from START), channels with no way out (only led to), self-loops, sparse and
     * dense. A chain whose states cannot all leave is singular for both solves.
     */
    @Test
    void chainsWithRandomCountsMatchThePerChannelSolve() {
        Random random = new Random(42);
        int solved = 0;
        for (int chain = 0; chain < 100; chain++) {
            int channels = 1 + random.nextInt(30);
            double density = chain % 2 == 0 ? 0.9 : 0.08;
            List<Long> from = new ArrayList<>();
            from.add(S);
            for (long c = 0; c < channels; c++) {
                if (random.nextInt(8) > 0) { // about one channel in eight has no way out
                    from.add(c);
                }
            }
            Map<Transition, Long> counts = new LinkedHashMap<>();
            for (long f : from) {
                for (long to = 0; to < channels; to++) {
                    boolean unreachable = to % 7 == 3 && chain % 3 == 0; // nothing leads to these channels
                    if (!unreachable && random.nextDouble() < density) {
                        counts.put(new Transition(f, to), 1L + random.nextInt(1000));
                    }
                }
                if (random.nextDouble() < 0.8) {
                    counts.put(new Transition(f, CONV), 1L + random.nextInt(1000));
                }
                if (random.nextDouble() < 0.8) {
                    counts.put(new Transition(f, NULL), 1L + random.nextInt(1000));
                }
            }
            MarkovChain m = new MarkovChain(counts);
            PerChannelSolve.Solution expected;
            try {
                expected = PerChannelSolve.solve(m);
            } catch (IllegalStateException singular) {
                assertThrows(IllegalStateException.class, m::removalEffects, "chain " + chain);
                continue;
            }
            assertSame(expected, m, "chain " + chain);
            solved++;
        }
        assertTrue(solved > 75, "test setup: most random chains can be solved, " + solved + " could");
    }

    static void assertSameAsPerChannelSolve(MarkovChain m, String name) {
        assertSame(PerChannelSolve.solve(m), m, name);
    }

    private static void assertSame(PerChannelSolve.Solution expected, MarkovChain m, String name) {
        assertEquals(expected.effects(), m.removalEffects(), name);
        assertClose(expected.base(), m.conversionProbability(), name);
        expected.without().forEach((channel, p) -> assertClose(p, m.conversionProbability(channel),
                name + " without " + channel));
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String name) {
        assertTrue(expected.subtract(actual).abs().compareTo(TOLERANCE) <= 0,
                () -> name + ": expected " + expected + ", was " + actual);
    }
}
