package io.socialroi.imports.file;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel workbook (.xlsx) as a UTF-8 CSV file, so that a workbook is read exactly as the
 * same table exported as CSV (docs/imports.md, "Excel workbooks"). Streamed with POI's event API (one row held at a
 * time, never the whole workbook: exports run to 100,000 rows); the shared strings are held, bounded.
 *
 * <p>
 * One CSV line per sheet row, and an empty line for each row the sheet skips, so that line N of the CSV is Excel's
 * row N and the reader's line numbers are the workbook's. Cells: a number as a plain decimal from the value the
 * workbook stores, to Excel's 15 significant digits ({@code 1234.56}, never {@code 1,234.56} or {@code 1.23E3}: the
 * reader then sees numbers written the English way, whatever the exporter's locale); a number formatted as a date
 * as ISO {@code 2024-03-01} ({@code 2024-03-01 14:30:00} with a time); a boolean {@code TRUE}/{@code FALSE}; a
 * formula its cached value; text as it is; an error ({@code #DIV/0!}) as its text.
 */
public final class XlsxToCsv {

    /** The shared strings are held in memory: at most this many bytes of their XML. */
    static final long MAX_SHARED_STRINGS_XML = 64L * 1024 * 1024;
    /** The sheet's XML is only streamed; a bound all the same, on the time a bloated sheet may take. */
    static final long MAX_SHEET_XML_FACTOR = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    /** Excel keeps 15 significant digits of a number; the digits after them in the file are a double's noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Beyond any double: a stored value with a larger exponent is written as stored, not expanded. */
    private static final int MAX_PLAIN_SCALE = 400;

    private XlsxToCsv() {
    }

    /**
     * Writes the first sheet of the workbook to csv (replacing it). Rows past {@code maxRows} plus a preamble and a
     * header are not written: the reader then stops at its limit as for a CSV.
     *
     * @throws ImportFileException UNREADABLE_FILE (not a workbook, damaged, password-protected, no sheet), TOO_LARGE
     *                             (the sheet as text passes maxBytes, or its parts unpack to too much: a zip bomb)
     */
    public static void convert(Path workbook, Path csv, ReadOptions options) {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = usesDate1904(reader);
            StylesTable styles = styles(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw fileError("UNREADABLE_FILE", "The workbook has no sheet.");
            }
            long sheetLimit = options.maxBytes() * MAX_SHEET_XML_FACTOR;
            try (InputStream sheet = new Bounded(sheets.next(), sheetLimit, "first sheet");
                    Writer out = new CountingWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
                            options.maxBytes());
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                SheetToCsv rows = new SheetToCsv(printer, options.maxRows() + ImportFileReader.HEADER_SCAN_LINES + 1);
                RawValues handler = new RawValues(styles, strings, rows, date1904);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                try {
                    parser.parse(new InputSource(sheet));
                } catch (EnoughRows enough) {
                    // the reader will say TOO_MANY_ROWS at the first row over its limit
                }
                rows.failure();
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (TooLarge e) {
            throw fileError("TOO_LARGE", e.getMessage());
        } catch (CountingWriter.Full e) {
            throw sheetTooLarge(options);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e, options);
        }
    }

    private static ImportFileException sheetTooLarge(ReadOptions options) {
        return fileError("TOO_LARGE", "The workbook's first sheet has more than " + options.maxBytes()
                + " bytes as text; split it and import the parts.");
    }

    /**
     * POI refuses a part that unpacks 100 times or more its packed size (ZipSecureFile's default ratio) with a "Zip
     * bomb detected" IOException; anything else that goes wrong inside the zip is a damaged workbook.
     */
    private static ImportFileException unreadable(Throwable e, ReadOptions options) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge tooLarge) {
                return fileError("TOO_LARGE", tooLarge.getMessage());
            }
            if (cause instanceof CountingWriter.Full) {
                return sheetTooLarge(options);
            }
            String message = cause.getMessage();
            if (message != null && message.contains("Zip bomb")) {
                return fileError("TOO_LARGE", "The workbook unpacks to far more than its size (a part is compressed"
                        + " more than 100 times): it is not read. Export the report as CSV.");
            }
        }
        if (e instanceof EmptyFileException) {
            return fileError("UNREADABLE_FILE", "The file is empty.");
        }
        return fileError("UNREADABLE_FILE", "The file is named or looks like an Excel workbook (.xlsx) but cannot be"
                + " opened as one: it is damaged or not a workbook. Save it again as .xlsx, or export the report as CSV.");
    }

    private static StylesTable styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_XML, "styles part")) {
            return new StylesTable(in);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_XML, "shared strings part")) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    /** Workbooks saved by old Mac Excel count days from 1904: their date cells would be 4 years off otherwise. */
    private static boolean usesDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        try (InputStream in = new Bounded(reader.getWorkbookData(), MAX_SHARED_STRINGS_XML, "workbook part")) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(in));
        }
        return date1904[0];
    }

    /**
     * POI's sheet handler, keeping the text of each cell's {@code <v>} as the file stores it and the cell's type:
     * POI hands its formatter a double, whose shortest form Java 17 does not always print; the stored text is
     * Excel's own shortest form.
     */
    private static final class RawValues extends XSSFSheetXMLHandler {
        private final StringBuilder raw;
        private final CellValues values;
        private boolean inValue;

        RawValues(StylesTable styles, ReadOnlySharedStringsTable strings, SheetToCsv rows, boolean date1904) {
            this(styles, strings, rows, new CellValues(date1904), new StringBuilder());
        }

        private RawValues(StylesTable styles, ReadOnlySharedStringsTable strings, SheetToCsv rows, CellValues values,
                StringBuilder raw) {
            super(styles, strings, rows, values, false);
            this.values = values;
            this.raw = raw;
            values.raw = raw;
            rows.values = values;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                values.error = "e".equals(attributes.getValue("t"));
                raw.setLength(0);
            } else if ("v".equals(localName)) {
                inValue = true;
                raw.setLength(0);
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                raw.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("v".equals(localName)) {
                inValue = false;
            }
            super.endElement(uri, localName, qName);
        }
    }

    /**
     * What POI's handler calls for every numeric cell with a number format (and a formula's numeric result): a date
     * format gives ISO, any other the stored value as a plain decimal.
     */
    static final class CellValues extends DataFormatter {
        private final boolean date1904;
        StringBuilder raw;
        boolean error;

        CellValues(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return isoDate(value, date1904);
            }
            return plainNumber(raw.toString());
        }
    }

    /** An Excel date serial as ISO: the day, with the time when it has one, the time alone below 1 (a duration). */
    static String isoDate(double serial, boolean date1904) {
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1 && !date1904) {
            return at.format(TIME);
        }
        return at.toLocalTime().toSecondOfDay() == 0 ? at.format(DAY) : at.format(DAY_TIME);
    }

    /**
     * The stored text of a number ({@code 1234.56}, {@code 1.5E-3}) as a plain decimal, to the 15 significant digits
     * Excel shows and saves as CSV: a sum such as 0.1 + 0.2 is stored as {@code 0.30000000000000004}, binary noise
     * past Excel's precision, and is 0.3 here as in the workbook's cell.
     */
    static String plainNumber(String stored) {
        String text = stored.strip();
        try {
            BigDecimal number = new BigDecimal(text).round(EXCEL_PRECISION).stripTrailingZeros();
            if (Math.abs(number.scale()) > MAX_PLAIN_SCALE) {
                return text;
            }
            return number.signum() == 0 ? "0" : number.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The rows of the sheet as CSV lines, an empty line for each row the sheet skips. */
    private static final class SheetToCsv implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final CSVPrinter printer;
        private final int maxLines;
        private final List<String> cells = new ArrayList<>();
        private int linesWritten;
        private int rowsWithCells;
        private IOException failure;
        CellValues values;

        SheetToCsv(CSVPrinter printer, int maxLines) {
            this.printer = printer;
            this.maxLines = maxLines;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            try {
                while (linesWritten < rowNum) {
                    printer.println();
                    linesWritten++;
                }
            } catch (IOException e) {
                fail(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (values.error && value.startsWith("ERROR:")) {
                value = value.substring("ERROR:".length());
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            try {
                if (linesWritten > rowNum) {
                    return; // a row out of order (hand-made files): its line is written already
                }
                printer.printRecord(cells);
                linesWritten++;
            } catch (IOException e) {
                fail(e);
            }
            if (!cells.isEmpty() && ++rowsWithCells > maxLines) {
                throw new EnoughRows();
            }
        }

        private void fail(IOException e) {
            failure = e;
            throw new EnoughRows();
        }

        void failure() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Ends the sheet's parsing early: the rows past the limit are not needed. */
    private static final class EnoughRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** A part of the zip that unpacks to more than its bound. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** An input stream that fails once more than its bound has been read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String what;
        private long read;

        Bounded(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge("The workbook's " + what + " unpacks to more than " + limit
                        + " bytes: it is not read. Split the report, or export it as CSV.");
            }
        }
    }

    /** A writer that fails once more than maxChars characters have been written (the CSV's size, near enough). */
    private static final class CountingWriter extends BufferedWriter {
        private final long maxChars;
        private long written;

        CountingWriter(Writer out, long maxChars) {
            super(out);
            this.maxChars = maxChars;
        }

        @Override
        public void write(int c) throws IOException {
            count(1);
            super.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            count(len);
            super.write(cbuf, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            count(len);
            super.write(s, off, len);
        }

        private void count(long n) {
            written += n;
            if (written > maxChars) {
                throw new Full();
            }
        }

        /** Unchecked, so that it passes through the SAX parser and CSVPrinter as itself. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super(null, null, false, false);
            }
        }
    }

    private static ImportFileException fileError(String code, String message) {
        return new ImportFileException(new LineError(0, null, code, message));
    }
}
