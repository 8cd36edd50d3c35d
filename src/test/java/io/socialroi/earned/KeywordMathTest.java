package io.socialroi.earned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeywordMathTest {

    static KeywordMath.Validity<String> range(String from, String to, String tag) {
        return new KeywordMath.Validity<>(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), tag);
    }

    static List<String> overlapping(List<KeywordMath.Validity<String>> ranges) {
        return KeywordMath.overlaps(ranges).stream().map(o -> o.earlier().tag() + "<" + o.later().tag()).toList();
    }

    @Test
    void keywordsAreTrimmedLowerCasedAndTheirInnerWhitespaceCollapsed() {
        assertEquals("crm software", KeywordMath.normalize("  CRM \t  Software\n"));
        assertEquals("straße", KeywordMath.normalize("Straße"));
        assertEquals("istanbul", KeywordMath.normalize("ISTANBUL")); // Locale.ROOT: no dotless Turkish ı
        assertEquals("", KeywordMath.normalize(" \t "));
        assertNull(KeywordMath.normalize(null));
        // 200 characters after normalization, though 203 were sent: within the limit
        String sent = " " + "a".repeat(100) + "   " + "b".repeat(99);
        assertEquals(200, KeywordMath.normalize(sent).length());
    }

    @Test
    void controlCharactersAreFound() {
        assertTrue(KeywordMath.hasControlCharacters("crm\u0000"));
        assertFalse(KeywordMath.hasControlCharacters(KeywordMath.normalize("crm\tsoftware")));
    }

    @Test
    void rangesOverlapWhenTheyShareADayBoundsIncluded() {
        // 03-01..03-10 and 03-10..03-20 share 03-10 (both bounds inclusive)
        assertTrue(KeywordMath.overlap(range("2026-03-01", "2026-03-10", "a"), range("2026-03-10", "2026-03-20", "b")));
        // 03-01..03-10 and 03-11..: adjacent, no shared day
        assertFalse(KeywordMath.overlap(range("2026-03-01", "2026-03-10", "a"), range("2026-03-11", null, "b")));
        // an open end reaches every later start
        assertTrue(KeywordMath.overlap(range("2026-01-01", null, "a"), range("2030-06-01", "2030-06-01", "b")));
    }

    @Test
    void everyRangeOverlappingAnEarlierOneIsNamed() {
        assertEquals(List.of(), overlapping(List.of(range("2026-03-11", null, "c"), range("2026-03-01", "2026-03-10", "a"))));
        // a (03-01..03-31) covers b (03-05..03-06) and c (03-20..): both named against a, the one reaching furthest
        assertEquals(List.of("a<b", "a<c"), overlapping(List.of(range("2026-03-20", null, "c"),
                range("2026-03-01", "2026-03-31", "a"), range("2026-03-05", "2026-03-06", "b"))));
        // the same start
        assertEquals(List.of("x<y"), overlapping(List.of(range("2026-03-01", "2026-03-01", "x"),
                range("2026-03-01", "2026-03-02", "y"))));
    }

    @Test
    void keysOfNonAsciiTermsAreTheKeysOfTheirPrices() {
        // the same function for prices and touchpoint terms: Norwegian and Turkish letters fold alike
        assertEquals(KeywordMath.normalize("ålesund hotell"), KeywordMath.key("  Ålesund \t Hotell "));
        assertEquals(KeywordMath.normalize("İNDİRİM"), KeywordMath.key("İNDİRİM"));
        assertEquals("ålesund hotell", KeywordMath.key("ÅLESUND HOTELL"));
        // no term, or only whitespace: no key
        assertNull(KeywordMath.key(null));
        assertNull(KeywordMath.key("   "));
    }
}
