package io.socialroi.imports;

import static io.socialroi.imports.ImportGraphQLTest.as;
import static io.socialroi.imports.ImportGraphQLTest.assertNoLeak;
import static io.socialroi.imports.ImportGraphQLTest.ok;
import static io.socialroi.imports.ImportGraphQLTest.withoutHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Excel workbooks uploaded to POST /imports against PostgreSQL: a Meta Ads Manager export saved as .xlsx imports the
 * same rows and the exact amounts as its CSV; Excel's row numbers in errors; .xls and damaged files refused in JSON.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ImportWorkbookTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> META_HEADER = List.of("Reporting starts", "Reporting ends", "Campaign name",
            "Campaign ID", "Amount spent (EUR)", "Impressions", "Reach", "Link clicks", "Clicks (all)", "Results",
            "Result indicator");

    /**
     * The workbook's rows as its CSV export has them: Meta's summary row (no campaign; dropped), then three days of
     * Spring Sale. In the workbook the amounts are numbers shown "#,##0.00" (1,234.56), the day cells real dates, and
     * the third day's amount is text holding a number; 0.1 + 0.2 is stored 0.30000000000000004, shown 0.3.
     */
    static final String META_CSV = """
            Reporting starts,Reporting ends,Campaign name,Campaign ID,Amount spent (EUR),Impressions,Reach,Link clicks,Clicks (all),Results,Result indicator
            2026-03-01,2026-03-03,,,1764.86,7000,5000,70,90,7,
            2026-03-01,2026-03-01,Spring Sale,2384001,1234.56,4000,3000,40,50,4,actions:offsite_conversion.fb_pixel_purchase
            2026-03-02,2026-03-02,Spring Sale,2384001,0.3,1000,800,10,15,1,actions:offsite_conversion.fb_pixel_purchase
            2026-03-03,2026-03-03,Spring Sale,2384001,530.00,2000,1200,20,25,2,actions:offsite_conversion.fb_pixel_purchase
            """;

    @Inject
    TestData data;

    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        String facebook = TestData.createChannel("Facebook", "SOCIAL");
        String google = TestData.createChannel("Google", "SEARCH");
        campaign = TestData.createCampaign("Spring Sale", "spring", "2026-01-01", facebook, google);
    }

    /** META_CSV as Excel holds it, its data rows starting at Excel row {@code firstDataRow} (1-based). */
    static byte[] metaWorkbook(int firstDataRow, Object badSpend) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Raw Data Report");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < META_HEADER.size(); i++) {
                header.createCell(i).setCellValue(META_HEADER.get(i));
            }
            String indicator = "actions:offsite_conversion.fb_pixel_purchase";
            int r = firstDataRow - 1;
            row(sheet.createRow(r++), day, money, 1, 3, null, null, 1764.86, 7000, 5000, 70, 90, 7, null);
            row(sheet.createRow(r++), day, money, 1, 1, "Spring Sale", "2384001", 1234.56, 4000, 3000, 40, 50, 4, indicator);
            row(sheet.createRow(r++), day, money, 2, 2, "Spring Sale", "2384001", 0.1 + 0.2, 1000, 800, 10, 15, 1, indicator);
            row(sheet.createRow(r), day, money, 3, 3, "Spring Sale", "2384001", badSpend, 2000, 1200, 20, 25, 2, indicator);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void row(Row row, CellStyle day, CellStyle money, int from, int to, String name, String id, Object spend,
            int impressions, int reach, int linkClicks, int clicks, int results, String indicator) {
        row.createCell(0).setCellValue(LocalDate.of(2026, 3, from));
        row.getCell(0).setCellStyle(day);
        row.createCell(1).setCellValue(LocalDate.of(2026, 3, to));
        row.getCell(1).setCellStyle(day);
        if (name != null) {
            row.createCell(2).setCellValue(name);
            row.createCell(3).setCellValue(id);
        }
        if (spend instanceof Double number) {
            row.createCell(4).setCellValue(number);
            row.getCell(4).setCellStyle(money);
        } else {
            row.createCell(4).setCellValue((String) spend);
        }
        int column = 5;
        for (int count : new int[] { impressions, reach, linkClicks, clicks, results }) {
            row.createCell(column++).setCellValue(count);
        }
        if (indicator != null) {
            row.createCell(column).setCellValue(indicator);
        }
    }

    static Response upload(String fileName, byte[] content, String type, Object... query) {
        var request = as(Tokens.TESTER).multiPart("file", fileName, content, type);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().post("/imports");
    }

    static Set<Path> workbookTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("social-roi-workbook-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aMetaWorkbookPreviewsAsItsCsvAndImportsTheExactAmounts() throws Exception {
        Set<Path> tempBefore = workbookTempFiles();
        byte[] workbook = metaWorkbook(2, "530.00");
        JsonPath asCsv = ok(upload("meta.csv", META_CSV.getBytes(StandardCharsets.UTF_8), "text/csv", "dryRun", "true"));
        JsonPath asXlsx = ok(upload("meta.xlsx", workbook, XLSX, "dryRun", "true"));
        assertEquals("META_ADS", asXlsx.getString("format"));
        // the summary row (line 2) is dropped as a totals row: three rows read, whichever the file
        assertEquals(Map.of("read", 3, "written", 0, "replaced", 0, "rejected", 0, "skipped", 0),
                asXlsx.getMap("counts"));
        for (String path : List.of("format", "counts", "targets", "campaignTotals", "channelTotals", "matched",
                "unmapped", "settings.locale", "settings.headerLine")) {
            assertEquals(asCsv.getString(path), asXlsx.getString(path), path);
        }
        // 1234.56 + 0.3 + 530.00 = 1764.86 EUR on Spring Sale
        assertEquals(List.of(Map.of("amount", "1764.86", "currencyCode", "EUR")),
                asXlsx.getList("campaignTotals[0].costs"));

        JsonPath imported = ok(upload("meta.xlsx", workbook, XLSX));
        assertEquals("COMPLETED", imported.getString("status"));
        assertEquals(Map.of("read", 3, "written", 3, "replaced", 0, "rejected", 0, "skipped", 0),
                imported.getMap("counts"));
        // the amounts as Excel shows them: 0.30000000000000004 is 0.3 (15 significant digits)
        assertEquals("1234.56,0.3,530.00", data.scalar(
                "select string_agg(amount::text, ',' order by incurred_on) from cost_entry"));
        assertEquals("1764.86", GraphQL.ok("query($id: ID!) { campaign(id: $id) { totalCost { amount } } }",
                "id", campaign).getString("campaign.totalCost.amount"));
        // impressions 4000 + 1000 + 2000 = 7000 from number cells
        assertEquals("7000", data.scalar("select sum(impressions) from engagement_day"));
        // the temp CSVs are gone
        assertEquals(tempBefore, workbookTempFiles());
    }

    @Test
    void aBadCellIsReportedAtItsExcelRow() throws Exception {
        // the header on row 1, rows 2-4 empty, the data from row 5: the bad amount is on Excel row 8
        Map<String, String> before = withoutHistory(data.fingerprint());
        Response response = upload("meta.xlsx", metaWorkbook(5, "thirty"), XLSX);
        assertEquals(422, response.statusCode(), response.asString());
        JsonPath answer = response.jsonPath();
        assertEquals(8, answer.getInt("errors[0].line"));
        assertEquals("Amount spent (EUR)", answer.getString("errors[0].column"));
        assertEquals("INVALID_NUMBER", answer.getString("errors[0].code"));
        assertEquals(before, withoutHistory(data.fingerprint()));
        assertNoLeak(response.asString());
    }

    @Test
    void aWorkbookMayBeSentAsTheRawBody() throws Exception {
        JsonPath preview = ok(as(Tokens.TESTER).contentType("application/octet-stream").queryParam("fileName", "m.xlsx")
                .queryParam("dryRun", "true").body(metaWorkbook(2, "530.00")).when().post("/imports"));
        assertEquals("DRY_RUN", preview.getString("status"));
        assertEquals(3, preview.getInt("counts.read"));
    }

    @Test
    void anOldXlsAndADamagedWorkbookAreRefusedInJson() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Reporting starts");
            workbook.write(out);
            xls = out.toByteArray();
        }
        Response old = upload("meta.xls", xls, "application/vnd.ms-excel");
        assertEquals(422, old.statusCode(), old.asString());
        assertEquals("UNSUPPORTED_FORMAT", old.jsonPath().getString("errors[0].code"));
        assertTrue(old.jsonPath().getString("errors[0].message").contains("save the file as .xlsx"), old.asString());
        assertEquals(0, old.jsonPath().getInt("errors[0].line"));
        assertNoLeak(old.asString());

        Response damaged = upload("meta.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 9, 9, 9 }, XLSX);
        assertEquals(422, damaged.statusCode(), damaged.asString());
        assertEquals("UNREADABLE_FILE", damaged.jsonPath().getString("errors[0].code"));
        assertEquals("FAILED", damaged.jsonPath().getString("result.status"));
        assertNoLeak(damaged.asString());
    }
}
