package io.socialroi.delivery;

import static io.restassured.RestAssured.given;
import static io.socialroi.delivery.SavedReportGraphQLTest.report;
import static io.socialroi.delivery.SavedReportGraphQLTest.save;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * GET /saved-reports/{id}.xlsx, read back with POI: typed cells, the About sheet, a formula-looking name as a string
 * and the same 401/403/404 as the CSV. The data is SavedReportGraphQLTest's March in Berlin (its class comment works
 * out the figures), plus a campaign named like a formula with neither cost nor sales.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SavedReportXlsxTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.test\",\"click\")";

    @Inject
    TestData data;
    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setInstant("2026-03-31T23:30:00Z");
        List<String> ids = SavedReportGraphQLTest.recordMarch();
        TestData.createCampaign(FORMULA_NAME, "formula", "2026-03-01", ids.get(0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void campaignPerformanceHasTypedCells() throws IOException {
        Map<String, Object> input = report("March campaigns", "CAMPAIGN_PERFORMANCE", "FIXED");
        input.put("period", Map.of("rule", "FIXED", "from", "2026-03-01", "to", "2026-03-31"));
        input.put("attribution", Map.of("model", "LINEAR"));
        String id = save(input);

        try (XSSFWorkbook workbook = download(id, "March-campaigns_2026-03-01_2026-03-31.xlsx")) {
            assertEquals(2, workbook.getNumberOfSheets());
            XSSFSheet table = workbook.getSheetAt(0);
            assertEquals("March campaigns", table.getSheetName());
            assertEquals(List.of("campaign", "cost (EUR)", "attributedRevenue (EUR)", "conversions", "roiPercent", "roas",
                    "valueRoiPercent"), texts(table.getRow(0)));
            for (Cell header : table.getRow(0)) {
                assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold(), header.getStringCellValue());
            }
            assertEquals(1, table.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(table.getPaneInformation().isFreezePane());
            assertEquals("A1:G4", table.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(3, table.getLastRowNum());

            // sorted by name: the formula-looking one first. No cost, no sale: 0.00 and 0.00, 0 conversions; ROI, ROAS
            // and value ROI are undefined without cost, so their cells are empty (absent)
            Row formula = table.getRow(1);
            assertEquals(CellType.STRING, formula.getCell(0).getCellType());
            assertEquals(FORMULA_NAME, formula.getCell(0).getStringCellValue());
            assertMoney(0.0, formula.getCell(1));
            assertMoney(0.0, formula.getCell(2));
            assertDecimal(0.0, formula.getCell(3));
            assertNull(formula.getCell(4));
            assertNull(formula.getCell(5));
            assertNull(formula.getCell(6));
            assertEquals(4, formula.getLastCellNum());

            // Launch under LINEAR: cost 300.00, revenue 400.00, 1.5 conversions, ROI 33.33, ROAS 2.00, value ROI 33.33
            Row launch = table.getRow(2);
            assertEquals("Launch", launch.getCell(0).getStringCellValue());
            assertMoney(300.00, launch.getCell(1));
            assertMoney(400.00, launch.getCell(2));
            assertDecimal(1.5, launch.getCell(3));
            assertDecimal(33.33, launch.getCell(4));
            assertDecimal(2.00, launch.getCell(5));
            assertDecimal(33.33, launch.getCell(6));
            // Mail: 50.00, 100.00, 0.5, ROI 100.00, ROAS 2.00, value ROI 100.00
            Row mail = table.getRow(3);
            assertEquals("Mail", mail.getCell(0).getStringCellValue());
            assertMoney(50.00, mail.getCell(1));
            assertMoney(100.00, mail.getCell(2));
            assertDecimal(0.5, mail.getCell(3));
            assertDecimal(100.00, mail.getCell(4));
            assertDecimal(2.00, mail.getCell(5));
            assertDecimal(100.00, mail.getCell(6));

            Sheet about = workbook.getSheet("About");
            assertEquals(List.of("report", "March campaigns"), texts(about.getRow(0)));
            assertEquals(List.of("kind", "CAMPAIGN_PERFORMANCE"), texts(about.getRow(1)));
            assertEquals(List.of("period rule", "FIXED"), texts(about.getRow(2)));
            assertEquals("from", about.getRow(3).getCell(0).getStringCellValue());
            assertDate(LocalDate.of(2026, 3, 1), about.getRow(3).getCell(1));
            assertEquals("to", about.getRow(4).getCell(0).getStringCellValue());
            assertDate(LocalDate.of(2026, 3, 31), about.getRow(4).getCell(1));
            assertEquals(List.of("time zone", "Europe/Berlin"), texts(about.getRow(5)));
            assertEquals(List.of("currency", "EUR"), texts(about.getRow(6)));
            assertEquals(6, about.getLastRowNum());
            assertNoFormula(workbook);
        }
    }

    @Test
    void channelPerformanceHasAnIntegerColumn() throws IOException {
        Map<String, Object> input = report("Channels", "CHANNEL_PERFORMANCE", "PREVIOUS_MONTH");
        input.put("attribution", Map.of("model", "LINEAR"));
        try (XSSFWorkbook workbook = download(save(input), "Channels_2026-03-01_2026-03-31.xlsx")) {
            Sheet table = workbook.getSheetAt(0);
            assertEquals("assistedConversions", table.getRow(0).getCell(4).getStringCellValue());
            // assisted conversions: Instagram 0, Newsletter 1 (p2's first touch), as SavedReportGraphQLTest works out
            assertEquals("Instagram", table.getRow(1).getCell(0).getStringCellValue());
            assertInteger(0, table.getRow(1).getCell(4));
            assertEquals("Newsletter", table.getRow(2).getCell(0).getStringCellValue());
            assertInteger(1, table.getRow(2).getCell(4));
        }
    }

    @Test
    void aTimeSeriesHasDateCells() throws IOException {
        // the weekly cost of 03-01 .. 03-10 (SavedReportGraphQLTest): 03-01 alone 0.00, 03-02 .. 03-08 250.00,
        // 03-09 .. 03-10 0.00. Its name looks like a formula too: the About sheet holds it as a string
        Map<String, Object> series = report(FORMULA_NAME, "TIME_SERIES", "FIXED");
        series.put("period", Map.of("rule", "FIXED", "from", "2026-03-01", "to", "2026-03-10"));
        series.put("metric", "COST");
        series.put("granularity", "WEEK");
        try (XSSFWorkbook workbook = download(save(series), "HYPERLINK-http-evil.test-click_2026-03-01_2026-03-10.xlsx")) {
            Sheet table = workbook.getSheetAt(0);
            // a sheet name allows neither : nor / nor more than 31 characters
            assertEquals("=HYPERLINK(\"http---evil.test\",\"", table.getSheetName());
            assertEquals(List.of("start", "end", "COST (EUR)"), texts(table.getRow(0)));
            LocalDate[][] weeks = { { LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1) },
                    { LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8) },
                    { LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10) } };
            double[] costs = { 0.00, 250.00, 0.00 };
            for (int i = 0; i < 3; i++) {
                Row row = table.getRow(i + 1);
                assertDate(weeks[i][0], row.getCell(0));
                assertDate(weeks[i][1], row.getCell(1));
                assertMoney(costs[i], row.getCell(2));
            }
            assertEquals(3, table.getLastRowNum());
            Cell name = workbook.getSheet("About").getRow(0).getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(FORMULA_NAME, name.getStringCellValue());
            assertNoFormula(workbook);
        }
    }

    @Test
    void theXlsxNeedsATokenAndMembershipAndAKnownId() {
        String id = save(report("Channels", "CHANNEL_PERFORMANCE", "LAST_7_DAYS"));
        given().when().get("/saved-reports/" + id + ".xlsx").then().statusCode(401);
        GraphQL.as("stranger@else.test").ok("mutation { createWorkspace(input: {slug: \"elsewhere\", name: \"E\"})"
                + " { userErrors { code } } }");
        given().header("Authorization", "Bearer " + Tokens.forSubject("stranger@else.test"))
                .header("X-Workspace", "default").when().get("/saved-reports/" + id + ".xlsx").then().statusCode(403)
                .contentType("application/json").body("errors[0].code", equalTo("FORBIDDEN"));
        // in their own workspace the id names nothing
        given().header("Authorization", "Bearer " + Tokens.forSubject("stranger@else.test"))
                .when().get("/saved-reports/" + id + ".xlsx").then().statusCode(404)
                .contentType("application/json").body("errors[0].code", equalTo("NOT_FOUND"));
        given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .when().get("/saved-reports/U2F2ZWRSZXBvcnQ6OTk5OTk5.xlsx").then().statusCode(404)
                .contentType("application/json").body("errors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void aSheetNameIsSafe() {
        assertEquals("Report", ReportXlsx.tableSheetName("About"));
        assertEquals("Report", ReportXlsx.tableSheetName("  "));
        assertEquals("a-b-c", ReportXlsx.tableSheetName("a/b:c"));
        // Excel refuses a sheet name that starts or ends with an apostrophe
        assertEquals("-quoted-", ReportXlsx.tableSheetName("'quoted'"));
    }

    static XSSFWorkbook download(String id, String fileName) throws IOException {
        ValidatableResponse response = given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .when().get("/saved-reports/" + id + ".xlsx").then().statusCode(200)
                .contentType(ReportXlsx.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new XSSFWorkbook(new ByteArrayInputStream(response.extract().asByteArray()));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    static void assertMoney(double expected, Cell cell) {
        assertNumber(expected, "#,##0.00", cell);
    }

    static void assertDecimal(double expected, Cell cell) {
        assertNumber(expected, "General", cell);
    }

    static void assertInteger(double expected, Cell cell) {
        assertNumber(expected, "#,##0", cell);
    }

    static void assertNumber(double expected, String format, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        assertEquals(expected, cell.getNumericCellValue(), 0.0, cell.getAddress().toString());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
        assertFalse(DateUtil.isCellDateFormatted(cell), cell.getAddress().toString());
    }

    static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        assertTrue(DateUtil.isCellDateFormatted(cell), cell.getAddress().toString());
        assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
        assertEquals(expected.atStartOfDay(), cell.getLocalDateTimeCellValue());
    }

    /** Values only: no cell of any sheet holds a formula. */
    static void assertNoFormula(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + "!" + cell.getAddress());
                }
            }
        }
    }
}
