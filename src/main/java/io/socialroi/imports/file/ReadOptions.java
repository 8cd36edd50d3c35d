package io.socialroi.imports.file;

import java.util.Locale;

/**
 * What the caller knows about a file before reading it.
 *
 * @param format          the layout, or AUTO to find it from the header
 * @param locale          how the file writes numbers (and textual dates); null: inferred from the values, and a file
 *                        whose values do not tell (only {@code 1,234}) is refused with AMBIGUOUS_LOCALE
 * @param maxBytes        the largest file read (TOO_LARGE above it)
 * @param maxRows         the most data rows read (TOO_MANY_ROWS, and reading stops, above it)
 * @param defaultCurrency the workspace's reporting currency, for money in a file that names no currency
 */
public record ReadOptions(ImportFormat format, Locale locale, long maxBytes, int maxRows, String defaultCurrency) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 200_000;

    public ReadOptions {
        if (format == null) {
            format = ImportFormat.AUTO;
        }
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("maxBytes and maxRows must be positive");
        }
        if (defaultCurrency != null) {
            defaultCurrency = defaultCurrency.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** The documented limits (50 MiB, 200,000 rows) and an inferred locale. */
    public static ReadOptions defaults(ImportFormat format, String defaultCurrency) {
        return new ReadOptions(format, null, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, defaultCurrency);
    }

    public ReadOptions withLocale(Locale newLocale) {
        return new ReadOptions(format, newLocale, maxBytes, maxRows, defaultCurrency);
    }

    public ReadOptions withLimits(long newMaxBytes, int newMaxRows) {
        return new ReadOptions(format, locale, newMaxBytes, newMaxRows, defaultCurrency);
    }
}
