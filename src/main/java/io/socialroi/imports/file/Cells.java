package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The cells of one data line as typed values, read by the rules of docs/imports.md: {@code --}, {@code -} and empty
 * are null; numbers in the file's style; dates ISO, M/D/YYYY or textual. A bad cell stops its row with a
 * {@link BadCell} that names the line, the column and the cell.
 */
final class Cells {

    /** {@code Total}, {@code Total: Account}, {@code Total: Campaigns}; not a campaign named {@code Totally new}. */
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)total\\s*(?::.*)?");
    private static final List<Field> DATE_FIELDS = List.of(Field.DAY, Field.REPORTING_STARTS, Field.DATE,
            Field.DATE_FROM);

    private final Layout.Header header;
    private final NumberStyle numbers;
    private final Locale locale;
    private final String fileCurrency;
    private final String defaultCurrency;
    private CSVRecord record;
    private int line;

    Cells(Layout.Header header, Locale locale, String fileCurrency, String defaultCurrency) {
        this.header = header;
        this.numbers = NumberStyle.of(locale);
        this.locale = locale;
        this.fileCurrency = fileCurrency;
        this.defaultCurrency = defaultCurrency;
    }

    /** Points these cells at another line. */
    Cells at(CSVRecord newRecord, int newLine) {
        this.record = newRecord;
        this.line = newLine;
        return this;
    }

    int line() {
        return line;
    }

    boolean has(Field field) {
        return header.has(field);
    }

    /** A line of nothing but empty cells. */
    boolean isBlank() {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A totals row: its first non-empty cell is {@code Total} or {@code Total: …} (Google Ads' {@code Total:
     * Account}, {@code Total: Campaigns}), or its date cell starts with Total.
     */
    boolean isTotalsLine() {
        for (String value : record) {
            if (!value.isBlank()) {
                if (TOTAL_LABEL.matcher(value.strip()).matches()) {
                    return true;
                }
                break;
            }
        }
        for (Field dateField : DATE_FIELDS) {
            String cell = raw(dateField);
            if (cell != null && cell.strip().regionMatches(true, 0, "total", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** A cell holding bytes the file's encoding could not decode (read as U+FFFD), as an error; null if none. */
    LineError undecodable() {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\uFFFD') >= 0) {
                int index = i;
                String column = header.index().entrySet().stream().filter(e -> e.getValue() == index).findFirst()
                        .map(e -> header.label(e.getKey())).orElse(null);
                return new LineError(line, column, "INVALID_ENCODING", "Line " + line + (column == null ? ""
                        : ", column " + column) + ": bytes that are not valid in the file's encoding; save the file"
                        + " as UTF-8.");
            }
        }
        return null;
    }

    private String raw(Field field) {
        Integer index = header.index().get(field);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    /** The trimmed cell; null for a column the file lacks and for {@code ""}, {@code -} and {@code --}. */
    String text(Field field) {
        String cell = raw(field);
        if (cell == null) {
            return null;
        }
        String text = cell.strip();
        return text.isEmpty() || text.equals("-") || text.equals("--") ? null : text;
    }

    String required(Field field) {
        String text = text(field);
        if (text == null) {
            throw bad(field, "MISSING_VALUE", "is empty; every row needs one");
        }
        return text;
    }

    BigDecimal decimal(Field field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        BigDecimal value = numbers.parse(text);
        if (value == null) {
            throw bad(field, "INVALID_NUMBER", quoted(text) + " is not a number written as "
                    + (locale == null ? "plain digits with a decimal point" : "in " + locale.toLanguageTag()));
        }
        return value;
    }

    /** A whole count (impressions, clicks); {@code 1,234} in an en-US file is 1234. */
    Long count(Field field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw bad(field, "INVALID_NUMBER", quoted(text(field)) + " is not a whole number");
        }
    }

    LocalDate date(Field field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        LocalDate day = DateCells.parseDate(text, locale, header.language());
        if (day == null) {
            throw bad(field, "INVALID_DATE", quoted(text)
                    + " is not a date (2024-01-31, 1/31/2024 or a month by name such as 31 Jan 2024)");
        }
        return day;
    }

    LocalDate requiredDate(Field field) {
        required(field);
        return date(field);
    }

    OffsetDateTime timestamp(Field field) {
        String text = required(field);
        OffsetDateTime at = DateCells.parseTimestamp(text);
        if (at == null) {
            throw bad(field, "INVALID_DATE", quoted(text)
                    + " is not a timestamp (2024-01-31T09:30:00Z, or 2024-01-31 09:30:00 in UTC)");
        }
        return at;
    }

    /** When a post went out: {@link DateCells#parsePostedAt}. */
    OffsetDateTime postedAt(Field field) {
        String text = required(field);
        OffsetDateTime at = DateCells.parsePostedAt(text, locale, header.language());
        if (at == null) {
            throw bad(field, "INVALID_DATE", quoted(text) + " is not a time of publishing (2024-03-15T10:30:00Z,"
                    + " 03/15/2024 10:30, or a day such as 2024-03-15)");
        }
        return at;
    }

    /**
     * The currency of the row's money: its Currency cell, else the file's (a header suffix or the default currency).
     */
    String currency(Field money) {
        String code = text(Field.CURRENCY);
        if (code == null) {
            return fileCurrency(money);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!Layout.isCurrencyCode(upper)) {
            throw bad(Field.CURRENCY, "INVALID_CURRENCY", quoted(code) + " is not an ISO 4217 currency code");
        }
        return upper;
    }

    /** The currency the file names for a money column: its header suffix, else the default currency. */
    String fileCurrency(Field money) {
        String suffix = header.suffixCurrency().get(money);
        String currency = suffix != null ? suffix : fileCurrency != null ? fileCurrency : defaultCurrency;
        if (currency == null) {
            throw bad(Field.CURRENCY, "MISSING_VALUE", "is empty and no default currency was given");
        }
        return currency;
    }

    BadCell bad(Field field, String code, String what) {
        String column = header.label(field);
        return new BadCell(new LineError(line, column, code, "Line " + line + ", column " + column + ": " + what
                + "."));
    }

    /** A cell in quotes for a message, cut to 64 characters. */
    static String quoted(String cell) {
        return "\"" + (cell.length() <= 64 ? cell : cell.substring(0, 64) + "…") + "\"";
    }

    /** A cell that stops its row. */
    static final class BadCell extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient LineError error;

        BadCell(LineError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
