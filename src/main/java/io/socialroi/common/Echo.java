package io.socialroi.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a caller's value an error message may repeat: at most {@value #MAX} characters. A message that
 * echoed a 10 MB variable would be a 10 MB answer (and a 10 MB log line); the first characters are enough to
 * recognise the value.
 */
public final class Echo {

    /** The longest echo of a value, the ellipsis included. */
    public static final int MAX = 64;
    /** The longest message of graphql-java's own errors after their echoes are cut. */
    public static final int MAX_MESSAGE = 1_000;

    // a quote opens after a space or a bracket and closes before one, so the words between two quoted values
    // ("'/a' was declared … type 'B'") are never taken for a value
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<=^|[\\s(\\[{=:,])'([^'\\s][^']{" + MAX + ",})'(?=$|[\\s)\\]},.:;])");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("(?<=^|[\\s(\\[{=:,])\"([^\"\\s][^\"]{" + MAX + ",})\"(?=$|[\\s)\\]},.:;])");
    // quotes end a run, so a value already cut inside its quotes is not cut again
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s'\"]{" + (MAX + 1) + ",}");

    private Echo() {
    }

    /** The value as text, cut to {@value #MAX} characters ("…" marks a cut). */
    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX) {
            return text;
        }
        int end = MAX - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return text.substring(0, end) + "…";
    }

    /**
     * A message written by a library (graphql-java's validation and coercion errors), whose echoes we cannot
     * tell apart from its own words: every quoted value and every run of more than {@value #MAX} characters without
     * a space is cut, and the whole to {@value #MAX_MESSAGE} characters.
     */
    public static String message(String message) {
        if (message == null || message.length() <= MAX) {
            return message;
        }
        String cut = replace(SINGLE_QUOTED, message, m -> "'" + of(m.group(1)) + "'");
        cut = replace(DOUBLE_QUOTED, cut, m -> "\"" + of(m.group(1)) + "\"");
        cut = replace(LONG_WORD, cut, m -> of(m.group()));
        return cut.length() <= MAX_MESSAGE ? cut : cut.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
