package io.socialroi.imports.file;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Placeholder until the files branch lands: reads only what the import service's own tests need, namely UTF-8,
 * comma-separated files with the header on line 1 in three of the formats (the tidy ad-reporting table, the
 * cost sheet and the HubSpot deals export), ISO dates and plain decimal numbers. The files branch's reader
 * (sniffing, every format, locales) replaces this class; the service uses only the two methods of the API.
 */
public final class ImportFileReader {

    private static final Set<String> TIDY = Set.of("date_day", "platform", "campaign_name", "spend");
    private static final Set<String> COST_SHEET = Set.of("date", "cost", "utm_source");
    private static final Set<String> DEALS = Set.of("record id", "deal stage", "amount");

    private ImportFileReader() {
    }

    /** Detects the settings, or throws ImportFileException when the file cannot be read at all. */
    public static Detected detect(Path file, String fileName, ReadOptions options) {
        try {
            if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new ImportFileException(new LineError(0, null, "UNSUPPORTED_FORMAT",
                        "XLSX files are not read yet: export the report as CSV."));
            }
            if (Files.size(file) > options.maxBytes()) {
                throw new ImportFileException(new LineError(0, null, "TOO_LARGE",
                        "The file is larger than " + options.maxBytes() + " bytes."));
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Set<String> header = new java.util.HashSet<>();
                parser.getHeaderNames().forEach(name -> header.add(name.trim().toLowerCase(Locale.ROOT)));
                ImportFormat format = header.containsAll(TIDY) ? ImportFormat.AD_REPORTING
                        : header.containsAll(COST_SHEET) ? ImportFormat.COST_SHEET
                        : header.containsAll(DEALS) ? ImportFormat.HUBSPOT_DEALS : null;
                if (format == null || options.format() != ImportFormat.AUTO && options.format() != format) {
                    throw new ImportFileException(new LineError(1, null, "UNKNOWN_FORMAT",
                            "The header matches no known format (expected e.g. date_day, platform, campaign_name, spend)."));
                }
                return new Detected(format, "UTF-8", ',', null, null, 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams every data row to the sink, in file order; row problems go to sink.error and reading goes on. */
    public static void read(Path file, Detected detected, ReadOptions options, RowSink sink) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Map<String, String> names = new TreeMap<>();
            parser.getHeaderNames().forEach(name -> names.put(name.trim().toLowerCase(Locale.ROOT), name));
            int rows = 0;
            for (CSVRecord record : parser) {
                if (++rows > options.maxRows()) {
                    sink.error(new LineError((int) record.getRecordNumber() + 1, null, "TOO_MANY_ROWS",
                            "The file has more than " + options.maxRows() + " rows."));
                    return;
                }
                Cells cells = new Cells(record, names, (int) record.getRecordNumber() + 1, sink);
                ImportRow row = switch (detected.format()) {
                    case AD_REPORTING -> new AdDayRow(cells.line, cells.date("date_day"), cells.text("platform"),
                            cells.text("account_id"), cells.text("account_name"), cells.text("campaign_id"),
                            cells.text("campaign_name"), cells.decimal("spend"),
                            cells.textOr("currency", options.defaultCurrency()), cells.count("impressions"), null,
                            cells.count("clicks"), null, null, null, null, null);
                    case COST_SHEET -> new CostSheetRow(cells.line, cells.date("date"), cells.date("date"),
                            cells.decimal("cost"), cells.textOr("currency", options.defaultCurrency()),
                            cells.text("utm_source"), cells.text("utm_medium"), cells.text("utm_campaign"),
                            cells.text("category"), cells.count("clicks"), cells.count("impressions"));
                    case HUBSPOT_DEALS -> new DealRow(cells.line, cells.text("record id"), cells.text("deal stage"),
                            cells.decimal("amount"), cells.textOr("currency", options.defaultCurrency()),
                            cells.date("close date"), cells.date("create date"),
                            cells.text("associated contact ids"), cells.text("original source"), null, null);
                    default -> throw new ImportFileException(new LineError(0, null, "UNSUPPORTED_FORMAT",
                            "The placeholder reader reads no " + detected.format() + " files."));
                };
                if (!cells.failed) {
                    sink.row(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of one record by lower-cased column name; a bad cell becomes a line error. */
    private static final class Cells {
        final CSVRecord record;
        final Map<String, String> names;
        final int line;
        final RowSink sink;
        boolean failed;

        Cells(CSVRecord record, Map<String, String> names, int line, RowSink sink) {
            this.record = record;
            this.names = names;
            this.line = line;
            this.sink = sink;
        }

        String text(String column) {
            String name = names.get(column);
            if (name == null || !record.isSet(name)) {
                return null;
            }
            String value = record.get(name).trim();
            return value.isEmpty() || value.equals("--") || value.equals("-") ? null : value;
        }

        String textOr(String column, String fallback) {
            String value = text(column);
            return value == null ? fallback : value;
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return fail(column, "INVALID_NUMBER", "\"" + value + "\" is not a number");
            }
        }

        Long count(String column) {
            String value = text(column);
            try {
                return value == null ? null : Long.valueOf(value);
            } catch (NumberFormatException e) {
                return fail(column, "INVALID_NUMBER", "\"" + value + "\" is not a whole number");
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return fail(column, "INVALID_DATE", "\"" + value + "\" is not a date such as 2026-03-31");
            }
        }

        private <T> T fail(String column, String code, String what) {
            failed = true;
            String shown = what.length() > 80 ? what.substring(0, 80) + "…" : what;
            sink.error(new LineError(line, column, code, "Column " + column + ": " + shown + "."));
            return null;
        }
    }

}
