package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.socialroi.attribution.ConversionPath.Context;
import io.socialroi.attribution.ConversionPath.Credit;
import io.socialroi.attribution.ConversionPath.Touch;

/**
 * ConversionPath.credit(settings, path, value, context) under every model, against numbers computed by hand
 * from docs/attribution.md. Every expected credit is an exact BigDecimal with 10 decimals; the arithmetic is in
 * the comments. Credits are value × weight / (sum of weights), rounded half-even to 10 decimals, and the
 * last touch gets value − (the others), so the credits add up to the value exactly.
 */
class ConversionPathModelsTest {

    /** The conversion time T of every test. */
    private static final Instant T = Instant.parse("2026-03-31T12:00:00Z");
    private static final BigDecimal THOUSAND = new BigDecimal("1000.00");

    // ------------------------------------------------------------------ helpers

    /** A touch {@code before} before T on channel {@code channel} (campaign 100 + channel). */
    private static Touch touch(long id, Duration before, long channel) {
        return new Touch(id, T.minus(before), channel, 100 + channel);
    }

    private static Touch touch(long id, Duration before) {
        return touch(id, before, id);
    }

    private static Duration days(long d) {
        return Duration.ofDays(d);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    private static AttributionSettings settings(AttributionModel model) {
        return new AttributionSettings(model, 30);
    }

    private static AttributionSettings position(String first, String last) {
        return new AttributionSettings(AttributionModel.POSITION_BASED, 30, AttributionSettings.DEFAULT_HALF_LIFE_HOURS,
                new BigDecimal(first), new BigDecimal(last));
    }

    private static AttributionSettings decay(int halfLifeHours) {
        return new AttributionSettings(AttributionModel.TIME_DECAY, 30, halfLifeHours,
                AttributionSettings.DEFAULT_POSITION_WEIGHT, AttributionSettings.DEFAULT_POSITION_WEIGHT);
    }

    private static Context at() {
        return Context.at(T);
    }

    private static Context funnel(Instant lead, Instant opportunity) {
        return new Context(T, lead, opportunity, Map.of());
    }

    private static Context effects(Map<Long, BigDecimal> removalEffects) {
        return new Context(T, null, null, removalEffects);
    }

    private static List<Credit> credit(AttributionSettings settings, List<Touch> path, BigDecimal value, Context context) {
        return ConversionPath.credit(settings, path, value, context);
    }

    /**
     * The credits are for the path's touches in path order, each exactly the expected 10-decimal value (equals,
     * so the scale is checked too), and they add up to the value exactly.
     */
    private static void assertCredits(List<Touch> path, BigDecimal value, List<Credit> credits, String... expected) {
        assertEquals(path.size(), expected.length, "test setup: one expected credit per touch");
        List<Long> ids = path.stream().map(Touch::id).toList();
        assertEquals(ids, credits.stream().map(c -> c.touch().id()).toList(), "credits follow the path order");
        List<BigDecimal> want = new ArrayList<>();
        for (String e : expected) {
            want.add(new BigDecimal(e));
        }
        assertEquals(want, credits.stream().map(Credit::value).toList());
        assertSumAndScale(value, credits);
    }

    private static void assertSumAndScale(BigDecimal value, List<Credit> credits) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Credit c : credits) {
            assertEquals(ConversionPath.CREDIT_SCALE, c.value().scale(), () -> "scale of " + c);
            sum = sum.add(c.value());
        }
        assertEquals(value.setScale(10), sum, "credits add up to the value exactly");
    }

    // The worked example of docs/attribution.md: LinkedIn 30 days before T, Facebook 7 days before, Email at T.
    private static final Touch LINKEDIN = touch(1, days(30), 1);
    private static final Touch FACEBOOK = touch(2, days(7), 2);
    private static final Touch EMAIL = touch(3, Duration.ZERO, 3);
    private static final List<Touch> WORKED = List.of(LINKEDIN, FACEBOOK, EMAIL);

    // A five-touch path for the funnel-stage models: t1..t5 at 20, 15, 10, 5 and 1 days before T.
    private static final Touch T1 = touch(1, days(20));
    private static final Touch T2 = touch(2, days(15));
    private static final Touch T3 = touch(3, days(10));
    private static final Touch T4 = touch(4, days(5));
    private static final Touch T5 = touch(5, days(1));
    private static final List<Touch> FIVE = List.of(T1, T2, T3, T4, T5);

    // ------------------------------------------------------------------ every model

    @Nested
    class EveryModel {

        /**
         * Any value over any path: credits have scale 10 and add up to the value exactly, whatever the model
         * (the rounding remainder goes to the last touch).
         */
        @ParameterizedTest
        @EnumSource(AttributionModel.class)
        void creditsAddUpExactlyAndHaveTenDecimals(AttributionModel model) {
            List<Touch> five = List.of(touch(11, days(29), 1), touch(12, days(17), 2), touch(13, hours(50), 3),
                    touch(14, minutes(7), 2), touch(15, Duration.ZERO, 4));
            Context context = new Context(T, T.minus(days(16)), T.minus(hours(40)),
                    Map.of(1L, new BigDecimal("0.3"), 2L, new BigDecimal("0.7"), 3L, new BigDecimal("0.11"),
                            4L, new BigDecimal("0.07")));
            for (String v : List.of("1000.00", "100.01", "1", "0.07", "12345678.91", "0.0000000001", "333.33")) {
                BigDecimal value = new BigDecimal(v);
                for (List<Touch> path : List.of(WORKED, FIVE, five, List.of(T3), List.of(T2, T4))) {
                    List<Credit> credits = credit(settings(model), path, value, context);
                    assertEquals(path.size(), credits.size());
                    assertSumAndScale(value, credits);
                }
            }
        }

        @Test
        void linearThousandOverThreeTouchesPutsTheRemainderOnTheLastTouch() {
            // 1000.00 / 3 = 333.33333333333… → 333.3333333333 twice; last: 1000 − 666.6666666666 = 333.3333333334
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.LINEAR), WORKED, THOUSAND, at()),
                    "333.3333333333", "333.3333333333", "333.3333333334");
        }

        @Test
        void emptyPathGetsNoCreditUnderAnyModel() {
            for (AttributionModel model : AttributionModel.values()) {
                assertEquals(List.of(), credit(settings(model), List.of(), THOUSAND, at()), model.name());
            }
        }

        @Test
        void workedExampleOfTheRules() {
            // FIRST_TOUCH / LAST_TOUCH / LINEAR
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.FIRST_TOUCH), WORKED, THOUSAND, at()),
                    "1000.0000000000", "0.0000000000", "0.0000000000");
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.LAST_TOUCH), WORKED, THOUSAND, at()),
                    "0.0000000000", "0.0000000000", "1000.0000000000");
            // TIME_DECAY, H = 7 days: 2^(−30/7) = 0.05127095975047737069814279267921850311…, 2^(−1) = 0.5, 2^0 = 1,
            // sum 1.55127095975047737069814279267921850311…
            // 1000 × 0.0512709597504773… / 1.5512709597504773… = 33.05093763807989260527… → 33.0509376381
            // 1000 × 0.5 / 1.5512709597504773…                 = 322.31635412064003579824… → 322.3163541206
            // last: 1000 − 33.0509376381 − 322.3163541206 = 644.6327082413 (exact share 644.63270824128007159648…)
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.TIME_DECAY), WORKED, THOUSAND, at()),
                    "33.0509376381", "322.3163541206", "644.6327082413");
            // POSITION_BASED 0.4/0.4: 400, 20% of 1000 = 200 to the one middle touch, 400
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.POSITION_BASED), WORKED, THOUSAND, at()),
                    "400.0000000000", "200.0000000000", "400.0000000000");
            // W_SHAPED, no LEAD, no OPPORTUNITY: t1 0.3; tLead and tOpp shares go to tLast: 0.3 + 0.3; Facebook is
            // the only non-milestone touch: 0.1 → 300, 100, 600
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.W_SHAPED), WORKED, THOUSAND, at()),
                    "300.0000000000", "100.0000000000", "600.0000000000");
            // FULL_PATH, no LEAD, no OPPORTUNITY: t1 0.225; tLast 0.225 × 3 = 0.675; Facebook 0.1 → 225, 100, 675
            assertCredits(WORKED, THOUSAND, credit(settings(AttributionModel.FULL_PATH), WORKED, THOUSAND, at()),
                    "225.0000000000", "100.0000000000", "675.0000000000");
        }
    }

    // ------------------------------------------------------------------ FIRST_TOUCH, LAST_TOUCH, LINEAR

    @Nested
    class FirstTouch {

        private final AttributionSettings s = settings(AttributionModel.FIRST_TOUCH);

        @Test
        void oneTouch() {
            List<Touch> path = List.of(T3);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000");
        }

        @Test
        void twoTouches() {
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000", "0.0000000000");
        }

        @Test
        void tieAtTheSameTimeGoesToTheSmallerId() {
            Touch t7 = touch(7, days(10));
            Touch t3 = touch(3, days(10));
            Touch t9 = touch(9, days(2));
            List<Touch> path = ConversionPath.of(T, 30, List.of(t9, t7, t3));
            assertEquals(List.of(t3, t7, t9), path);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000", "0.0000000000",
                    "0.0000000000");
        }
    }

    @Nested
    class LastTouch {

        private final AttributionSettings s = settings(AttributionModel.LAST_TOUCH);

        @Test
        void oneTouch() {
            List<Touch> path = List.of(T3);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000");
        }

        @Test
        void twoTouches() {
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "0.0000000000", "1000.0000000000");
        }

        @Test
        void tieAtTheSameTimeGoesToTheLargerId() {
            Touch t1 = touch(1, days(12));
            Touch t8 = touch(8, hours(3));
            Touch t4 = touch(4, hours(3));
            List<Touch> path = ConversionPath.of(T, 30, List.of(t8, t1, t4));
            assertEquals(List.of(t1, t4, t8), path);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "0.0000000000", "0.0000000000",
                    "1000.0000000000");
        }
    }

    @Nested
    class Linear {

        private final AttributionSettings s = settings(AttributionModel.LINEAR);

        @Test
        void oneTouch() {
            List<Touch> path = List.of(T3);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000");
        }

        @Test
        void twoTouches() {
            // 1000 / 2 = 500 each
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "500.0000000000", "500.0000000000");
        }

        @Test
        void sevenTouchesOfOneCent() {
            // 0.01 / 7 = 0.00142857142857… → 0.0014285714 six times (sum 0.0085714284);
            // last: 0.01 − 0.0085714284 = 0.0014285716
            List<Touch> path = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                path.add(touch(i, days(8 - i)));
            }
            BigDecimal cent = new BigDecimal("0.01");
            assertCredits(path, cent, credit(s, path, cent, at()), "0.0014285714", "0.0014285714", "0.0014285714",
                    "0.0014285714", "0.0014285714", "0.0014285714", "0.0014285716");
        }

        @Test
        void tiesAreOrderedByIdSoTheLargestIdGetsTheRemainder() {
            Touch t6 = touch(6, hours(5));
            Touch t2 = touch(2, hours(5));
            Touch t4 = touch(4, hours(5));
            List<Touch> path = ConversionPath.of(T, 30, List.of(t6, t2, t4));
            assertEquals(List.of(t2, t4, t6), path);
            // 1 / 3 → 0.3333333333, 0.3333333333, remainder 1 − 0.6666666666 = 0.3333333334 on id 6
            assertCredits(path, BigDecimal.ONE, credit(s, path, BigDecimal.ONE, at()), "0.3333333333", "0.3333333333",
                    "0.3333333334");
        }
    }

    // ------------------------------------------------------------------ TIME_DECAY

    @Nested
    class TimeDecay {

        @Test
        void oneTouchGetsEverythingWhateverItsAge() {
            // weight 2^(−29 d / 7 d) is the whole sum: 100%
            List<Touch> path = List.of(touch(1, days(29)));
            assertCredits(path, THOUSAND, credit(settings(AttributionModel.TIME_DECAY), path, THOUSAND, at()),
                    "1000.0000000000");
        }

        @Test
        void twoTouchesWithADayHalfLife() {
            // H = 24 h: one touch 24 h before T: 2^(−1) = 0.5; one at T: 2^0 = 1; sum 1.5
            // 1000 × 0.5 / 1.5 = 333.333… → 333.3333333333; last: 1000 − 333.3333333333 = 666.6666666667
            List<Touch> path = List.of(touch(1, hours(24)), touch(2, Duration.ZERO));
            assertCredits(path, THOUSAND, credit(decay(24), path, THOUSAND, at()), "333.3333333333", "666.6666666667");
        }

        @Test
        void threeTouchesWithADayHalfLife() {
            // H = 24 h; touches 36 h, 12 h and 0 h before T:
            // 2^(−1.5) = 0.35355339059327376220042218105242451964…
            // 2^(−0.5) = 0.70710678118654752440084436210484903928…
            // 2^0      = 1
            // sum      = 2.06066017177982128660126654315727355892…
            // 1000 × 0.353553390593… / 2.060660171779… = 171.57287525380990239662… → 171.5728752538
            // 1000 × 0.707106781186… / 2.060660171779… = 343.14575050761980479324… → 343.1457505076
            // last: 1000 − 171.5728752538 − 343.1457505076 = 485.2813742386 (exact share 485.28137423857029281013…)
            List<Touch> path = List.of(touch(1, hours(36)), touch(2, hours(12)), touch(3, Duration.ZERO));
            assertCredits(path, THOUSAND, credit(decay(24), path, THOUSAND, at()), "171.5728752538", "343.1457505076",
                    "485.2813742386");
        }

        @Test
        void threeTouchesWithAnHourHalfLife() {
            // H = 1 h; touches 150 min, 45 min and 10 min before T (none at T):
            // 2^(−2.5)  = 0.17677669529663688110021109052621225982…
            // 2^(−0.75) = 0.59460355750136053335874998528023795764…
            // 2^(−1/6)  = 0.89089871814033930474022620559051250798…
            // sum       = 1.66227897093833671919918728139696272545…
            // 1000 × 0.176776695296… / 1.662278970938… = 106.34598547369491054249… → 106.3459854737
            // 1000 × 0.594603557501… / 1.662278970938… = 357.70383184581460074632… → 357.7038318458
            // last: 1000 − 106.3459854737 − 357.7038318458 = 535.9501826805 (exact share 535.95018268049048871117…)
            List<Touch> path = List.of(touch(1, minutes(150)), touch(2, minutes(45)), touch(3, minutes(10)));
            assertCredits(path, THOUSAND, credit(decay(1), path, THOUSAND, at()), "106.3459854737", "357.7038318458",
                    "535.9501826805");
        }

        @Test
        void onlyTheGapsBetweenTouchesMatter() {
            // H = 1 h; touches 3 h and 1 h before T: 2^(−3) = 0.125, 2^(−1) = 0.5, sum 0.625
            // 1000 × 0.125 / 0.625 = 200; last 800.
            // Ages measured from the last touch instead (2 h, 0 h): 0.25 / 1.25 = 0.2 → the same 200 / 800.
            List<Touch> path = List.of(touch(1, hours(3)), touch(2, hours(1)));
            assertCredits(path, THOUSAND, credit(decay(1), path, THOUSAND, at()), "200.0000000000", "800.0000000000");
            assertCredits(path, THOUSAND, ConversionPath.credit(decay(1), path, THOUSAND), "200.0000000000",
                    "800.0000000000");
        }

        @Test
        void tiesAtTheSameTimeWeighEquallyAndAreOrderedById() {
            // H = 24 h; ids 5 and 2 both 24 h before T: 0.5 each; id 1 at T: 1; sum 2
            // 1000 × 0.5 / 2 = 250 (id 2), 250 (id 5), 500 (id 1)
            Touch t5 = touch(5, hours(24));
            Touch t2 = touch(2, hours(24));
            Touch t1 = touch(1, Duration.ZERO);
            List<Touch> path = ConversionPath.of(T, 30, List.of(t1, t5, t2));
            assertEquals(List.of(t2, t5, t1), path);
            assertCredits(path, THOUSAND, credit(decay(24), path, THOUSAND, at()), "250.0000000000", "250.0000000000",
                    "500.0000000000");
            // three touches all at T: 1/3 each; the remainder goes to the largest id
            Touch a = touch(30, Duration.ZERO);
            Touch b = touch(10, Duration.ZERO);
            Touch c = touch(20, Duration.ZERO);
            List<Touch> same = ConversionPath.of(T, 30, List.of(a, b, c));
            assertEquals(List.of(b, c, a), same);
            assertCredits(same, BigDecimal.ONE, credit(decay(24), same, BigDecimal.ONE, at()), "0.3333333333",
                    "0.3333333333", "0.3333333334");
        }

        // Regression: ages used to be cut to whole seconds.
        @Test
        void subSecondAgesCount() {
            // H = 1 h; one touch 0.5 s before T, one at T:
            // 2^(−0.5/3600) = 2^(−0.000138888…) = 0.99990373419210583785538211235223254892…; sum 1.99990373419210583785…
            // 1000 × 0.999903734192… / 1.999903734192… = 499.97593238958247900153… → 499.9759323896
            // last: 1000 − 499.9759323896 = 500.0240676104
            List<Touch> path = List.of(new Touch(1, T.minusMillis(500), 1L, 101L), touch(2, Duration.ZERO));
            assertCredits(path, THOUSAND, credit(decay(1), path, THOUSAND, at()), "499.9759323896", "500.0240676104");
        }
    }

    // ------------------------------------------------------------------ POSITION_BASED

    @Nested
    class PositionBased {

        @Test
        void oneTouchGetsEverythingWhateverTheWeights() {
            List<Touch> path = List.of(T3);
            for (AttributionSettings s : List.of(position("0.4", "0.4"), position("0.2", "0.6"), position("0.6", "0.2"))) {
                assertCredits(path, THOUSAND, credit(s, path, THOUSAND, at()), "1000.0000000000");
            }
        }

        @Test
        void twoTouchesUShapedHalfEach() {
            // 0.4 : 0.4 → 50% / 50%
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(position("0.4", "0.4"), path, THOUSAND, at()), "500.0000000000",
                    "500.0000000000");
        }

        @Test
        void twoTouchesJShapedSplitInTheRatioOfTheWeights() {
            // 0.2 : 0.6 → 0.2 / 0.8 = 25%, 0.6 / 0.8 = 75% → 250 / 750
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(position("0.2", "0.6"), path, THOUSAND, at()), "250.0000000000",
                    "750.0000000000");
        }

        @Test
        void twoTouchesInverseJShapedSplitInTheRatioOfTheWeights() {
            // 0.6 : 0.2 → 75% / 25% → 750 / 250
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(position("0.6", "0.2"), path, THOUSAND, at()), "750.0000000000",
                    "250.0000000000");
        }

        @Test
        void twoTouchesWithWeightsThatDoNotSplitEvenly() {
            // 0.1 : 0.2 → 1/3 and 2/3: 333.333… → 333.3333333333; last 1000 − 333.3333333333 = 666.6666666667
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(position("0.1", "0.2"), path, THOUSAND, at()), "333.3333333333",
                    "666.6666666667");
        }

        @Test
        void fourTouchesUShaped() {
            // 40% / 40%; 20% over the 2 middle touches: 10% each → 400, 100, 100, 400
            List<Touch> path = List.of(T1, T2, T3, T4);
            assertCredits(path, THOUSAND, credit(position("0.4", "0.4"), path, THOUSAND, at()), "400.0000000000",
                    "100.0000000000", "100.0000000000", "400.0000000000");
        }

        @Test
        void fourTouchesJShaped() {
            // 20% first, 60% last, (1 − 0.2 − 0.6) = 20% over 2 middle touches: 10% each → 200, 100, 100, 600
            List<Touch> path = List.of(T1, T2, T3, T4);
            assertCredits(path, THOUSAND, credit(position("0.2", "0.6"), path, THOUSAND, at()), "200.0000000000",
                    "100.0000000000", "100.0000000000", "600.0000000000");
        }

        @Test
        void fourTouchesInverseJShaped() {
            // 60% first, 20% last, 20% over 2 middle touches: 10% each → 600, 100, 100, 200
            List<Touch> path = List.of(T1, T2, T3, T4);
            assertCredits(path, THOUSAND, credit(position("0.6", "0.2"), path, THOUSAND, at()), "600.0000000000",
                    "100.0000000000", "100.0000000000", "200.0000000000");
        }

        @Test
        void fiveTouchesJShapedWithThirds() {
            // 20% first; 20% / 3 middle = 6.666…% each: 1000 / 15 = 66.666… → 66.6666666667 (three times);
            // first 200; last: 1000 − 200 − 3 × 66.6666666667 = 1000 − 400.0000000001 = 599.9999999999
            assertCredits(FIVE, THOUSAND, credit(position("0.2", "0.6"), FIVE, THOUSAND, at()), "200.0000000000",
                    "66.6666666667", "66.6666666667", "66.6666666667", "599.9999999999");
        }

        @Test
        void weightsAddingToLessThanOneStillShareEverything() {
            // 0.3 / 0.3 with two touches: 50% / 50%; with three: the middle gets 1 − 0.6 = 0.4 → 300, 400, 300
            List<Touch> path = List.of(T1, T3, T5);
            assertCredits(path, THOUSAND, credit(position("0.3", "0.3"), path, THOUSAND, at()), "300.0000000000",
                    "400.0000000000", "300.0000000000");
        }

        @Test
        void tieOfTwoTouchesIsOrderedById() {
            // J-shaped, ids 9 and 4 at the same time: id 4 is t1 (25%), id 9 is tn (75%)
            Touch t9 = touch(9, days(3));
            Touch t4 = touch(4, days(3));
            List<Touch> path = ConversionPath.of(T, 30, List.of(t9, t4));
            assertEquals(List.of(t4, t9), path);
            assertCredits(path, THOUSAND, credit(position("0.2", "0.6"), path, THOUSAND, at()), "250.0000000000",
                    "750.0000000000");
        }
    }

    // ------------------------------------------------------------------ W_SHAPED and FULL_PATH

    /**
     * Path FIVE: t1..t5 at 20, 15, 10, 5 and 1 days before T. W_SHAPED: 0.3 to tFirst, tLead, tOpp (a missing
     * one to tLast), 0.1 over the non-milestone touches among t2..t4 (to tLast when none). FULL_PATH: 0.225 to
     * tFirst, tLead, tOpp, tLast, the same 0.1. The weights always add to 1, so credit = 1000 × weight.
     */
    @Nested
    class Funnel {

        private final AttributionSettings w = settings(AttributionModel.W_SHAPED);
        private final AttributionSettings full = settings(AttributionModel.FULL_PATH);

        @Test
        void leadAndOpportunityBothPresent() {
            // LEAD 14 d before T → tLead = t2 (15 d, the last touch at or before it); OPPORTUNITY 7 d → tOpp = t3
            Context c = funnel(T.minus(days(14)), T.minus(days(7)));
            // W: t1 0.3, t2 0.3, t3 0.3, t4 (only non-milestone) 0.1, t5 0
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "300.0000000000",
                    "300.0000000000", "100.0000000000", "0.0000000000");
            // FULL: t1, t2, t3, t5 0.225 each; t4 0.1
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "225.0000000000", "225.0000000000",
                    "225.0000000000", "100.0000000000", "225.0000000000");
        }

        @Test
        void stageExactlyAtATouchMakesThatTouchTheMilestone() {
            // LEAD exactly at t2 (15 d), OPPORTUNITY exactly at t4 (5 d): "at or before" includes equality
            Context c = funnel(T2.occurredAt(), T4.occurredAt());
            // W: t1 0.3, t2 0.3, t3 0.1, t4 0.3, t5 0
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "300.0000000000",
                    "100.0000000000", "300.0000000000", "0.0000000000");
        }

        @Test
        void missingLeadOnly() {
            // no LEAD → its share to t5; OPPORTUNITY 7 d → t3; non-milestones t2, t4: 0.1 / 2 = 0.05 each
            Context c = funnel(null, T.minus(days(7)));
            // W: t1 0.3, t2 0.05, t3 0.3, t4 0.05, t5 0.3
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "50.0000000000",
                    "300.0000000000", "50.0000000000", "300.0000000000");
            // FULL: t1 0.225, t2 0.05, t3 0.225, t4 0.05, t5 0.225 + 0.225 = 0.45
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "225.0000000000", "50.0000000000",
                    "225.0000000000", "50.0000000000", "450.0000000000");
        }

        @Test
        void missingOpportunityOnly() {
            // LEAD 14 d → t2; no OPPORTUNITY → its share to t5; non-milestones t3, t4: 0.05 each
            Context c = funnel(T.minus(days(14)), null);
            // W: 0.3, 0.3, 0.05, 0.05, 0.3
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "300.0000000000",
                    "50.0000000000", "50.0000000000", "300.0000000000");
            // FULL: 0.225, 0.225, 0.05, 0.05, 0.45
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "225.0000000000", "225.0000000000",
                    "50.0000000000", "50.0000000000", "450.0000000000");
        }

        @Test
        void bothMissingSplitsTheTenPercentInThirds() {
            // W: t1 0.3, t5 0.3 + 0.3; t2..t4 get 0.1 / 3 each: 1000 / 30 = 33.333… → 33.3333333333;
            // last: 1000 − 300 − 99.9999999999 = 600.0000000001
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, at()), "300.0000000000", "33.3333333333",
                    "33.3333333333", "33.3333333333", "600.0000000001");
            // FULL: t1 0.225, t5 0.675, middles 33.3333333333; last: 1000 − 225 − 99.9999999999 = 675.0000000001
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, at()), "225.0000000000", "33.3333333333",
                    "33.3333333333", "33.3333333333", "675.0000000001");
        }

        @Test
        void leadAndOpportunityOnTheSameTouchGetBothShares() {
            // LEAD 12 d, OPPORTUNITY 11 d: both after t2 (15 d) and before t3 (10 d) → tLead = tOpp = t2;
            // non-milestones t3, t4: 0.05 each
            Context c = funnel(T.minus(days(12)), T.minus(days(11)));
            // W: t1 0.3, t2 0.3 + 0.3 = 0.6, t3 0.05, t4 0.05, t5 0
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "600.0000000000",
                    "50.0000000000", "50.0000000000", "0.0000000000");
            // FULL: t1 0.225, t2 0.45, t3 0.05, t4 0.05, t5 0.225
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "225.0000000000", "450.0000000000",
                    "50.0000000000", "50.0000000000", "225.0000000000");
        }

        @Test
        void leadOnTheFirstTouch() {
            // LEAD 18 d → t1 (20 d) is tFirst and tLead; OPPORTUNITY 7 d → t3; non-milestones t2, t4
            Context c = funnel(T.minus(days(18)), T.minus(days(7)));
            // W: t1 0.3 + 0.3 = 0.6, t2 0.05, t3 0.3, t4 0.05, t5 0
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "600.0000000000", "50.0000000000",
                    "300.0000000000", "50.0000000000", "0.0000000000");
            // FULL: t1 0.45, t2 0.05, t3 0.225, t4 0.05, t5 0.225
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "450.0000000000", "50.0000000000",
                    "225.0000000000", "50.0000000000", "225.0000000000");
        }

        @Test
        void leadOnTheFirstTouchOfTwo() {
            // n = 2, LEAD → t1, no OPPORTUNITY, no non-milestone touches
            // W: t1 0.3 + 0.3 = 0.6; t2 0.3 (tOpp missing) + 0.1 (rest) = 0.4
            List<Touch> path = List.of(T1, T5);
            Context c = funnel(T.minus(days(18)), null);
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, c), "600.0000000000", "400.0000000000");
            // FULL: t1 0.45; t2 0.225 (tOpp missing) + 0.225 (tLast) + 0.1 = 0.55
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, c), "450.0000000000", "550.0000000000");
        }

        @Test
        void leadAfterTheConversionIsIgnored() {
            // the person's earliest LEAD is 1 h after T → no tLead (its share to t5); OPPORTUNITY 7 d → t3
            Context c = funnel(T.plus(hours(1)), T.minus(days(7)));
            // as if LEAD were missing: W 0.3, 0.05, 0.3, 0.05, 0.3
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "50.0000000000",
                    "300.0000000000", "50.0000000000", "300.0000000000");
            // FULL 0.225, 0.05, 0.225, 0.05, 0.45
            assertCredits(FIVE, THOUSAND, credit(full, FIVE, THOUSAND, c), "225.0000000000", "50.0000000000",
                    "225.0000000000", "50.0000000000", "450.0000000000");
        }

        @Test
        void opportunityAfterTheConversionIsIgnored() {
            // OPPORTUNITY 1 s after T → missing; LEAD 14 d → t2
            Context c = funnel(T.minus(days(14)), T.plusSeconds(1));
            assertCredits(FIVE, THOUSAND, credit(w, FIVE, THOUSAND, c), "300.0000000000", "300.0000000000",
                    "50.0000000000", "50.0000000000", "300.0000000000");
        }

        @Test
        void leadBeforeTheWindowIsTreatedAsMissing() {
            // a touch 40 d before T (outside the 30-day window) and the LEAD 35 d before T: the last touch at or
            // before the LEAD is the 40-day touch, which is not in the path → tLead missing, share to tLast
            Touch outside = touch(9, days(40));
            List<Touch> path = ConversionPath.of(T, 30, List.of(outside, T1, T2, T3, T4, T5));
            assertEquals(FIVE, path);
            Context c = funnel(T.minus(days(35)), T.minus(days(7)));
            // W: 0.3, 0.05, 0.3, 0.05, 0.3
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, c), "300.0000000000", "50.0000000000",
                    "300.0000000000", "50.0000000000", "300.0000000000");
            // FULL: 0.225, 0.05, 0.225, 0.05, 0.45
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, c), "225.0000000000", "50.0000000000",
                    "225.0000000000", "50.0000000000", "450.0000000000");
        }

        @Test
        void noNonMilestoneTouchesGiveTheTenPercentToTheLastTouch() {
            // n = 3: t1, t3, t5; LEAD 9 d → t3; no OPPORTUNITY → no touch is left for the 10%
            List<Touch> path = List.of(T1, T3, T5);
            Context c = funnel(T.minus(days(9)), null);
            // W: t1 0.3, t3 0.3, t5 0.3 (tOpp) + 0.1 = 0.4
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, c), "300.0000000000", "300.0000000000",
                    "400.0000000000");
            // FULL: t1 0.225, t3 0.225, t5 0.225 (tOpp) + 0.225 (tLast) + 0.1 = 0.55
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, c), "225.0000000000", "225.0000000000",
                    "550.0000000000");
            // both stages on t3: W t1 0.3, t3 0.6, t5 0.1; FULL t1 0.225, t3 0.45, t5 0.225 + 0.1 = 0.325
            Context both = funnel(T.minus(days(9)), T.minus(days(8)));
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, both), "300.0000000000", "600.0000000000",
                    "100.0000000000");
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, both), "225.0000000000", "450.0000000000",
                    "325.0000000000");
        }

        @Test
        void oneTouch() {
            // every share lands on the single touch (it is t1, tLead, tOpp, tLast and gets the 10%)
            List<Touch> path = List.of(T3);
            Context c = funnel(T.minus(days(9)), T.minus(days(8)));
            for (Context context : List.of(at(), c)) {
                assertCredits(path, THOUSAND, credit(w, path, THOUSAND, context), "1000.0000000000");
                assertCredits(path, THOUSAND, credit(full, path, THOUSAND, context), "1000.0000000000");
            }
        }

        @Test
        void twoTouchesNoStages() {
            // W: t1 0.3; t2 0.3 + 0.3 + 0.1 = 0.7. FULL: t1 0.225; t2 0.225 × 3 + 0.1 = 0.775
            List<Touch> path = List.of(T2, T4);
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, at()), "300.0000000000", "700.0000000000");
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, at()), "225.0000000000", "775.0000000000");
        }

        @Test
        void leadTiedWithTwoTouchesPicksTheLastOfThemByIdOrder() {
            // ids 8 and 3 both 10 d before T, LEAD at that same instant: the path orders them 3, 8, so the last
            // touch at or before the LEAD is id 8. No OPPORTUNITY.
            Touch first = touch(1, days(20));
            Touch t8 = touch(8, days(10));
            Touch t3 = touch(3, days(10));
            Touch last = touch(5, days(1));
            List<Touch> path = ConversionPath.of(T, 30, List.of(t8, last, t3, first));
            assertEquals(List.of(first, t3, t8, last), path);
            Context c = funnel(T.minus(days(10)), null);
            // W: first 0.3, id 3 (non-milestone) 0.1, id 8 (tLead) 0.3, last 0.3 (tOpp)
            assertCredits(path, THOUSAND, credit(w, path, THOUSAND, c), "300.0000000000", "100.0000000000",
                    "300.0000000000", "300.0000000000");
            // FULL: 0.225, 0.1, 0.225, 0.45
            assertCredits(path, THOUSAND, credit(full, path, THOUSAND, c), "225.0000000000", "100.0000000000",
                    "225.0000000000", "450.0000000000");
        }
    }

    // ------------------------------------------------------------------ DATA_DRIVEN

    @Nested
    class DataDriven {

        private final AttributionSettings s = settings(AttributionModel.DATA_DRIVEN);

        private static BigDecimal d(String v) {
            return new BigDecimal(v);
        }

        @Test
        void oneTouch() {
            List<Touch> path = List.of(touch(1, days(3), 1));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of(1L, d("0.2")))), "1000.0000000000");
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of(1L, d("0")))), "1000.0000000000");
        }

        @Test
        void twoChannelsInProportionToTheirEffects() {
            // effects 0.3 and 0.1: 0.3 / 0.4 = 75%, 0.1 / 0.4 = 25%
            List<Touch> path = List.of(touch(1, days(3), 1), touch(2, days(1), 2));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of(1L, d("0.3"), 2L, d("0.1")))),
                    "750.0000000000", "250.0000000000");
        }

        @Test
        void twoTouchesOfOneChannelShareItsCreditEqually() {
            List<Touch> path = List.of(touch(1, days(3), 7), touch(2, days(1), 7));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of(7L, d("0.3")))), "500.0000000000",
                    "500.0000000000");
        }

        @Test
        void sharesAmongDistinctChannelsSplitEquallyAmongEachChannelsTouches() {
            // path A, B, A, C with effects A 0.4, B 0.1, C 0.3 (sum over distinct channels 0.8):
            // A 0.4 / 0.8 = 50% → 25% per touch; B 0.1 / 0.8 = 12.5%; C 0.3 / 0.8 = 37.5%
            // → 250, 125, 250, 375. Channel D (effect 0.9) is not in the path and takes nothing.
            List<Touch> path = List.of(touch(1, days(9), 1), touch(2, days(6), 2), touch(3, days(4), 1),
                    touch(4, days(2), 3));
            Map<Long, BigDecimal> e = Map.of(1L, d("0.4"), 2L, d("0.1"), 3L, d("0.3"), 4L, d("0.9"));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(e)), "250.0000000000", "125.0000000000",
                    "250.0000000000", "375.0000000000");
        }

        @Test
        void aChannelRepeatedThreeTimesNeedsTheRemainder() {
            // path A, A, A, B with effects A 0.5, B 0.5: A 50% → 1/6 per touch: 1000 / 6 = 166.666… → 166.6666666667
            // (three times, 500.0000000001); B: 1000 − 500.0000000001 = 499.9999999999
            List<Touch> path = List.of(touch(1, days(9), 1), touch(2, days(6), 1), touch(3, days(4), 1),
                    touch(4, days(2), 2));
            Map<Long, BigDecimal> e = Map.of(1L, d("0.5"), 2L, d("0.5"));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(e)), "166.6666666667", "166.6666666667",
                    "166.6666666667", "499.9999999999");
        }

        @Test
        void aChannelWithZeroEffectGetsNothingWhenAnotherIsPositive() {
            // A 0, B 0.5: B takes everything
            List<Touch> path = List.of(touch(1, days(3), 1), touch(2, days(1), 2));
            Map<Long, BigDecimal> e = Map.of(1L, d("0"), 2L, d("0.5"));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(e)), "0.0000000000", "1000.0000000000");
        }

        @Test
        void allZeroEffectsSplitEquallyAmongDistinctChannels() {
            // path A, A, B with effects 0, 0: A 50% (25% per touch), B 50% → 250, 250, 500 — not 1/3 each
            List<Touch> path = List.of(touch(1, days(3), 1), touch(2, days(2), 1), touch(3, days(1), 2));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of(1L, d("0"), 2L, d("0E-20")))),
                    "250.0000000000", "250.0000000000", "500.0000000000");
            // no effects at all (nothing converted in the period): the same
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of())), "250.0000000000",
                    "250.0000000000", "500.0000000000");
        }

        @Test
        void allZeroEffectsOverThreeChannels() {
            // path A, B, C, B: each channel 1/3; B's third over 2 touches = 1/6 each
            // A 1000 / 3 = 333.333… → 333.3333333333; B 1000 / 6 = 166.666… → 166.6666666667; C 333.3333333333;
            // last (B): 1000 − 333.3333333333 − 166.6666666667 − 333.3333333333 = 166.6666666667
            List<Touch> path = List.of(touch(1, days(4), 1), touch(2, days(3), 2), touch(3, days(2), 3),
                    touch(4, days(1), 2));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(Map.of())), "333.3333333333",
                    "166.6666666667", "333.3333333333", "166.6666666667");
        }

        @Test
        void effectsWithTwentyDecimals() {
            // effects as MarkovChain hands them over: A 2/3 → 0.66666666666666666667, B 1 → 1.00000000000000000000
            // A: 0.66666666666666666667 / 1.66666666666666666667 = 0.40000000000000000000079… → 400.0000000000
            // B: 1000 − 400.0000000000 = 600.0000000000
            List<Touch> path = List.of(touch(1, days(3), 1), touch(2, days(1), 2));
            Map<Long, BigDecimal> e = Map.of(1L, d("0.66666666666666666667"), 2L, d("1.00000000000000000000"));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(e)), "400.0000000000", "600.0000000000");
        }

        @Test
        void tiesAreOrderedById() {
            // three touches at the same time on channels 1, 2, 3 with equal effects: 1/3 each by id order 10, 20, 30
            Touch a = touch(30, days(1), 1);
            Touch b = touch(10, days(1), 2);
            Touch c = touch(20, days(1), 3);
            List<Touch> path = ConversionPath.of(T, 30, List.of(a, b, c));
            assertEquals(List.of(b, c, a), path);
            Map<Long, BigDecimal> e = Map.of(1L, d("0.2"), 2L, d("0.2"), 3L, d("0.2"));
            assertCredits(path, THOUSAND, credit(s, path, THOUSAND, effects(e)), "333.3333333333", "333.3333333333",
                    "333.3333333334");
        }
    }
}
