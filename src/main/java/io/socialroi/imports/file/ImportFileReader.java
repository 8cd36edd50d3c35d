package io.socialroi.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads marketers' export files (docs/imports.md): {@link #detect} finds the format, encoding, delimiter, header
 * line, locale and currency; {@link #read} streams the typed rows. A workbook comes here as CSV, through
 * {@link ImportText}. Pure Java: the import service writes what it reads.
 */
public final class ImportFileReader {

    /** The header is among the first 20 lines; the ones above it are a preamble (LinkedIn, Google Ads). */
    static final int HEADER_SCAN_LINES = 20;
    /** Enough for 20 lines of any real export; the rest of the file is only streamed. */
    static final int PREFIX_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private ImportFileReader() {
    }

    /**
     * The settings of a file, from its first bytes plus, when no locale is given, one pass over its numbers.
     *
     * @throws ImportFileException when the file cannot be read at all: TOO_LARGE, UNSUPPORTED_FORMAT,
     *                             INVALID_ENCODING, UNKNOWN_FORMAT, MISSING_COLUMN, MISSING_CURRENCY, AMBIGUOUS_LOCALE,
     *                             UNREADABLE_FILE
     */
    public static Detected detect(Path file, ReadOptions options) {
        checkSize(file, options);
        byte[] prefix = prefix(file);
        if (ImportText.isZip(prefix) || ImportText.isOle2(prefix)) {
            // ImportText converts an .xlsx before it comes here, and refuses an .xls
            throw fileError("UNSUPPORTED_FORMAT", "An Excel workbook is read through ImportText, which converts its"
                    + " first sheet to CSV; an old .xls is not read: save it as .xlsx or CSV.");
        }
        TextEncoding encoding = TextEncoding.sniff(prefix);
        FoundHeader found = findHeader(encoding.decodePrefix(prefix), options.format());
        String currency = fileCurrency(found.header(), options.defaultCurrency());
        Detected settings = new Detected(found.header().layout().format, encoding.name(), found.delimiter(),
                options.locale(), currency, found.line());
        if (options.locale() != null) {
            return settings;
        }
        Locale inferred = inferLocale(file, encoding, settings, found.header(), options.maxRows());
        return new Detected(settings.format(), settings.encoding(), settings.delimiter(), inferred, currency,
                settings.headerLine());
    }

    /**
     * Sends every data row of the file to the sink, in file order, holding one line at a time. A bad row goes to
     * {@code sink.error} and reading goes on (a line with bytes not in the file's encoding too); an unclosed quote
     * or more than maxRows data rows end the reading with one error.
     *
     * @throws ImportFileException when the file cannot be read at all (it grew past maxBytes, or it is unreadable)
     */
    public static void read(Path file, Detected detected, ReadOptions options, RowSink sink) {
        checkSize(file, options);
        TextEncoding encoding = TextEncoding.named(detected.encoding(), prefix(file, 3));
        Reading reading = new Reading(Layouts.of(detected.format()), detected, options, sink);
        forEachLine(file, encoding, detected.delimiter(), sink, reading);
        if (reading.cells == null) {
            throw fileError("UNKNOWN_FORMAT", "The file ends before its header line " + detected.headerLine()
                    + "; it changed since it was detected.");
        }
    }

    /** The rows of one file after its header, to the sink. */
    private static final class Reading implements LineVisitor {
        private final Layout layout;
        private final Detected detected;
        private final ReadOptions options;
        private final RowSink sink;
        private Cells cells;
        private int rows;

        Reading(Layout layout, Detected detected, ReadOptions options, RowSink sink) {
            this.layout = layout;
            this.detected = detected;
            this.options = options;
            this.sink = sink;
        }

        @Override
        public boolean visit(CSVRecord record, int line) {
            if (line < detected.headerLine()) {
                return true;
            }
            if (line == detected.headerLine()) {
                Layout.Header header = layout.match(record.toList());
                if (!header.complete()) {
                    throw new ImportFileException(missingColumns(header, line));
                }
                cells = new Cells(header, detected.locale(), detected.currency(), options.defaultCurrency());
                return true;
            }
            Cells row = cells.at(record, line);
            if (row.isBlank() || row.isTotalsLine()) {
                return true;
            }
            if (++rows > options.maxRows()) {
                sink.error(new LineError(line, null, "TOO_MANY_ROWS", "Line " + line + ": the file has more than "
                        + options.maxRows() + " data rows; split it and import the parts."));
                return false;
            }
            LineError undecodable = row.undecodable();
            if (undecodable != null) {
                sink.error(undecodable);
                return true;
            }
            try {
                ImportRow typed = RowMapper.map(layout.format, row);
                if (typed != null) {
                    sink.row(typed);
                }
            } catch (Cells.BadCell bad) {
                sink.error(bad.error);
            }
            return true;
        }
    }

    /** A line of the file: its record and the 1-based line it starts on; false stops the reading. */
    private interface LineVisitor {
        boolean visit(CSVRecord record, int line);
    }

    /**
     * Parses the whole file with Commons CSV, one record at a time. A quoting error ends the reading with one error
     * at its line; null sink: it ends quietly (the locale pass leaves the report to {@link #read}).
     */
    private static void forEachLine(Path file, TextEncoding encoding, char delimiter, RowSink sink,
            LineVisitor visitor) {
        int line = 1;
        try (Reader reader = encoding.open(file); CSVParser parser = csvFormat(delimiter).parse(reader)) {
            for (CSVRecord record : parser) {
                if (!visitor.visit(record, line)) {
                    return;
                }
                line = (int) parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            if (sink != null) {
                sink.error(malformed(line));
            }
        } catch (IOException e) {
            throw fileError("UNREADABLE_FILE", "The file could not be read.");
        }
    }

    private static LineError malformed(int line) {
        return new LineError(line, null, "MALFORMED_CSV", "Line " + line
                + ": a quoted cell is not closed; check the quotes from this line on.");
    }

    /** Commons CSV with the file's delimiter; empty lines kept so that line numbers stay the file's. */
    private static CSVParser parse(String text, char delimiter) throws IOException {
        return csvFormat(delimiter).parse(new StringReader(text));
    }

    private static CSVFormat csvFormat(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    private record FoundHeader(Layout.Header header, char delimiter, int line) {
    }

    /**
     * The header among the first lines: for each delimiter and each format asked for, the line whose cells match
     * the most columns, of the formats whose required columns are all there.
     */
    private static FoundHeader findHeader(String prefix, ImportFormat format) {
        List<Layout> layouts = format == ImportFormat.AUTO ? Layouts.ALL : List.of(Layouts.of(format));
        FoundHeader best = null;
        FoundHeader closest = null;
        for (char delimiter : DELIMITERS) {
            try (CSVParser parser = parse(prefix, delimiter)) {
                int line = 1;
                int records = 0;
                for (CSVRecord record : parser) {
                    if (++records > HEADER_SCAN_LINES || line > HEADER_SCAN_LINES) {
                        break;
                    }
                    List<String> cells = record.toList();
                    for (Layout layout : layouts) {
                        Layout.Header header = layout.match(cells);
                        FoundHeader candidate = new FoundHeader(header, delimiter, line);
                        if (header.complete() && (best == null || header.matched() > best.header().matched())) {
                            best = candidate;
                        } else if (!header.complete() && header.matched() > 0
                                && (closest == null || header.matched() > closest.header().matched())) {
                            closest = candidate;
                        }
                    }
                    line = (int) parser.getCurrentLineNumber() + 1;
                }
            } catch (IOException | UncheckedIOException e) {
                // the prefix ends inside a quoted cell, or this delimiter makes no sense of it: the lines before count
            }
        }
        if (best != null) {
            return best;
        }
        if (format != ImportFormat.AUTO && closest != null) {
            throw new ImportFileException(missingColumns(closest.header(), closest.line()));
        }
        throw new ImportFileException(new LineError(0, null, "UNKNOWN_FORMAT", "No line among the first "
                + HEADER_SCAN_LINES + " is the header of " + expected(layouts) + "."));
    }

    private static String expected(List<Layout> layouts) {
        String each = layouts.stream().map(l -> "a " + l.title + " (" + l.requiredLabels() + ")")
                .collect(Collectors.joining("; "));
        return layouts.size() == 1 ? each : "any format: " + each;
    }

    private static LineError missingColumns(Layout.Header header, int line) {
        return new LineError(line, null, "MISSING_COLUMN", "Line " + line + " looks like the header of a "
                + header.layout().title + " but has no " + String.join(", no ", header.missing()) + " column.");
    }

    /**
     * The currency of every amount when the file names one for all: none when rows have a Currency column,
     * else the money column's {@code (XXX)} suffix, else the default currency. HubSpot's amount in company currency
     * is in the portal's currency whatever the deal's Currency says.
     */
    private static String fileCurrency(Layout.Header header, String defaultCurrency) {
        Field money = header.moneyField();
        boolean perRow = header.has(Field.CURRENCY) && money != Field.AMOUNT_IN_COMPANY_CURRENCY;
        if (money == null || perRow) {
            return null;
        }
        String suffix = header.suffixCurrency().get(money);
        if (suffix != null) {
            return suffix;
        }
        if (defaultCurrency == null) {
            throw fileError("MISSING_CURRENCY", "The file names no currency (no " + header.layout().label(Field.CURRENCY)
                    + " column, no (XXX) after " + header.label(money) + ") and no default currency was given.");
        }
        return defaultCurrency;
    }

    /** One pass over the numeric cells of the data rows (docs/imports.md: infer the locale, refuse ambiguity). */
    private static Locale inferLocale(Path file, TextEncoding encoding, Detected settings, Layout.Header header,
            int maxRows) {
        List<Field> numeric = header.index().keySet().stream().filter(f -> f.numeric).toList();
        if (numeric.isEmpty()) {
            return null;
        }
        NumberStyle.Evidence evidence = new NumberStyle.Evidence();
        Cells cells = new Cells(header, null, settings.currency(), null);
        int[] rows = {0};
        forEachLine(file, encoding, settings.delimiter(), null, (record, line) -> {
            if (line <= settings.headerLine()) {
                return true;
            }
            cells.at(record, line);
            for (Field field : numeric) {
                String text = cells.text(field);
                if (text != null) {
                    evidence.see(text, "line " + line + ", " + header.label(field) + " " + Cells.quoted(text));
                }
            }
            return ++rows[0] <= maxRows;
        });
        return evidence.locale(header.language());
    }

    static void checkSize(Path file, ReadOptions options) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw fileError("UNREADABLE_FILE", "The file could not be read.");
        }
        if (size > options.maxBytes()) {
            throw fileError("TOO_LARGE", "The file has " + size + " bytes; at most " + options.maxBytes()
                    + " are read. Split it and import the parts.");
        }
    }

    private static byte[] prefix(Path file) {
        return prefix(file, PREFIX_BYTES);
    }

    private static byte[] prefix(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw fileError("UNREADABLE_FILE", "The file could not be read.");
        }
    }

    private static ImportFileException fileError(String code, String message) {
        return new ImportFileException(new LineError(0, null, code, message));
    }
}
