package io.socialroi.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.socialroi.tracking.Utm.Parameters;

class UtmTest {

    private static final Parameters NONE = new Parameters(null, null, null, null, null);

    @Test
    void parsesAllFiveParameters() {
        Parameters p = Utm.parse("https://shop.example/landing?utm_source=facebook&utm_medium=paid_social"
                + "&utm_campaign=spring_sale&utm_term=running+shoes&utm_content=video_a&gclid=abc");
        assertEquals(new Parameters("facebook", "paid_social", "spring_sale", "running shoes", "video_a"), p);
    }

    @Test
    void valuesAreUrlDecoded() {
        Parameters p = Utm.parse("https://x.example/?utm_campaign=Summer%20Sale%202026&utm_source=caf%C3%A9"
                + "&utm_term=a%26b%3Dc");
        assertEquals(new Parameters("café", null, "Summer Sale 2026", "a&b=c", null), p);
    }

    @Test
    void valuesAreTrimmedAfterDecoding() {
        assertEquals("newsletter", Utm.parse("https://x.example/?utm_source=%20newsletter+").source());
    }

    @Test
    void namesAreCaseInsensitiveAndMayBeEncoded() {
        Parameters p = Utm.parse("https://x.example/?UTM_SOURCE=Twitter&Utm_Medium=CPC&utm%5Fcampaign=launch");
        // values keep their case
        assertEquals(new Parameters("Twitter", "CPC", "launch", null, null), p);
    }

    @Test
    void fragmentIsIgnored() {
        Parameters p = Utm.parse("https://x.example/page?utm_source=ig#utm_medium=social&utm_campaign=x");
        assertEquals(new Parameters("ig", null, null, null, null), p);
    }

    @Test
    void fragmentDirectlyAfterValueIsCutOff() {
        assertEquals("ig", Utm.parse("https://x.example/?utm_source=ig#top").source());
    }

    @Test
    void queryLookalikeInsideFragmentIsIgnored() {
        assertEquals(NONE, Utm.parse("https://x.example/page#section?utm_source=fb"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://x.example/landing", "https://x.example/landing?", "https://x.example/?gclid=1&ref=2",
            "not a url at all"})
    void noUtmParametersGiveAllNulls(String url) {
        assertEquals(NONE, Utm.parse(url));
    }

    @Test
    void firstValueWins() {
        assertEquals("a", Utm.parse("https://x.example/?utm_source=a&utm_source=b").source());
        // also across differently cased names
        assertEquals("a", Utm.parse("https://x.example/?UTM_SOURCE=a&utm_source=b").source());
    }

    @Test
    void blankValuesAreIgnoredSoALaterValueWins() {
        Parameters p = Utm.parse("https://x.example/?utm_source=&utm_source=%20&utm_source=+&utm_source=real"
                + "&utm_medium=&utm_campaign");
        assertEquals(new Parameters("real", null, null, null, null), p);
    }

    @Test
    void pairsWithoutNameOrEqualsAreSkipped() {
        Parameters p = Utm.parse("https://x.example/?=x&utm_source&&utm_medium=email");
        assertEquals(new Parameters(null, "email", null, null, null), p);
    }

    @Test
    void valueMayContainEqualsSign() {
        assertEquals("a=b", Utm.parse("https://x.example/?utm_content=a=b").content());
    }

    @Test
    void strayPercentIsKeptAsIs() {
        Parameters p = Utm.parse("https://x.example/?utm_campaign=50%off&utm_source=ok%21");
        assertEquals(new Parameters("ok!", null, "50%off", null, null), p);
    }

    @Test
    void strayPercentAtEndIsKept() {
        assertEquals("100%", Utm.parse("https://x.example/?utm_term=100%").term());
    }

    @Test
    void orElseKeepsOwnValuesAndFillsTheRest() {
        Parameters own = new Parameters("google", null, "  ", null, " banner ");
        Parameters fallback = new Parameters("bing", "cpc", "brand", "shoes", "text");
        // own non-blank values win (trimmed); null and blank ones take the fallback's
        assertEquals(new Parameters("google", "cpc", "brand", "shoes", "banner"), own.orElse(fallback));
    }

    @Test
    void orElseWithEmptyFallbackKeepsNulls() {
        Parameters own = new Parameters("google", null, "", null, null);
        assertEquals(new Parameters("google", null, null, null, null), own.orElse(NONE));
    }

    @Test
    void orElseOnEmptyTakesTheFallbackAsIs() {
        Parameters fallback = new Parameters("a", "b", "c", "d", "e");
        assertEquals(fallback, NONE.orElse(fallback));
    }

    @ParameterizedTest
    @CsvSource({"cpc, PAID", "paid, PAID", "paid_social, PAID", "CPC, PAID", "'  Paid_Social ', PAID",
            "social, OWNED", "organic, OWNED", "email, OWNED", "EMAIL, OWNED", "' Organic', OWNED",
            "referral, EARNED", "Referral, EARNED", "' referral ', EARNED"})
    void knownMediaMapToTheirType(String medium, MediaType expected) {
        assertEquals(Optional.of(expected), Utm.mediaTypeOf(medium));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "banner_maybe", "unknown", "c p c", "cpc2"})
    void unknownMediaGiveNothing(String medium) {
        assertEquals(Optional.empty(), Utm.mediaTypeOf(medium));
    }
}
