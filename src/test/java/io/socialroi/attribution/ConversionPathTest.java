package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.socialroi.attribution.ConversionPath.Credit;
import io.socialroi.attribution.ConversionPath.Touch;

class ConversionPathTest {

    private static final Instant T = Instant.parse("2026-03-31T12:00:00Z");

    private static Touch touch(long id, Instant at) {
        return new Touch(id, at, 10L + id, 100L + id);
    }

    @Test
    void touchExactlyLookbackBeforeCounts() {
        // T - 30 days = 2026-03-01T12:00:00Z, inclusive
        Touch edge = touch(1, Instant.parse("2026-03-01T12:00:00Z"));
        assertEquals(List.of(edge), ConversionPath.of(T, 30, List.of(edge)));
    }

    @Test
    void touchOneSecondBeforeTheWindowDoesNotCount() {
        Touch early = touch(1, Instant.parse("2026-03-01T11:59:59Z"));
        assertEquals(List.of(), ConversionPath.of(T, 30, List.of(early)));
    }

    @Test
    void touchAtConversionTimeCounts() {
        Touch atT = touch(1, T);
        assertEquals(List.of(atT), ConversionPath.of(T, 30, List.of(atT)));
    }

    @Test
    void touchOneSecondAfterConversionDoesNotCount() {
        Touch late = touch(1, Instant.parse("2026-03-31T12:00:01Z"));
        assertEquals(List.of(), ConversionPath.of(T, 30, List.of(late)));
    }

    @Test
    void oneDayLookbackIsExactlyTwentyFourHours() {
        Touch in = touch(1, Instant.parse("2026-03-30T12:00:00Z"));
        Touch out = touch(2, Instant.parse("2026-03-30T11:59:59Z"));
        assertEquals(List.of(in), ConversionPath.of(T, 1, List.of(out, in)));
    }

    @Test
    void windowMixesInsideAndOutside() {
        Touch tooEarly = touch(1, T.minus(Duration.ofDays(7)).minusSeconds(1));
        Touch first = touch(2, T.minus(Duration.ofDays(7)));
        Touch middle = touch(3, T.minus(Duration.ofHours(5)));
        Touch last = touch(4, T);
        Touch tooLate = touch(5, T.plusSeconds(1));
        assertEquals(List.of(first, middle, last),
                ConversionPath.of(T, 7, List.of(tooLate, last, tooEarly, middle, first)));
    }

    @Test
    void orderedByTimeThenId() {
        Instant a = Instant.parse("2026-03-20T08:00:00Z");
        Instant b = Instant.parse("2026-03-25T08:00:00Z");
        Touch late9 = touch(9, b);
        Touch early7 = touch(7, a);
        Touch early3 = touch(3, a);
        Touch late1 = touch(1, b);
        // time first; at equal times the smaller id first (3 before 7, 1 before 9)
        assertEquals(List.of(early3, early7, late1, late9),
                ConversionPath.of(T, 30, List.of(late9, early7, early3, late1)));
    }

    @Test
    void laterTimeBeatsSmallerId() {
        Touch older = touch(50, Instant.parse("2026-03-10T00:00:00Z"));
        Touch newer = touch(2, Instant.parse("2026-03-10T00:00:01Z"));
        assertEquals(List.of(older, newer), ConversionPath.of(T, 30, List.of(newer, older)));
    }

    @Test
    void inputIsNotModified() {
        Touch b = touch(2, Instant.parse("2026-03-25T00:00:00Z"));
        Touch a = touch(1, Instant.parse("2026-03-20T00:00:00Z"));
        List<Touch> input = new ArrayList<>(List.of(b, a));
        ConversionPath.of(T, 30, input);
        assertEquals(List.of(b, a), input);
    }

    @Test
    void noTouchesGiveAnEmptyPath() {
        assertEquals(List.of(), ConversionPath.of(T, 30, List.of()));
    }

    @Test
    void explicitSourceOnEmptyPathMakesOneSyntheticTouchAtT() {
        assertEquals(List.of(new Touch(0, T, 5L, 6L)), ConversionPath.withExplicitSource(List.of(), T, 5L, 6L));
    }

    @Test
    void explicitChannelAloneOrCampaignAloneIsEnough() {
        assertEquals(List.of(new Touch(0, T, 5L, null)), ConversionPath.withExplicitSource(List.of(), T, 5L, null));
        assertEquals(List.of(new Touch(0, T, null, 6L)), ConversionPath.withExplicitSource(List.of(), T, null, 6L));
    }

    @Test
    void nonEmptyPathIgnoresTheExplicitSource() {
        List<Touch> path = List.of(touch(1, Instant.parse("2026-03-30T00:00:00Z")));
        assertSame(path, ConversionPath.withExplicitSource(path, T, 5L, 6L));
    }

    @Test
    void noPathAndNoSourceIsUnattributed() {
        assertEquals(List.of(), ConversionPath.withExplicitSource(List.of(), T, null, null));
    }

    @Test
    void lastTouchGetsTheFullValue() {
        Touch first = touch(1, Instant.parse("2026-03-10T00:00:00Z"));
        Touch second = touch(2, Instant.parse("2026-03-20T00:00:00Z"));
        Touch last = touch(3, Instant.parse("2026-03-30T00:00:00Z"));
        List<Touch> path = ConversionPath.of(T, 30, List.of(last, first, second));
        List<Credit> credits = ConversionPath.credit(AttributionSettings.DEFAULT, path, new BigDecimal("120.50"));
        // every touch of the path is listed; credits carry 10 decimals
        assertEquals(List.of(new Credit(first, new BigDecimal("0E-10")), new Credit(second, new BigDecimal("0E-10")),
                new Credit(last, new BigDecimal("120.5000000000"))), credits);
    }

    @Test
    void lastTouchAmongTiesIsTheLargestId() {
        Instant same = Instant.parse("2026-03-30T00:00:00Z");
        Touch t4 = touch(4, same);
        Touch t8 = touch(8, same);
        List<Touch> path = ConversionPath.of(T, 30, List.of(t8, t4));
        List<Credit> credits = ConversionPath.credit(AttributionSettings.DEFAULT, path, new BigDecimal("10"));
        assertEquals(List.of(new Credit(t4, new BigDecimal("0E-10")), new Credit(t8, new BigDecimal("10.0000000000"))), credits);
    }

    @Test
    void creditsAreRoundedHalfEvenToTenDecimals() {
        Touch only = touch(1, Instant.parse("2026-03-30T00:00:00Z"));
        // 0.00000000005 is exactly half of the 10th decimal: half-even keeps the even 0
        assertEquals(new BigDecimal("0.0000000000"), ConversionPath.credit(AttributionSettings.DEFAULT, List.of(only),
                new BigDecimal("0.00000000005")).get(0).value());
        assertEquals(new BigDecimal("0.0000000002"), ConversionPath.credit(AttributionSettings.DEFAULT, List.of(only),
                new BigDecimal("0.00000000015")).get(0).value());
    }

    @Test
    void syntheticTouchGetsTheFullValue() {
        List<Touch> path = ConversionPath.withExplicitSource(List.of(), T, 5L, null);
        List<Credit> credits = ConversionPath.credit(new AttributionSettings(AttributionModel.LAST_TOUCH, 7), path,
                new BigDecimal("99.99"));
        assertEquals(List.of(new Credit(new Touch(0, T, 5L, null), new BigDecimal("99.9900000000"))), credits);
    }

    @Test
    void emptyPathGetsNoCredit() {
        assertEquals(List.of(), ConversionPath.credit(AttributionSettings.DEFAULT, List.of(), new BigDecimal("50")));
    }
}
