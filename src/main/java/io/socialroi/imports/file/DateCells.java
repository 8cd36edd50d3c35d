package io.socialroi.imports.file;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of docs/imports.md: ISO ({@code 2024-01-31}, a time after it ignored), {@code M/D/YYYY} (LinkedIn) and
 * textual with the month named in the file's language or English ({@code 10 de dez. de 2022}, {@code Dec 10, 2022}).
 */
final class DateCells {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+|\\d+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** ISO date and time with a space or a T between them; the offset optional (none: UTC). */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter(Locale.ROOT);
    private static final Map<Locale, Map<String, Integer>> MONTHS = new ConcurrentHashMap<>();

    private DateCells() {
    }

    /**
     * The day a non-blank cell names, or null when it names none in these forms. A month name is looked up in the
     * languages given (nulls skipped), then in English.
     */
    static LocalDate parseDate(String cell, Locale... languages) {
        String text = cell.strip();
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1));
            }
            Matcher us = US_DATE.matcher(text);
            if (us.matches()) {
                return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)));
            }
            return textual(text, languages);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Day, month name and year in any order, other words ({@code de}) and punctuation ignored. */
    private static LocalDate textual(String text, Locale... languages) {
        Integer day = null;
        Integer year = null;
        Integer month = null;
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            if (Character.isDigit(token.charAt(0))) {
                if (token.length() == 4 && year == null) {
                    year = Integer.valueOf(token);
                } else if (token.length() <= 2 && day == null) {
                    day = Integer.valueOf(token);
                } else {
                    return null;
                }
            } else {
                Integer named = monthNamed(token, languages);
                if (named != null) {
                    if (month != null) {
                        return null;
                    }
                    month = named;
                }
            }
        }
        return day == null || month == null || year == null ? null : LocalDate.of(year, month, day);
    }

    private static Integer monthNamed(String word, Locale... languages) {
        String key = plain(word);
        for (Locale language : languages) {
            Integer month = language == null ? null : months(language).get(key);
            if (month != null) {
                return month;
            }
        }
        return months(Layout.ENGLISH).get(key);
    }

    private static Map<String, Integer> months(Locale locale) {
        return MONTHS.computeIfAbsent(locale, l -> {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(l);
            Map<String, Integer> byName = new HashMap<>();
            for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths()}) {
                for (int m = 0; m < 12; m++) {
                    byName.putIfAbsent(plain(names[m]), m + 1);
                }
            }
            return Map.copyOf(byName);
        });
    }

    /** Lower case, no accents, no dots: {@code dez.} is {@code dez}, {@code März} is {@code marz}. */
    private static String plain(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").replace(".", "").strip().toLowerCase(Locale.ROOT);
    }

    /** M/D/YYYY with a time, as Meta Business Suite writes its Publish time: {@code 03/15/2024 10:30}, 12-hour too. */
    private static final Pattern US_DATE_TIME = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?");
    /** A space before the offset, as X writes {@code 2024-03-15 10:30 +0000}. */
    private static final Pattern SPACED_OFFSET = Pattern.compile("\\s+([+-]\\d{2}:?\\d{2}|Z)$");

    /**
     * When a post went out, as the per-post exports write it: an ISO timestamp (a space before its offset allowed),
     * M/D/YYYY with a time, or a date alone (its midnight). No offset: UTC. Null when the cell is none of these.
     */
    static OffsetDateTime parsePostedAt(String cell, Locale... languages) {
        String text = cell.strip();
        OffsetDateTime at = parseTimestamp(SPACED_OFFSET.matcher(text).replaceFirst("$1"));
        if (at != null) {
            return at;
        }
        Matcher us = US_DATE_TIME.matcher(text);
        if (us.matches()) {
            try {
                int hour = Integer.parseInt(us.group(4));
                String half = us.group(7);
                if (half != null && (hour < 1 || hour > 12)) {
                    return null;
                }
                if (half != null) {
                    hour = hour % 12 + (half.equalsIgnoreCase("PM") ? 12 : 0);
                }
                return LocalDateTime.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)), hour, Integer.parseInt(us.group(5)),
                        us.group(6) == null ? 0 : Integer.parseInt(us.group(6))).atOffset(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }
        LocalDate day = parseDate(text, languages);
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The instant a non-blank cell names (ISO, a space allowed for the T; no offset: UTC), or null. */
    static OffsetDateTime parseTimestamp(String cell) {
        try {
            TemporalAccessor parsed = TIMESTAMP.parseBest(cell.strip(), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime at ? at : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
