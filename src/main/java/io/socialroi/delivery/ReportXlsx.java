package io.socialroi.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A saved report's table as an Excel workbook (XLSX). The first sheet, named after the report, holds the table: a
 * bold header row (MONEY columns with the currency in brackets, "cost (EUR)", as in {@link ReportCsv}), frozen, with
 * an auto-filter; then one row per table row with typed cells: MONEY a number shown with two decimals, DECIMAL a
 * number as it is, INTEGER a whole number, DATE a date shown yyyy-mm-dd, TEXT a string; an undefined (null) cell
 * stays empty. A second sheet "About" says which report, kind, period rule, resolved days, time zone and currency.
 * <p>
 * Every cell is written as a value, never as a formula, so a campaign named "=HYPERLINK(...)" is a string cell that a
 * spreadsheet shows and does not run: unlike the CSV, no apostrophe is needed. Numbers are doubles in the file format
 * (15 significant digits), plenty for report figures. XSSF, not the streaming SXSSF: a saved report has at most a
 * few thousand rows, and the whole workbook in memory keeps the code plain.
 */
public final class ReportXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ABOUT_SHEET = "About";

    /** Column widths in characters, so that a header or figure is readable without AWT font metrics (autoSize). */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private ReportXlsx() {
    }

    public static byte[] write(SavedReportRun run) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeTable(workbook.createSheet(tableSheetName(run.savedReport().name())), run, styles);
            writeAbout(workbook.createSheet(ABOUT_SHEET), run, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not fail
        }
    }

    /** The report's name as a sheet name (at most 31 characters, none of []:*?/\), or "Report" if nothing is left. */
    static String tableSheetName(String reportName) {
        if (reportName == null || reportName.isBlank()) {
            return "Report";
        }
        String safe = WorkbookUtil.createSafeSheetName(reportName.strip(), '-').strip();
        return safe.isEmpty() || safe.equalsIgnoreCase(ABOUT_SHEET) ? "Report" : safe;
    }

    private static void writeTable(Sheet sheet, SavedReportRun run, Styles styles) {
        List<ReportColumn> columns = run.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            ReportColumn column = columns.get(c);
            String title = column.type() == ColumnType.MONEY ? column.name() + " (" + run.currencyCode() + ")"
                    : column.name();
            text(header.createCell(c), title, styles.header);
            widths[c] = title.length() + 3; // room for the filter's button
        }
        for (int r = 0; r < run.rows().size(); r++) {
            List<String> cells = run.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value != null) {
                    typed(row.createCell(c), columns.get(c).type(), value, styles);
                    widths[c] = Math.max(widths[c], value.length() + 2);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, run.rows().size(), 0, columns.size() - 1));
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) * 256);
        }
    }

    /**
     * The cell as its column's type. A figure whose text does not parse as that type (no report answers one) is kept
     * as text rather than lost.
     */
    private static void typed(Cell cell, ColumnType type, String value, Styles styles) {
        try {
            switch (type) {
                case MONEY -> number(cell, value, styles.money);
                case DECIMAL -> number(cell, value, styles.decimal);
                case INTEGER -> number(cell, value, styles.integer);
                case DATE -> {
                    LocalDate date = LocalDate.parse(value);
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
                }
                case TEXT -> cell.setCellValue(value);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            cell.setCellValue(value);
        }
    }

    private static void number(Cell cell, String value, CellStyle style) {
        cell.setCellValue(new BigDecimal(value).doubleValue());
        cell.setCellStyle(style);
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void writeAbout(Sheet sheet, SavedReportRun run, Styles styles) {
        SavedReport report = run.savedReport();
        aboutRow(sheet, 0, "report", styles).createCell(1).setCellValue(report.name());
        aboutRow(sheet, 1, "kind", styles).createCell(1).setCellValue(report.kind().name());
        aboutRow(sheet, 2, "period rule", styles).createCell(1).setCellValue(run.rule().name());
        typed(aboutRow(sheet, 3, "from", styles).createCell(1), ColumnType.DATE, run.from().toString(), styles);
        typed(aboutRow(sheet, 4, "to", styles).createCell(1), ColumnType.DATE, run.to().toString(), styles);
        aboutRow(sheet, 5, "time zone", styles).createCell(1).setCellValue(run.timeZone());
        aboutRow(sheet, 6, "currency", styles).createCell(1).setCellValue(run.currencyCode());
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, Math.min(MAX_WIDTH, Math.max(24, report.name().length() + 2)) * 256);
    }

    /** A row of the About sheet with its bold label in the first column. */
    private static Row aboutRow(Sheet sheet, int index, String label, Styles styles) {
        Row row = sheet.createRow(index);
        text(row.createCell(0), label, styles.header);
        return row;
    }

    /** The workbook's few cell styles, made once: a workbook holds at most 64 000 of them. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle decimal;
        final CellStyle integer;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = formatted(workbook, "#,##0.00");
            decimal = formatted(workbook, "General");
            integer = formatted(workbook, "#,##0");
            date = formatted(workbook, "yyyy-mm-dd");
        }

        private static CellStyle formatted(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
