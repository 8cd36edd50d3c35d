package io.socialroi.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A saved report's table as CSV (RFC 4180: comma, CRLF, quotes where needed): a header of the column names, MONEY
 * columns with the currency in brackets ("cost (EUR)"), then one line per row with the cells' text, an undefined cell
 * empty. A TEXT cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe: campaign and channel names are user input, and opening the file must not run them.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(SavedReportRun run) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            for (ReportColumn column : run.columns()) {
                header.add(column.type() == ColumnType.MONEY ? column.name() + " (" + run.currencyCode() + ")"
                        : column.name());
            }
            printer.printRecord(header);
            for (List<String> row : run.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    String cell = row.get(i);
                    cells.add(run.columns().get(i).type() == ColumnType.TEXT ? defused(cell) : cell);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The cell, with an apostrophe before a leading character that starts a spreadsheet formula. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
