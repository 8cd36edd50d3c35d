package io.socialroi.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built with POI's usermodel (fine in a test), converted by the streaming XlsxToCsv and read back as
 * text: the CSV line of each row, then the same rows through ImportFileReader.
 */
class XlsxToCsvTest {

    static final String[] META_HEADER = { "Reporting starts", "Reporting ends", "Campaign name", "Campaign ID",
        "Amount spent (EUR)", "Impressions", "Link clicks" };

    @TempDir
    Path dir;

    /** A Meta Ads Manager export as .xlsx: real dates, numeric spend with a thousands format, a text ID. */
    static byte[] metaWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Raw Data Report");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < META_HEADER.length; i++) {
                header.createCell(i).setCellValue(META_HEADER[i]);
            }
            // row 2: 1234.56 EUR shown as "1,234.56"; row 3 skipped (blank); row 4: 0.1 + 0.2 = 0.30000000000000004
            metaRow(sheet.createRow(1), date, money, LocalDate.of(2026, 3, 1), "Spring Sale", 1234.56, 1000);
            metaRow(sheet.createRow(3), date, money, LocalDate.of(2026, 3, 2), "Spring Sale", 0.1 + 0.2, 2000);
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("never read");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves formulas' values too
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void metaRow(Row row, CellStyle date, CellStyle money, LocalDate day, String campaign, double spend,
            double impressions) {
        row.createCell(0).setCellValue(day);
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(day);
        row.getCell(1).setCellStyle(date);
        row.createCell(2).setCellValue(campaign);
        row.createCell(3).setCellValue("120201234567890123"); // an ID longer than a double holds: text
        row.createCell(4).setCellValue(spend);
        row.getCell(4).setCellStyle(money);
        row.createCell(5).setCellValue(impressions);
        row.createCell(6).setCellFormula("F" + (row.getRowNum() + 1) + "/100");
    }

    Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    List<String> csvLines(Path workbook) throws IOException {
        try (ImportText text = ImportText.open(workbook, ReadOptions.defaults(ImportFormat.AUTO, "EUR"))) {
            assertTrue(text.converted());
            return Files.readAllLines(text.path(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFirstSheetBecomesOneCsvLinePerRowWithPlainNumbersAndIsoDates() throws Exception {
        List<String> lines = csvLines(file("meta.xlsx", metaWorkbook()));
        // Link clicks is a formula (Impressions / 100): its cached value; Excel's row 3 is an empty line
        assertEquals(List.of(
                "Reporting starts,Reporting ends,Campaign name,Campaign ID,Amount spent (EUR),Impressions,Link clicks",
                "2026-03-01,2026-03-01,Spring Sale,120201234567890123,1234.56,1000,10",
                "",
                "2026-03-02,2026-03-02,Spring Sale,120201234567890123,0.3,2000,20"), lines);
    }

    @Test
    void theConvertedSheetReadsAsTheSameCsvWouldWithExcelsRowNumbers() throws Exception {
        Path workbook = file("meta.xlsx", metaWorkbook());
        ReadOptions options = ReadOptions.defaults(ImportFormat.AUTO, "EUR");
        try (ImportText text = ImportText.open(workbook, options)) {
            ImportFileReaderTest.Read read = ImportFileReaderTest.read(text.path(), options);
            assertEquals(ImportFormat.META_ADS, read.detected().format());
            assertEquals("EUR", read.detected().currency());
            assertEquals(List.of(), read.errors());
            List<AdDayRow> rows = read.rows(AdDayRow.class);
            // Excel rows 2 and 4 (row 3 is empty)
            assertEquals(List.of(2, 4), rows.stream().map(AdDayRow::line).toList());
            assertEquals(List.of(new BigDecimal("1234.56"), new BigDecimal("0.3")),
                    rows.stream().map(AdDayRow::spend).toList());
            assertEquals(LocalDate.of(2026, 3, 2), rows.get(1).day());
            assertEquals("120201234567890123", rows.get(0).platformCampaignId());
        }
    }

    @Test
    void cellsOfEveryKind() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle stamp = workbook.createCellStyle();
            stamp.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(LocalDateTime.of(2026, 3, 14, 16, 20));
            row.getCell(0).setCellStyle(stamp);
            row.createCell(1).setCellValue(0.0234);
            row.getCell(1).setCellStyle(percent);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue("1,234.56"); // text that looks like a number: as it is
            row.createCell(4).setCellValue(1.5e-3);
            row.createCell(5).setCellValue(-42);
            row.createCell(6).setCellValue("say \"hi\", then\nleave");
            row.createCell(8).setCellValue(1e20); // column H left empty
            row.createCell(9).setCellFormula("1/0");
            workbook.setForceFormulaRecalculation(false);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        List<String> lines = csvLines(file("cells.xlsx", bytes));
        assertEquals(List.of("2026-03-14 16:20:00,0.0234,TRUE,\"1,234.56\",0.0015,-42,\"say \"\"hi\"\", then",
                "leave\",,100000000000000000000,\"#DIV/0!\""), lines); // Commons CSV quotes a leading #
    }

    @Test
    void plainNumbersKeepExcelsFifteenDigits() {
        assertEquals("0.3", XlsxToCsv.plainNumber("0.30000000000000004"));
        assertEquals("1234.56", XlsxToCsv.plainNumber("1234.5599999999999"));
        assertEquals("120201234567890000", XlsxToCsv.plainNumber("1.2020123456789011E+17"));
        assertEquals("0", XlsxToCsv.plainNumber("-0"));
        assertEquals("1E+999999", XlsxToCsv.plainNumber("1E+999999"));
        assertEquals("2026-03-01", XlsxToCsv.isoDate(46082, false));
    }

    @Test
    void anOldXlsIsUnsupportedAndSaysToSaveAsXlsx() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Day");
            workbook.write(out);
            xls = out.toByteArray();
        }
        LineError error = refusal(file("export.xls", xls));
        assertEquals("UNSUPPORTED_FORMAT", error.code());
        assertTrue(error.message().contains("save the file as .xlsx"), error.message());
    }

    @Test
    void aPasswordProtectedWorkbookIsUnreadableWithItsReason() throws Exception {
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(metaWorkbook());
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        LineError error = refusal(encrypted);
        assertEquals("UNREADABLE_FILE", error.code());
        assertTrue(error.message().contains("password-protected"), error.message());
    }

    @Test
    void aDamagedZipIsUnreadableNotACrash() throws Exception {
        Set<Path> tempBefore = workbookTempFiles();
        LineError error = refusal(file("export.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 1, 2, 3 }));
        assertEquals("UNREADABLE_FILE", error.code());
        assertTrue(error.message().contains("cannot be opened"), error.message());
        // a zip that is not a workbook
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.csv"));
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("UNREADABLE_FILE", refusal(file("report.zip", zip.toByteArray())).code());
        // the temp CSVs of the failed conversions are gone
        assertEquals(tempBefore, workbookTempFiles());
    }

    @Test
    void aSheetThatInflatesHundredsOfTimesIsRefusedAsTooLarge() throws Exception {
        // the Meta workbook with 30 MB of spaces in its sheet: compressed about 1000:1, past POI's 1:100 guard
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(metaWorkbook()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        out.write(spaces);
                    }
                    out.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        LineError error = refusal(file("bomb.xlsx", bomb.toByteArray()));
        assertEquals("TOO_LARGE", error.code(), error.message());
    }

    @Test
    void theSheetAsTextMayNotPassMaxBytes() throws Exception {
        // 3,000 rows of one 100-character text, stored once: a small workbook, 300 KB as CSV
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String text = "x".repeat(100);
            for (int r = 0; r < 3000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(text);
            }
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Path workbook = file("long.xlsx", bytes);
        long twice = 2 * Files.size(workbook);
        assertTrue(twice < 300_000, "the workbook is small: " + twice);
        ReadOptions options = ReadOptions.defaults(ImportFormat.AUTO, "EUR").withLimits(twice, 10_000);
        LineError error = assertThrows(ImportFileException.class, () -> ImportText.open(workbook, options)).error();
        assertEquals("TOO_LARGE", error.code());
        assertEquals("The workbook's first sheet has more than " + twice + " bytes as text; split it and import"
                + " the parts.", error.message());
        // with maxRows 10 it stops after 10 rows and a preamble's 20 and a header: 31 lines, the reader says the rest
        ReadOptions fewRows = ReadOptions.defaults(ImportFormat.AUTO, "EUR").withLimits(twice, 10);
        try (ImportText text = ImportText.open(workbook, fewRows)) {
            assertEquals(32, Files.readAllLines(text.path()).size());
        }
    }

    @Test
    void csvPassesThroughUntouched() throws Exception {
        Path csv = file("ads.csv", "date_day,platform\n".getBytes(StandardCharsets.UTF_8));
        try (ImportText text = ImportText.open(csv, ReadOptions.defaults(ImportFormat.AUTO, "EUR"))) {
            assertFalse(text.converted());
            assertEquals(csv, text.path());
        }
        assertTrue(Files.exists(csv));
    }

    static Set<Path> workbookTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("social-roi-workbook-"))
                    .collect(Collectors.toSet());
        }
    }

    LineError refusal(Path file) {
        return assertThrows(ImportFileException.class,
                () -> ImportText.open(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"))).error();
    }
}
