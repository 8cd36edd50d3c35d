package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a file writes numbers: its decimal separator and its thousands separator, taken from a locale
 * ({@code 1,234.56} en, {@code 1.234,56} de/es/pt-BR, {@code 1 234,56} fr). A trailing {@code %} makes a
 * percentage ({@code 2.34%} is 0.0234).
 */
final class NumberStyle {

    /** What no locale disagrees about: plain digits, a sign and a decimal point. */
    static final NumberStyle PLAIN = new NumberStyle('.', ',');

    private static final String SPACES = " \u00A0\u202F";

    private final char decimal;
    private final Pattern grouped;
    private final Pattern ungrouped;
    private final String groupingChars;

    private NumberStyle(char decimal, char grouping) {
        this.decimal = decimal;
        this.groupingChars = SPACES.indexOf(grouping) >= 0 ? SPACES : String.valueOf(grouping);
        String g = "[" + Pattern.quote(groupingChars) + "]";
        String d = Pattern.quote(String.valueOf(decimal));
        this.grouped = Pattern.compile("[+-]?\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?");
        this.ungrouped = Pattern.compile("[+-]?(?:\\d+(?:" + d + "\\d*)?|" + d + "\\d+)");
    }

    static NumberStyle of(Locale locale) {
        if (locale == null) {
            return PLAIN;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        return new NumberStyle(symbols.getDecimalSeparator(), symbols.getGroupingSeparator());
    }

    char decimalSeparator() {
        return decimal;
    }

    boolean groupsWithSpaces() {
        return groupingChars.equals(SPACES);
    }

    /** The number a non-blank cell holds, or null when it is not a number in this style. */
    BigDecimal parse(String cell) {
        String text = cell.strip();
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        boolean isGrouped = grouped.matcher(text).matches();
        if (!isGrouped && !ungrouped.matcher(text).matches()) {
            return null;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimal) {
                plain.append('.');
            } else if (!isGrouped || groupingChars.indexOf(c) < 0) {
                plain.append(c);
            }
        }
        BigDecimal value = new BigDecimal(plain.toString());
        return percent ? value.movePointLeft(2) : value;
    }

    /**
     * What the values of a file say about its decimal separator. A value with both marks, with two of the same
     * mark, with other than 3 digits after its only mark, or grouped by spaces decides; {@code 1,234} and
     * {@code 1.234} fit both styles and decide nothing.
     */
    static final class Evidence {

        private static final Pattern SIGN_AND_PERCENT = Pattern.compile("^[+-]|%$");
        private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[0-9.,\u00A0\u202F ]+");
        private static final Pattern SPACE_GROUPED = Pattern.compile("\\d[ \u00A0\u202F]\\d{3}");
        private static final Pattern THREE_AFTER_GROUP = Pattern.compile("[1-9]\\d{0,2}[.,]\\d{3}");

        private String pointExample;
        private String commaExample;
        private String ambiguousExample;
        private boolean spaceGrouping;
        private boolean pointGrouping;

        /** Takes a non-blank numeric cell into account; {@code where} names it for the error message. */
        void see(String cell, String where) {
            String text = SIGN_AND_PERCENT.matcher(cell.strip()).replaceAll("").strip();
            if (!DIGITS_AND_MARKS.matcher(text).matches()) {
                return; // not a number at all: reading reports it
            }
            if (SPACE_GROUPED.matcher(text).find()) {
                spaceGrouping = true;
            }
            text = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
            int points = count(text, '.');
            int commas = count(text, ',');
            Character decimalMark = null;
            if (points > 0 && commas > 0) {
                decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
                pointGrouping |= decimalMark == ',';
            } else if (points + commas > 1) {
                decimalMark = points > 0 ? ',' : '.'; // the repeated mark groups thousands
                pointGrouping |= points > 0;
            } else if (points + commas == 1) {
                if (THREE_AFTER_GROUP.matcher(text).matches()) {
                    if (ambiguousExample == null) {
                        ambiguousExample = where;
                    }
                } else {
                    decimalMark = points > 0 ? '.' : ',';
                }
            }
            if (decimalMark != null && decimalMark == '.' && pointExample == null) {
                pointExample = where;
            } else if (decimalMark != null && decimalMark == ',' && commaExample == null) {
                commaExample = where;
            }
        }

        private static int count(String text, char c) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }

        /**
         * The locale the values point to, preferring the language of the header's labels when it writes numbers
         * that way; null when no value needed one.
         *
         * @throws ImportFileException AMBIGUOUS_LOCALE when the values fit both styles, or mix them
         */
        Locale locale(Locale headerLanguage) {
            if (pointExample != null && commaExample != null) {
                throw ambiguous("mixes decimal points (" + pointExample + ") and decimal commas (" + commaExample
                        + ")");
            }
            Character decimalMark = pointExample != null ? Character.valueOf('.')
                    : commaExample != null ? Character.valueOf(',') : null;
            if (decimalMark == null && spaceGrouping) {
                decimalMark = ','; // 1 234 groups by spaces: French style, whose decimal mark is a comma
            }
            if (decimalMark == null) {
                if (ambiguousExample != null) {
                    throw ambiguous("has numbers that read as thousands or as decimals (" + ambiguousExample + ")");
                }
                return null;
            }
            for (Locale candidate : new Locale[] {headerLanguage, Layout.ENGLISH, Layout.GERMAN, Layout.FRENCH}) {
                NumberStyle style = of(candidate);
                boolean groupingFits = decimalMark == '.' || (!spaceGrouping || style.groupsWithSpaces())
                        && (!pointGrouping || style.groupingChars.equals("."));
                if (candidate != null && style.decimal == decimalMark && groupingFits) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no locale writes " + decimalMark);
        }

        private static ImportFileException ambiguous(String what) {
            return new ImportFileException(new LineError(0, null, "AMBIGUOUS_LOCALE", "The file " + what
                    + ": give the locale the file was exported with (for example en-US or de-DE)."));
        }
    }
}
