package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.socialroi.attribution.MarkovChain.Transition;

/**
 * MarkovChain against chains solved by hand with fractions (docs/attribution.md, DATA_DRIVEN). Probabilities are
 * compared after rounding to 30 decimals; removal effects are compared exactly as the 20-decimal values the
 * class hands out.
 */
class MarkovChainTest {

    private static final long S = MarkovChain.START;
    private static final long CONV = MarkovChain.CONVERSION;
    private static final long NULL = MarkovChain.NULL;
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    /** Counts every transition of the given paths (each path listed with its states START … CONV/NULL). */
    private static MarkovChain chain(Object... pathsAndTimes) {
        Map<Transition, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTimes.length; i += 2) {
            long[] path = (long[]) pathsAndTimes[i];
            long times = (Integer) pathsAndTimes[i + 1];
            for (int j = 0; j + 1 < path.length; j++) {
                counts.merge(new Transition(path[j], path[j + 1]), times, Long::sum);
            }
        }
        return new MarkovChain(counts);
    }

    private static long[] path(long... states) {
        return states;
    }

    /** {@code numerator / denominator} to 30 decimals (half-even). */
    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 30, RoundingMode.HALF_EVEN);
    }

    private static void assertProbability(BigDecimal expected30, BigDecimal actual) {
        assertEquals(expected30, actual.setScale(30, RoundingMode.HALF_EVEN), () -> "was " + actual.toPlainString());
    }

    private static BigDecimal effect(String twentyDecimals) {
        BigDecimal e = new BigDecimal(twentyDecimals);
        assertEquals(MarkovChain.EFFECT_SCALE, e.scale(), "test setup: effects have 20 decimals");
        return e;
    }

    /**
     * Paths: START→A→B→CONV ×2, START→A→NULL ×1, START→B→NULL ×1.
     *
     * <pre>
     * counts: S→A 3, S→B 1, A→B 2, A→NULL 1, B→CONV 2, B→NULL 1
     * P:      S→A 3/4, S→B 1/4; A→B 2/3, A→NULL 1/3; B→CONV 2/3, B→NULL 1/3
     *
     * x_B = 2/3
     * x_A = 2/3 · x_B = 4/9
     * x_S = 3/4 · 4/9 + 1/4 · 2/3 = 1/3 + 1/6 = 1/2          → P(conversion) = 1/2
     *
     * without A (S→A goes to NULL): x_S = 1/4 · 2/3 = 1/6   → effect A = 1 − (1/6)/(1/2) = 1 − 1/3 = 2/3
     * without B (S→B and A→B go to NULL): x_S = 0           → effect B = 1 − 0 = 1
     *
     * 2/3 to 20 decimals (half-even) = 0.66666666666666666667
     * </pre>
     */
    private static MarkovChain small() {
        return chain(path(S, A, B, CONV), 2, path(S, A, NULL), 1, path(S, B, NULL), 1);
    }

    @Test
    void smallChainCountsAndChannels() {
        MarkovChain m = small();
        assertEquals(Set.of(A, B), m.channels());
        assertEquals(3, m.count(new Transition(S, A)));
        assertEquals(1, m.count(new Transition(S, B)));
        assertEquals(2, m.count(new Transition(A, B)));
        assertEquals(1, m.count(new Transition(A, NULL)));
        assertEquals(2, m.count(new Transition(B, CONV)));
        assertEquals(1, m.count(new Transition(B, NULL)));
        assertEquals(0, m.count(new Transition(B, A)));
        assertEquals(6, m.counts().size());
    }

    @Test
    void smallChainTransitionProbabilitiesAreNormalisedPerState() {
        MarkovChain m = small();
        assertEquals(0, new BigDecimal("0.75").compareTo(m.probability(new Transition(S, A))));
        assertEquals(0, new BigDecimal("0.25").compareTo(m.probability(new Transition(S, B))));
        assertProbability(fraction(2, 3), m.probability(new Transition(A, B)));
        assertProbability(fraction(1, 3), m.probability(new Transition(A, NULL)));
        assertProbability(fraction(2, 3), m.probability(new Transition(B, CONV)));
        assertProbability(fraction(1, 3), m.probability(new Transition(B, NULL)));
        // never observed from a known state, or from a state with no outgoing transitions
        assertEquals(0, m.probability(new Transition(A, CONV)).signum());
        assertEquals(0, m.probability(new Transition(B, A)).signum());
        assertEquals(0, m.probability(new Transition(C, CONV)).signum());
        // each state's outgoing probabilities add up to 1
        for (long from : List.of(S, A, B)) {
            BigDecimal sum = BigDecimal.ZERO;
            for (long to : List.of(A, B, CONV, NULL)) {
                sum = sum.add(m.probability(new Transition(from, to)));
            }
            assertProbability(fraction(1, 1), sum);
        }
    }

    @Test
    void smallChainConversionProbabilitySolvedByHand() {
        MarkovChain m = small();
        assertProbability(fraction(1, 2), m.conversionProbability());
        assertProbability(fraction(1, 2), m.conversionProbability(null));
        assertProbability(fraction(1, 6), m.conversionProbability(A));
        assertProbability(fraction(0, 1), m.conversionProbability(B));
    }

    @Test
    void smallChainRemovalEffectsSolvedByHand() {
        Map<Long, BigDecimal> effects = small().removalEffects();
        assertEquals(Map.of(A, effect("0.66666666666666666667"), B, effect("1.00000000000000000000")), effects);
        // also after rounding to 15 decimals, compared by value
        assertEquals(0, new BigDecimal("0.666666666666667").compareTo(effects.get(A).setScale(15, RoundingMode.HALF_EVEN)));
        assertEquals(0, BigDecimal.ONE.compareTo(effects.get(B)));
    }

    /**
     * A chain with a loop between A and B. Paths:
     *
     * <pre>
     * START→A→B→A→CONV ×1, START→A→B→NULL ×1, START→B→A→CONV ×1, START→B→CONV ×1
     *
     * counts: S→A 2, S→B 2; A→B 2, A→CONV 2; B→A 2, B→NULL 1, B→CONV 1
     * P:      S→A 1/2, S→B 1/2; A→B 1/2, A→CONV 1/2; B→A 1/2, B→NULL 1/4, B→CONV 1/4
     *
     * linear system (x = probability of reaching CONV):
     *   x_A = 1/2 + 1/2 · x_B
     *   x_B = 1/4 + 1/2 · x_A
     *   → x_A = 1/2 + 1/2 (1/4 + x_A / 2) = 5/8 + x_A / 4 → 3/4 · x_A = 5/8 → x_A = 5/6
     *   → x_B = 1/4 + 5/12 = 2/3
     *   x_S = 1/2 · 5/6 + 1/2 · 2/3 = 5/12 + 4/12 = 3/4      → P(conversion) = 3/4
     *
     * without A (S→A, B→A go to NULL): x_B = 1/4; x_S = 1/2 · 1/4 = 1/8
     *   → effect A = 1 − (1/8)/(3/4) = 1 − 1/6 = 5/6 = 0.83333333333333333333 (20 decimals)
     * without B (S→B, A→B go to NULL): x_A = 1/2; x_S = 1/2 · 1/2 = 1/4
     *   → effect B = 1 − (1/4)/(3/4) = 2/3 = 0.66666666666666666667
     * </pre>
     */
    private static MarkovChain loop() {
        return chain(path(S, A, B, A, CONV), 1, path(S, A, B, NULL), 1, path(S, B, A, CONV), 1, path(S, B, CONV), 1);
    }

    @Test
    void loopChainSolvedAsALinearSystem() {
        MarkovChain m = loop();
        assertEquals(Set.of(A, B), m.channels());
        assertEquals(2, m.count(new Transition(B, A)));
        assertEquals(0, new BigDecimal("0.25").compareTo(m.probability(new Transition(B, NULL))));
        assertEquals(0, new BigDecimal("0.5").compareTo(m.probability(new Transition(B, A))));
        assertProbability(fraction(3, 4), m.conversionProbability());
        assertProbability(fraction(1, 8), m.conversionProbability(A));
        assertProbability(fraction(1, 4), m.conversionProbability(B));
        assertEquals(Map.of(A, effect("0.83333333333333333333"), B, effect("0.66666666666666666667")),
                m.removalEffects());
    }

    /**
     * A three-channel chain with a longer cycle A→B→C→A. Counts given directly:
     *
     * <pre>
     * S→A 1                                  P(S→A) = 1
     * A→B 3, A→CONV 1                        P(A→B) = 3/4, P(A→CONV) = 1/4
     * B→C 1, B→NULL 1                        P(B→C) = 1/2, P(B→NULL) = 1/2
     * C→A 2, C→CONV 1, C→NULL 1              P(C→A) = 1/2, P(C→CONV) = 1/4, P(C→NULL) = 1/4
     *
     *   x_C = 1/4 + 1/2 · x_A
     *   x_B = 1/2 · x_C = 1/8 + 1/4 · x_A
     *   x_A = 1/4 + 3/4 · x_B = 1/4 + 3/32 + 3/16 · x_A → 13/16 · x_A = 11/32 → x_A = 11/26
     *   x_S = x_A = 11/26
     * without A: x_S = 0 → effect 1
     * without B: x_A = 1/4 → effect 1 − (1/4)/(11/26) = 1 − 26/44 = 18/44 = 9/22 = 0.40909090909090909091
     * without C: x_B = 0, x_A = 1/4 → effect 9/22 as well
     * </pre>
     */
    @Test
    void longerCycleSolvedByHand() {
        Map<Transition, Long> counts = new LinkedHashMap<>();
        counts.put(new Transition(S, A), 1L);
        counts.put(new Transition(A, B), 3L);
        counts.put(new Transition(A, CONV), 1L);
        counts.put(new Transition(B, C), 1L);
        counts.put(new Transition(B, NULL), 1L);
        counts.put(new Transition(C, A), 2L);
        counts.put(new Transition(C, CONV), 1L);
        counts.put(new Transition(C, NULL), 1L);
        MarkovChain m = new MarkovChain(counts);
        assertProbability(fraction(11, 26), m.conversionProbability());
        assertProbability(fraction(1, 4), m.conversionProbability(B));
        assertProbability(fraction(1, 4), m.conversionProbability(C));
        assertEquals(0, m.conversionProbability(A).signum());
        assertEquals(Map.of(A, effect("1.00000000000000000000"), B, effect("0.40909090909090909091"),
                C, effect("0.40909090909090909091")), m.removalEffects());
    }

    @Test
    void nothingConvertsGivesAllZeroEffects() {
        // START→A→NULL ×2, START→B→A→NULL ×1: no CONVERSION anywhere → P = 0, every effect 0 (20 decimals)
        MarkovChain m = chain(path(S, A, NULL), 2, path(S, B, A, NULL), 1);
        assertEquals(0, m.conversionProbability().signum());
        Map<Long, BigDecimal> effects = m.removalEffects();
        assertEquals(Set.of(A, B), effects.keySet());
        for (BigDecimal e : effects.values()) {
            assertEquals(0, e.signum());
            assertEquals(MarkovChain.EFFECT_SCALE, e.scale());
        }
    }

    @Test
    void emptyChainHasNoEffects() {
        MarkovChain m = new MarkovChain(Map.of());
        assertEquals(Set.of(), m.channels());
        assertEquals(0, m.conversionProbability().signum());
        assertEquals(Map.of(), m.removalEffects());
    }

    /**
     * START→A→CONV ×2, START→C→NULL ×1, START→A→C→NULL ×1.
     *
     * <pre>
     * counts: S→A 3, S→C 1; A→CONV 2, A→C 1; C→NULL 2
     * x_C = 0; x_A = 2/3; x_S = 3/4 · 2/3 = 1/2
     * without C: A→C goes to NULL, which C led to anyway: x_A = 2/3, x_S = 1/2 → effect C = 0
     * without A: x_S = 1/4 · x_C = 0 → effect A = 1
     * </pre>
     */
    @Test
    void channelOnlyOnNonConvertingPathsHasZeroEffect() {
        MarkovChain m = chain(path(S, A, CONV), 2, path(S, C, NULL), 1, path(S, A, C, NULL), 1);
        assertProbability(fraction(1, 2), m.conversionProbability());
        assertProbability(fraction(1, 2), m.conversionProbability(C));
        Map<Long, BigDecimal> effects = m.removalEffects();
        assertEquals(effect("1.00000000000000000000"), effects.get(A));
        assertEquals(0, effects.get(C).signum());
        assertEquals(MarkovChain.EFFECT_SCALE, effects.get(C).scale());
    }

    @Test
    void removingAChannelNotInTheChainChangesNothing() {
        for (MarkovChain m : List.of(small(), loop())) {
            BigDecimal base = m.conversionProbability();
            assertEquals(0, base.compareTo(m.conversionProbability(99L)));
            assertEquals(0, base.compareTo(m.conversionProbability(MarkovChain.NULL)));
        }
    }

    @Test
    void directConversionFromStartIsNotAChannel() {
        // a path START→CONV (no channel) converts with no channel to remove. Paths START→CONV, START→A→CONV,
        // START→A→NULL: S→CONV 1/3, S→A 2/3; A→CONV 1/2, A→NULL 1/2
        // x_A = 1/2; x_S = 1/3 + 2/3 · 1/2 = 2/3; without A: x_S = 1/3 → effect A = 1 − (1/3)/(2/3) = 1/2
        MarkovChain m = chain(path(S, CONV), 1, path(S, A, CONV), 1, path(S, A, NULL), 1);
        assertEquals(Set.of(A), m.channels());
        assertProbability(fraction(2, 3), m.conversionProbability());
        assertProbability(fraction(1, 3), m.conversionProbability(A));
        assertEquals(Map.of(A, effect("0.50000000000000000000")), m.removalEffects());
    }

    @Test
    void rejectsTransitionsThatAreNotOfThisChain() {
        assertThrows(IllegalArgumentException.class, () -> new MarkovChain(Map.of(new Transition(CONV, A), 1L)));
        assertThrows(IllegalArgumentException.class, () -> new MarkovChain(Map.of(new Transition(NULL, A), 1L)));
        assertThrows(IllegalArgumentException.class, () -> new MarkovChain(Map.of(new Transition(A, S), 1L)));
        assertThrows(IllegalArgumentException.class, () -> new MarkovChain(Map.of(new Transition(S, A), -1L)));
    }

    @Test
    void effectsFeedDataDrivenCredits() {
        // small chain: effects A 2/3, B 1 → path A, B of 1000.00: A (2/3)/(5/3) = 2/5 → 400, B 600
        Map<Long, BigDecimal> effects = small().removalEffects();
        java.time.Instant t = java.time.Instant.parse("2026-03-31T12:00:00Z");
        List<ConversionPath.Touch> path = List.of(new ConversionPath.Touch(1, t.minusSeconds(3600), A, null),
                new ConversionPath.Touch(2, t, B, null));
        List<ConversionPath.Credit> credits = ConversionPath.credit(
                new AttributionSettings(AttributionModel.DATA_DRIVEN, 30), path, new BigDecimal("1000.00"),
                new ConversionPath.Context(t, null, null, effects));
        assertEquals(List.of(new BigDecimal("400.0000000000"), new BigDecimal("600.0000000000")),
                credits.stream().map(ConversionPath.Credit::value).toList());
    }

    @Test
    void workedCasesMatchThePerChannelSolve() {
        // the chain of longerCycleSolvedByHand, as (from, to, count) triples
        long[] longerCycle = { S, A, 1, A, B, 3, A, CONV, 1, B, C, 1, B, NULL, 1, C, A, 2, C, CONV, 1, C, NULL, 1 };
        Map<Transition, Long> longerCycleCounts = new LinkedHashMap<>();
        for (int i = 0; i < longerCycle.length; i += 3) {
            longerCycleCounts.put(new Transition(longerCycle[i], longerCycle[i + 1]), longerCycle[i + 2]);
        }
        List<MarkovChain> cases = List.of(small(), loop(), new MarkovChain(longerCycleCounts),
                chain(path(S, A, NULL), 2, path(S, B, A, NULL), 1), new MarkovChain(Map.of()),
                chain(path(S, A, CONV), 2, path(S, C, NULL), 1, path(S, A, C, NULL), 1),
                chain(path(S, CONV), 1, path(S, A, CONV), 1, path(S, A, NULL), 1));
        for (int i = 0; i < cases.size(); i++) {
            MarkovChainSolveTest.assertSameAsPerChannelSolve(cases.get(i), "worked case " + i);
        }
    }

    @Test
    void refusesMoreThanMaxChannels() {
        Map<Transition, Long> counts = new LinkedHashMap<>();
        for (long c = 0; c < MarkovChain.MAX_CHANNELS; c++) {
            counts.put(new Transition(S, c), 1L);
            counts.put(new Transition(c, c % 2 == 0 ? CONV : NULL), 1L);
        }
        assertEquals(MarkovChain.MAX_CHANNELS, new MarkovChain(counts).channels().size());
        counts.put(new Transition(0, MarkovChain.MAX_CHANNELS), 1L); // one channel more, only led to
        var refused = assertThrows(MarkovChain.TooManyChannelsException.class, () -> new MarkovChain(counts));
        assertEquals("DATA_DRIVEN's Markov chain for this report has 201 channels, more than the 200 it can solve: "
                + "choose a shorter period, or another attribution model.", refused.getMessage());
    }
}
