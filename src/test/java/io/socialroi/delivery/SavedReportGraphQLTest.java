package io.socialroi.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Saved reports through GraphQL and GET /saved-reports/{id}.csv: the workspace's time zone, saving with its checks,
 * and runs whose figures are worked out by hand below and equal the GraphQL report's.
 *
 * <pre>
 * channels   Instagram (SOCIAL), Newsletter (EMAIL); campaigns Launch (Instagram), Mail (Newsletter)
 * costs      Launch AD_SPEND 200.00 on 03-02 and TOOLS 100.00 on 03-12; Mail AD_SPEND 50.00 on 03-05 (all EUR)
 * paths      p1: Instagram/Launch 03-02, SALE 300.00 on 03-03
 *            p2: Newsletter/Mail 03-04, Instagram/Launch 03-06, SALE 200.00 on 03-07
 *            p3: SALE 100.00 on 02-20 (February: outside March), no touchpoint
 * LINEAR     Instagram/Launch 300 + 100 = 400.00 (1.5 conversions), Newsletter/Mail 100.00 (0.5)
 * LAST_TOUCH Instagram/Launch 500.00 (2), Newsletter/Mail 0.00
 * </pre>
 * The clock stands at 2026-03-31T23:30Z: in Europe/Berlin (CEST, +2) that is 01:30 on 1 April, so PREVIOUS_MONTH is
 * March there, while in UTC it would still be February.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SavedReportGraphQLTest {

    static final String CREATE = """
            mutation($i: SavedReportInput!) { createSavedReport(input: $i) {
              savedReport { id name kind period { rule from to } attribution { model lookbackDays } conversionTypes
                models metric granularity campaignId channelId createdBy }
              userErrors { code field message } } }""";
    static final String RUN = """
            query($id: ID!) { runSavedReport(id: $id) { rule from to timeZone currencyCode columns { name type } rows
              savedReport { name } } }""";

    @Inject
    TestData data;
    @Inject
    TestClock clock;

    String instagram;
    String newsletter;
    String launch;
    String mail;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setInstant("2026-03-31T23:30:00Z");
        List<String> ids = recordMarch();
        instagram = ids.get(0);
        newsletter = ids.get(1);
        launch = ids.get(2);
        mail = ids.get(3);
    }

    /**
     * The data of the class comment, in a Berlin workspace (also DeliveryGraphQLTest's); the IDs of Instagram,
     * Newsletter, Launch and Mail.
     */
    static List<String> recordMarch() {
        String instagram = TestData.createChannel("Instagram", "SOCIAL");
        String newsletter = TestData.createChannel("Newsletter", "EMAIL");
        String launch = TestData.createCampaign("Launch", "launch", "2026-03-01", instagram);
        String mail = TestData.createCampaign("Mail", "mail", "2026-03-01", newsletter);
        cost(launch, "AD_SPEND", "200.00", "2026-03-02");
        cost(launch, "TOOLS", "100.00", "2026-03-12");
        cost(mail, "AD_SPEND", "50.00", "2026-03-05");
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-02T10:00:00Z", instagram, launch),
                TestData.touch("p2", "2026-03-04T10:00:00Z", newsletter, mail),
                TestData.touch("p2", "2026-03-06T10:00:00Z", instagram, launch)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-03T10:00:00Z", "300.00"),
                TestData.sale("p2", "2026-03-07T10:00:00Z", "200.00"),
                TestData.sale("p3", "2026-02-20T10:00:00Z", "100.00")));
        JsonPath zone = GraphQL.ok("mutation { updateWorkspace(input: {timeZone: \"Europe/Berlin\"}) {"
                + " workspace { timeZone } userErrors { code } } }");
        assertEquals("Europe/Berlin", zone.getString("updateWorkspace.workspace.timeZone"));
        return List.of(instagram, newsletter, launch, mail);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static void cost(String campaign, String category, String amount, String day) {
        TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "category", category,
                "amount", Map.of("amount", amount, "currencyCode", "EUR"), "incurredOn", day)));
    }

    static Map<String, Object> report(String name, String kind, String rule) {
        return new HashMap<>(Map.of("name", name, "kind", kind, "period", Map.of("rule", rule)));
    }

    static String save(Map<String, Object> input) {
        JsonPath saved = GraphQL.ok(CREATE, "i", input);
        assertEquals(List.of(), saved.getList("createSavedReport.userErrors"));
        return saved.getString("createSavedReport.savedReport.id");
    }

    @Test
    void aBadTimeZoneIsAUserErrorAndChangesNothing() {
        JsonPath bad = GraphQL.ok("mutation { updateWorkspace(input: {timeZone: \"Mars/Olympus\", name: \"X\"}) {"
                + " workspace { timeZone } userErrors { code field } } }");
        assertEquals("INVALID_TIME_ZONE", bad.getString("updateWorkspace.userErrors[0].code"));
        assertEquals(List.of("input", "timeZone"), bad.getList("updateWorkspace.userErrors[0].field"));
        // a fixed offset has no daylight saving: refused too
        assertEquals("INVALID_TIME_ZONE", GraphQL.ok("mutation { updateWorkspace(input: {timeZone: \"+02:00\"}) {"
                + " userErrors { code } } }").getString("updateWorkspace.userErrors[0].code"));
        JsonPath workspace = GraphQL.ok("{ workspace { timeZone name } }");
        assertEquals("Europe/Berlin", workspace.getString("workspace.timeZone"));
        assertEquals("1", data.scalar("select count(*) from workspace where time_zone = 'Europe/Berlin' and name <> 'X'"));
    }

    @Test
    void lastMonthsChannelRoiUnderLinearRunsInTheWorkspacesZone() {
        Map<String, Object> input = report("Last month's channel ROI", "CHANNEL_PERFORMANCE", "PREVIOUS_MONTH");
        input.put("attribution", Map.of("model", "LINEAR"));
        JsonPath saved = GraphQL.ok(CREATE, "i", input);
        assertEquals(List.of(), saved.getList("createSavedReport.userErrors"));
        assertEquals("LINEAR", saved.getString("createSavedReport.savedReport.attribution.model"));
        assertNull(saved.get("createSavedReport.savedReport.attribution.lookbackDays"));
        assertEquals(Tokens.TESTER, saved.getString("createSavedReport.savedReport.createdBy"));
        String id = saved.getString("createSavedReport.savedReport.id");

        JsonPath run = GraphQL.ok(RUN, "id", id);
        assertEquals("PREVIOUS_MONTH", run.getString("runSavedReport.rule"));
        assertEquals("2026-03-01", run.getString("runSavedReport.from"));
        assertEquals("2026-03-31", run.getString("runSavedReport.to"));
        assertEquals("Europe/Berlin", run.getString("runSavedReport.timeZone"));
        assertEquals("EUR", run.getString("runSavedReport.currencyCode"));
        assertEquals(List.of("channel", "cost", "attributedRevenue", "conversions", "assistedConversions", "roiPercent",
                "roas"), run.getList("runSavedReport.columns.name"));
        assertEquals(List.of("TEXT", "MONEY", "MONEY", "DECIMAL", "INTEGER", "DECIMAL", "DECIMAL"),
                run.getList("runSavedReport.columns.type"));
        // Instagram: cost 200 + 100 = 300.00, revenue 400.00, ROI (400 − 300) × 100 / 300 = 33.33, ROAS 400 / 200 = 2.00;
        // assisted: no path has it before its last touch. Newsletter: 50.00, 100.00, ROI 100.00, ROAS 100 / 50 = 2.00;
        // assisted 1 (p2's first touch)
        List<List<String>> rows = run.getList("runSavedReport.rows");
        assertEquals(List.of("Instagram", "300.00", "400.00", "0", "33.33", "2.00"), without(rows.get(0), 3));
        assertEquals(List.of("Newsletter", "50.00", "100.00", "1", "100.00", "2.00"), without(rows.get(1), 3));
        assertEquals(0, new java.math.BigDecimal("1.5").compareTo(new java.math.BigDecimal(rows.get(0).get(3))));
        assertEquals(0, new java.math.BigDecimal("0.5").compareTo(new java.math.BigDecimal(rows.get(1).get(3))));
        // the same figures as the GraphQL report over the same days and model
        JsonPath graphQL = GraphQL.ok("""
                { channelPerformance(period: {from: "2026-03-01", to: "2026-03-31"}, attribution: {model: LINEAR}) {
                  channel { name } cost { amount } attributedRevenue { amount } conversions roi { percent } } }""");
        assertEquals(graphQL.getList("channelPerformance.conversions"), List.of(rows.get(0).get(3), rows.get(1).get(3)));
        assertEquals(graphQL.getList("channelPerformance.roi.percent"), List.of(rows.get(0).get(5), rows.get(1).get(5)));

        // the CSV download: same table, money headers with the currency
        String csv = given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .when().get("/saved-reports/" + id + ".csv").then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"Last-month-s-channel-ROI_2026-03-01_2026-03-31.csv\"")
                .extract().asString();
        assertEquals("channel,cost (EUR),attributedRevenue (EUR),conversions,assistedConversions,roiPercent,roas\r\n"
                + "Instagram,300.00,400.00," + rows.get(0).get(3) + ",0,33.33,2.00\r\n"
                + "Newsletter,50.00,100.00," + rows.get(1).get(3) + ",1,100.00,2.00\r\n", csv);
    }

    static List<String> without(List<String> row, int index) {
        List<String> copy = new java.util.ArrayList<>(row);
        copy.remove(index);
        return copy;
    }

    @Test
    void everyKindRunsTheServiceOfItsReport() {
        // CAMPAIGN_PERFORMANCE under LINEAR over March (FIXED): Launch 300.00 / 400.00 → 33.33; Mail 50.00 / 100.00 →
        // 100.00; ROAS 400 / 200 = 2.00 and 100 / 50 = 2.00; no other returns, so value ROI = ROI
        Map<String, Object> campaigns = report("Campaigns", "CAMPAIGN_PERFORMANCE", "FIXED");
        campaigns.put("period", Map.of("rule", "FIXED", "from", "2026-03-01", "to", "2026-03-31"));
        campaigns.put("attribution", Map.of("model", "LINEAR"));
        List<List<String>> rows = rows(save(campaigns));
        assertEquals(List.of("Launch", "300.00", "400.00", "33.33", "2.00", "33.33"), without(rows.get(0), 3));
        assertEquals(List.of("Mail", "50.00", "100.00", "100.00", "2.00", "100.00"), without(rows.get(1), 3));

        // TIME_SERIES of COST by ISO week over 03-01 .. 03-10: 03-01 (a Sunday, its week clipped) 0.00;
        // 03-02 .. 03-08: 200.00 + 50.00 = 250.00; 03-09 .. 03-10: 0.00
        Map<String, Object> series = report("Weekly cost", "TIME_SERIES", "FIXED");
        series.put("period", Map.of("rule", "FIXED", "from", "2026-03-01", "to", "2026-03-10"));
        series.put("metric", "COST");
        series.put("granularity", "WEEK");
        assertEquals(List.of(List.of("2026-03-01", "2026-03-01", "0.00"), List.of("2026-03-02", "2026-03-08", "250.00"),
                List.of("2026-03-09", "2026-03-10", "0.00")), rows(save(series)));

        // ATTRIBUTION_COMPARISON in March: LAST_TOUCH gives Instagram/Launch both sales (500.00), LINEAR 400.00 / 100.00
        Map<String, Object> comparison = report("Models", "ATTRIBUTION_COMPARISON", "PREVIOUS_MONTH");
        comparison.put("models", List.of("LAST_TOUCH", "LINEAR"));
        String comparisonId = save(comparison);
        JsonPath run = GraphQL.ok(RUN, "id", comparisonId);
        assertEquals(List.of("dimension", "name", "LAST_TOUCH.attributedRevenue", "LAST_TOUCH.conversions",
                "LINEAR.attributedRevenue", "LINEAR.conversions"), run.getList("runSavedReport.columns.name"));
        List<List<String>> models = run.getList("runSavedReport.rows");
        assertEquals(List.of("CHANNEL", "Instagram", "500.00", "400.00"), List.of(models.get(0).get(0),
                models.get(0).get(1), models.get(0).get(2), models.get(0).get(4)));
        assertEquals(List.of("CHANNEL", "Newsletter", "0.00", "100.00"), List.of(models.get(1).get(0),
                models.get(1).get(1), models.get(1).get(2), models.get(1).get(4)));
        assertEquals(List.of("CAMPAIGN", "Launch", "500.00", "400.00"), List.of(models.get(2).get(0),
                models.get(2).get(1), models.get(2).get(2), models.get(2).get(4)));

        // TOP_PATHS in March: p1 Instagram (300.00), p2 Newsletter > Instagram (200.00): one conversion each, by revenue
        List<List<String>> paths = rows(save(report("Paths", "TOP_PATHS", "PREVIOUS_MONTH")));
        assertEquals(List.of("Instagram", "1", "300.00"), paths.get(0).subList(0, 3));
        assertEquals(List.of("Newsletter > Instagram", "1", "200.00"), paths.get(1).subList(0, 3));
        assertEquals(2, paths.size());

        // FUNNEL in March: only SALE stages; p1's first touch Instagram, p2's Newsletter
        List<List<String>> funnel = rows(save(report("Funnel", "FUNNEL", "PREVIOUS_MONTH")));
        assertEquals(List.of(List.of("Instagram", "0", "0", "0", "0", "1"), List.of("Newsletter", "0", "0", "0", "0", "1"),
                List.of("(unattributed)", "0", "0", "0", "0", "0"), List.of("(total)", "0", "0", "0", "0", "2")), funnel);

        // VALUE_RETURNS of the workspace in March: cost 350.00; revenue of every March conversion 500.00;
        // ROI (500 − 350) × 100 / 350 = 42.857… → 42.86, and the same value ROI (no other returns)
        assertEquals(List.of(List.of("350.00", "500.00", "0.00", "0.00", "0.00", "500.00", "150.00", "42.86", "42.86")),
                rows(save(report("Returns", "VALUE_RETURNS", "PREVIOUS_MONTH"))));

        // GOALS: none yet
        assertEquals(List.of(), rows(save(report("Goals", "GOALS", "MONTH_TO_DATE"))));
        assertEquals(List.of("Campaigns", "Funnel", "Goals", "Models", "Paths", "Returns", "Weekly cost"),
                GraphQL.ok("{ savedReports { name } }").getList("savedReports.name"));
    }

    static List<List<String>> rows(String id) {
        return GraphQL.ok(RUN, "id", id).getList("runSavedReport.rows");
    }

    @Test
    void badDefinitionsAreUserErrorsAndSaveNothing() {
        Map<String, Object> fixedWithoutDays = report("Fixed", "CHANNEL_PERFORMANCE", "FIXED");
        assertErrors(fixedWithoutDays, List.of("REQUIRED:input.period.from", "REQUIRED:input.period.to"));
        Map<String, Object> daysOnARelativeRule = report("Relative", "CHANNEL_PERFORMANCE", "LAST_7_DAYS");
        daysOnARelativeRule.put("period", Map.of("rule", "LAST_7_DAYS", "from", "2026-03-01"));
        assertErrors(daysOnARelativeRule, List.of("INVALID_VALUE:input.period.from"));
        Map<String, Object> backwards = report("Backwards", "CHANNEL_PERFORMANCE", "FIXED");
        backwards.put("period", Map.of("rule", "FIXED", "from", "2026-03-10", "to", "2026-03-01"));
        assertErrors(backwards, List.of("END_BEFORE_START:input.period.to"));
        Map<String, Object> seriesWithoutMetric = report("Series", "TIME_SERIES", "LAST_7_DAYS");
        seriesWithoutMetric.put("campaignId", "Q2FtcGFpZ246OTk5OTk5");
        assertErrors(seriesWithoutMetric, List.of("REQUIRED:input.metric", "REQUIRED:input.granularity",
                "NOT_FOUND:input.campaignId"));
        Map<String, Object> metricOnChannels = report("Channels", "CHANNEL_PERFORMANCE", "LAST_7_DAYS");
        metricOnChannels.put("metric", "COST");
        metricOnChannels.put("models", List.of("LINEAR"));
        assertErrors(metricOnChannels, List.of("INVALID_VALUE:input.models", "INVALID_VALUE:input.metric"));
        Map<String, Object> modelOnPaths = report("Paths", "TOP_PATHS", "LAST_7_DAYS");
        modelOnPaths.put("attribution", Map.of("model", "LINEAR"));
        assertErrors(modelOnPaths, List.of("INVALID_VALUE:input.attribution"));
        Map<String, Object> badLookback = report("Lookback", "CHANNEL_PERFORMANCE", "LAST_7_DAYS");
        badLookback.put("attribution", Map.of("lookbackDays", 0));
        assertErrors(badLookback, List.of("INVALID_VALUE:input.attribution"));
        Map<String, Object> blank = report(" ", "FUNNEL", "LAST_7_DAYS");
        assertErrors(blank, List.of("REQUIRED:input.name"));
        assertEquals(0, data.count("saved_report"));
    }

    @SuppressWarnings("unchecked")
    void assertErrors(Map<String, Object> input, List<String> expected) {
        JsonPath answer = GraphQL.ok(CREATE, "i", input);
        List<Map<String, Object>> errors = answer.getList("createSavedReport.userErrors");
        assertEquals(expected, errors.stream().map(e -> e.get("code") + ":" + String.join(".", (List<String>) e.get("field")))
                .toList());
        assertNull(answer.get("createSavedReport.savedReport"));
    }

    @Test
    void updateReplacesTheDefinitionAndDeleteRemovesIt() {
        Map<String, Object> input = report("Channels", "CHANNEL_PERFORMANCE", "LAST_7_DAYS");
        input.put("conversionTypes", List.of("SALE"));
        String id = save(input);
        Map<String, Object> replacement = report("Funnel on Instagram", "FUNNEL", "MONTH_TO_DATE");
        replacement.put("channelId", instagram);
        JsonPath updated = GraphQL.ok("""
                mutation($i: UpdateSavedReportInput!) { updateSavedReport(input: $i) {
                  savedReport { id name kind period { rule } conversionTypes channelId } userErrors { code field } } }""",
                "i", Map.of("id", id, "report", replacement));
        assertEquals(List.of(), updated.getList("updateSavedReport.userErrors"));
        assertEquals("Funnel on Instagram", updated.getString("updateSavedReport.savedReport.name"));
        assertEquals("FUNNEL", updated.getString("updateSavedReport.savedReport.kind"));
        assertNull(updated.get("updateSavedReport.savedReport.conversionTypes"));
        assertEquals(instagram, updated.getString("updateSavedReport.savedReport.channelId"));
        // MONTH_TO_DATE on 1 April in Berlin: 04-01 .. 04-01; Instagram's row only, then the total
        JsonPath run = GraphQL.ok(RUN, "id", id);
        assertEquals("2026-04-01", run.getString("runSavedReport.from"));
        assertEquals(List.of("Instagram", "(total)"), run.getList("runSavedReport.rows[0]").isEmpty() ? List.of()
                : run.getList("runSavedReport.rows.collect { it[0] }"));
        // found by node(id:) too
        assertEquals("Funnel on Instagram", GraphQL.ok("query($id: ID!) { node(id: $id) { ... on SavedReport { name } } }",
                "id", id).getString("node.name"));

        JsonPath deleted = GraphQL.ok("mutation($id: ID!) { deleteSavedReport(input: {id: $id}) { deletedSavedReportId"
                + " userErrors { code } } }", "id", id);
        assertEquals(id, deleted.getString("deleteSavedReport.deletedSavedReportId"));
        JsonPath again = GraphQL.ok("mutation($id: ID!) { deleteSavedReport(input: {id: $id}) { deletedSavedReportId"
                + " userErrors { code field } } }", "id", id);
        assertEquals("NOT_FOUND", again.getString("deleteSavedReport.userErrors[0].code"));
        JsonPath missing = GraphQL.post(RUN, "id", id);
        assertEquals("BAD_ARGUMENT", missing.getString("errors[0].extensions.code"));
        given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .when().get("/saved-reports/" + id + ".csv").then().statusCode(404);
    }

    @Test
    void theCsvNeedsATokenAndMembership() {
        String id = save(report("Channels", "CHANNEL_PERFORMANCE", "LAST_7_DAYS"));
        given().when().get("/saved-reports/" + id + ".csv").then().statusCode(401);
        GraphQL.as("stranger@else.test").ok("mutation { createWorkspace(input: {slug: \"elsewhere\", name: \"E\"})"
                + " { userErrors { code } } }");
        given().header("Authorization", "Bearer " + Tokens.forSubject("stranger@else.test"))
                .header("X-Workspace", "default").when().get("/saved-reports/" + id + ".csv").then().statusCode(403);
        // in their own workspace the id names nothing
        given().header("Authorization", "Bearer " + Tokens.forSubject("stranger@else.test"))
                .when().get("/saved-reports/" + id + ".csv").then().statusCode(404);
    }

    @Test
    void aTextCellThatLooksLikeAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", ReportCsv.defused("=HYPERLINK(\"x\")"));
        assertEquals("'-1", ReportCsv.defused("-1"));
        assertEquals("Launch", ReportCsv.defused("Launch"));
    }
}
