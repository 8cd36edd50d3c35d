package io.socialroi.imports.file;

import java.util.Locale;

/**
 * The settings found in a file, shown in a dry run and passed back to {@link ImportFileReader#read}.
 *
 * @param format     never AUTO
 * @param encoding   "UTF-8", "UTF-16LE" or "UTF-16BE"
 * @param delimiter  ',', ';' or tab
 * @param locale     how numbers are written: the option given, or the one inferred; null when no number needed one
 * @param currency   the currency of every amount when the file names one for all (a header suffix such as
 *                   {@code Amount spent (EUR)}) or names none (the default currency); null when each row names its own
 * @param headerLine the 1-based line of the header; the lines above it are a preamble
 */
public record Detected(ImportFormat format, String encoding, char delimiter, Locale locale, String currency,
        int headerLine) {
}
