package io.socialroi.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * The "Reports & alerts" view and the pacing column in the browser, on AnomalyGraphQLTest's series: Launch (Instagram
 * alone, 03-01 to 03-31, budget 5000.00 EUR) spends 98.00 and 102.00 on alternate days from 03-01 to 03-28, then
 * 300.00 on 03-29; today is 03-30 (UTC). Cost to date 14 × 98 + 14 × 102 + 300 = 3100.00; yesterday's 300.00 is
 * above the band [94.00, 106.00] for the workspace, Instagram and Launch, so there are three COST alerts.
 */
@QuarkusTest
@TestProfile(LocalSignInProfile.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DeliveryViewsBrowserTest extends DashboardBrowser {

    static boolean seeded;

    @Inject
    TestClock clock;

    @BeforeEach
    void seedOnce() {
        clock.setInstant("2026-03-30T08:00:00Z");
        if (seeded) {
            return;
        }
        data.reset();
        String instagram = TestData.createChannel("Instagram", "SOCIAL");
        String launch = TestData.createCampaign("Launch", "launch", "2026-03-01", instagram);
        GraphQL.ok("""
                mutation($id: ID!) { updateCampaign(input: {id: $id, endDate: "2026-03-31",
                  budget: {amount: "5000.00", currencyCode: "EUR"}}) { userErrors { code } } }""", "id", launch);
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            String amount = day == 29 ? "300.00" : day % 2 == 1 ? "98.00" : "102.00";
            costs.add(new HashMap<>(Map.of("campaignId", launch, "category", "AD_SPEND", "incurredOn",
                    LocalDate.of(2026, 3, day).toString(), "amount", Map.of("amount", amount, "currencyCode", "EUR"))));
        }
        assertEquals(29, GraphQL.ok("mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted } }", "i", costs)
                .getInt("recordCosts.accepted"));
        seeded = true;
    }

    /** The clock is a singleton of the application that the other test classes share. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCampaignTableShowsTheApisPacing() {
        open("#/campaigns");
        JsonPath api = GraphQL.ok("""
                { campaigns { nodes { name pacing { status alert spentPercent costToDate { amount }
                  plannedToDate { amount } budget { amount } } } } }""");
        // 3100.00 × 100 / 5000.00 = 62.00 %; planned 5000.00 × 30 / 31 = 4838.709… → 4838.71; projected
        // 3100.00 × 31 / 30 = 3203.33, within the budget: ON_PACE, no alert
        assertEquals("3100.00", api.getString("campaigns.nodes[0].pacing.costToDate.amount"));
        assertEquals("62.00", api.getString("campaigns.nodes[0].pacing.spentPercent"));
        assertEquals("ON_PACE", api.getString("campaigns.nodes[0].pacing.status"));
        assertEquals("NONE", api.getString("campaigns.nodes[0].pacing.alert"));
        String expected = shown(api.getString("campaigns.nodes[0].pacing.costToDate.amount")) + " / "
                + shown(api.getString("campaigns.nodes[0].pacing.plannedToDate.amount")) + " ("
                + api.getString("campaigns.nodes[0].pacing.spentPercent") + " % of "
                + shown(api.getString("campaigns.nodes[0].pacing.budget.amount")) + ") On pace";
        assertEquals("3,100.00 / 4,838.71 (62.00 % of 5,000.00) On pace", expected);
        waitForCell("campaign-table", "Launch", "pacing", expected);
        screenshot("campaigns-pacing");
    }

    @Test
    void aSavedReportIsCreatedListedRunAndDownloaded() throws IOException {
        open("#/delivery");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-name")));
        name.sendKeys("Channel ROI, last 30 days");
        new Select(driver.findElement(By.id("report-kind"))).selectByValue("CHANNEL_PERFORMANCE");
        new Select(driver.findElement(By.id("report-rule"))).selectByValue("LAST_30_DAYS");
        driver.findElement(By.id("report-submit")).click();
        waitForCell("saved-report-table", "Channel ROI, last 30 days", "kind", "Channel performance");
        assertEquals("Last 30 days", cell("saved-report-table", "Channel ROI, last 30 days", "period"));
        String id = GraphQL.ok("{ savedReports { id name } }").getString("savedReports.find { it.name == 'Channel ROI, last 30 days' }.id");

        // the 30 complete days before 03-30: 02-28 to 03-29, with all of Launch's cost on Instagram
        driver.findElement(By.cssSelector("#saved-report-table button.run[data-id='" + id + "']")).click();
        WebElement period = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-period")));
        assertEquals("Last 30 days: 2026-02-28 – 2026-03-29 (resolved today in UTC)", period.getText());
        JsonPath run = GraphQL.ok("query($id: ID!) { runSavedReport(id: $id) { columns { name } rows } }", "id", id);
        List<String> instagram = run.getList("runSavedReport.rows.find { it[0] == 'Instagram' }");
        assertEquals("3100.00", instagram.get(run.getList("runSavedReport.columns.name").indexOf("cost")));
        waitForCell("run-table", "Instagram", "c" + run.getList("runSavedReport.columns.name").indexOf("cost"), "3,100.00");
        noHorizontalScroll();
        screenshot("saved-report-run");

        // the CSV is the service's own (GET /saved-reports/{id}.csv with the token), under the name it gives
        String served = given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .when().get("/saved-reports/" + id + ".csv").then().statusCode(200).extract().asString();
        Path csv = DOWNLOADS.resolve("Channel-ROI-last-30-days_2026-02-28_2026-03-29.csv");
        Files.deleteIfExists(csv);
        driver.findElement(By.cssSelector("#saved-report-table button.download[data-id='" + id + "']")).click();
        wait.until(d -> Files.exists(csv) && size(csv) > 0);
        assertEquals(served, Files.readString(csv, StandardCharsets.UTF_8));

        // the XLSX likewise (GET /saved-reports/{id}.xlsx): a workbook whose About sheet names the report
        Path xlsx = DOWNLOADS.resolve("Channel-ROI-last-30-days_2026-02-28_2026-03-29.xlsx");
        Files.deleteIfExists(xlsx);
        driver.findElement(By.cssSelector("#saved-report-table button.download-xlsx[data-id='" + id + "']")).click();
        wait.until(d -> Files.exists(xlsx) && size(xlsx) > 0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("Channel ROI, last 30 days", workbook.getSheet("About").getRow(0).getCell(1).getStringCellValue());
            assertEquals("cost (EUR)", workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aBadWebhookUrlIsShownInWordsNextToItAndNothingIsScheduled() {
        GraphQL.ok("""
                mutation { createSavedReport(input: {name: "Pacing", kind: BUDGET_PACING, period: {rule: LAST_7_DAYS}})
                  { userErrors { code } } }""");
        open("#/delivery");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("schedule-savedReportId")))).selectByVisibleText("Pacing");
        new Select(driver.findElement(By.id("schedule-channel"))).selectByValue("WEBHOOK");
        driver.findElement(By.id("schedule-webhookUrl")).sendKeys("ftp://files.brand.test/drop");
        driver.findElement(By.id("schedule-submit")).click();
        // createSchedule answers URL_NOT_ALLOWED at ["input", "webhookUrl"] and creates nothing
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#schedule-webhookUrl-error .user-error")));
        assertTrue(error.getText().endsWith("(URL_NOT_ALLOWED)"), error.getText());
        assertTrue(error.getText().length() > "(URL_NOT_ALLOWED)".length() + 10, error.getText());
        assertEquals("true", driver.findElement(By.id("schedule-webhookUrl")).getDomAttribute("aria-invalid"));
        assertEquals(0, GraphQL.ok("{ schedules { id } }").getList("schedules").size());
        screenshot("schedule-user-error");

        // an e-mail schedule is listed with its next delivery
        new Select(driver.findElement(By.id("schedule-channel"))).selectByValue("EMAIL");
        driver.findElement(By.id("schedule-recipients")).sendKeys("team@brand.test");
        driver.findElement(By.id("schedule-submit")).click();
        waitForCell("schedule-table", "Pacing", "to", "team@brand.test");
        assertEquals(List.of(List.of("team@brand.test")), GraphQL.ok("{ schedules { recipients } }").getList("schedules.recipients"));
    }

    @Test
    void anAnomalyAlertIsAcknowledged() {
        open("#/delivery");
        JsonPath api = GraphQL.ok("{ anomalyAlerts { id scopeName value lower upper acknowledged } }");
        assertEquals(List.of("workspace", "Instagram", "Launch"), api.getList("anomalyAlerts.scopeName"));
        String instagram = "anomalyAlerts.find { it.scopeName == 'Instagram' }";
        // 300.00 against the band 100.00 ± 3 × 2.00
        assertEquals(List.of("300.00", "94.00", "106.00"), List.of(api.getString(instagram + ".value"),
                api.getString(instagram + ".lower"), api.getString(instagram + ".upper")));
        waitForCell("alert-table", "Cost · Instagram", "value", api.getString(instagram + ".value"));
        assertEquals(api.getString(instagram + ".lower") + " – " + api.getString(instagram + ".upper") + " (median 100.00)",
                cell("alert-table", "Cost · Instagram", "band"));
        String id = api.getString(instagram + ".id");
        driver.findElement(By.cssSelector("#alert-table button.acknowledge[data-id='" + id + "']")).click();
        waitForCell("alert-table", "Cost · Instagram", "state", "yes");
        assertEquals(List.of(false, true, false), GraphQL.ok("{ anomalyAlerts { acknowledged } }").getList("anomalyAlerts.acknowledged"));
        screenshot("anomaly-alerts");
    }
}
