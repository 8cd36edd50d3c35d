package io.socialroi.earned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.socialroi.tracking.Utm;

/**
 * The pure rules of earned media value: keyword normalization and overlapping validity ranges. No framework
 * imports. Touchpoints store their utm_term normalized by it ({@code utm_term_key}); the SQL twin
 * {@code normalize_keyword()} (V7) only normalized the rows recorded before V10, and agrees for ASCII.
 */
public final class KeywordMath {

    /** The longest keyword, counted after normalization. */
    public static final int MAX_LENGTH = 200;

    private KeywordMath() {
    }

    /** A keyword is matched like a touchpoint's utm_term: {@link Utm#normalizeTerm}. */
    public static String normalize(String keyword) {
        return Utm.normalizeTerm(keyword);
    }

    /** The normalized keyword, or null when there is none (null, blank or all whitespace): {@link Utm#termKey}. */
    public static String key(String keyword) {
        return Utm.termKey(keyword);
    }

    /** Control characters (NUL breaks PostgreSQL) left after whitespace was collapsed. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** An inclusive range of days; {@code to} null = open-ended. {@code tag} names its owner for the caller. */
    public record Validity<T>(LocalDate from, LocalDate to, T tag) {
        LocalDate end() {
            return to == null ? LocalDate.MAX : to;
        }
    }

    /** Two ranges sharing at least one day; {@code earlier} starts first (or on the same day). */
    public record Overlap<T>(Validity<T> earlier, Validity<T> later) {
    }

    /** Whether two inclusive ranges share a day. */
    public static boolean overlap(Validity<?> a, Validity<?> b) {
        return !a.from().isAfter(b.end()) && !b.from().isAfter(a.end());
    }

    /**
     * The overlaps among ranges of one keyword: sorted by start, each range is compared with the one reaching
     * furthest among those before it. Every range that overlaps an earlier one is named once, as {@code later}
     * (n log n, for batches of thousands). No overlap: an empty list.
     */
    public static <T> List<Overlap<T>> overlaps(List<Validity<T>> ranges) {
        List<Validity<T>> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Validity<T>::from));
        List<Overlap<T>> found = new ArrayList<>();
        Validity<T> furthest = null;
        for (Validity<T> range : sorted) {
            if (furthest != null && !range.from().isAfter(furthest.end())) {
                found.add(new Overlap<>(furthest, range));
            }
            if (furthest == null || range.end().isAfter(furthest.end())) {
                furthest = range;
            }
        }
        return found;
    }
}
