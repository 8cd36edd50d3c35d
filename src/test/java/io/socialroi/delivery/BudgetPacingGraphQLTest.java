package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;

/**
 * Campaign.pacing over HTTP, and the Slack message when a campaign's fully loaded spend passes 90 % of its budget:
 * once when it crosses, again when it crosses 100 %, and again after it fell back below and crossed anew.
 *
 * <pre>
 * Spring: 2026-03-01 .. 2026-03-31 (31 days), budget 1,000.00 EUR
 *         AD_SPEND 500.00 on 03-02, LABOR 8 h × 50.00 = 400.00 on 03-05, TOOLS 50.00 on 03-12 (not yet on 03-10)
 * Summer: 2026-06-01 .. 2026-08-31, budget 200.00 USD (1 USD = 0.90 EUR from 2026-01-01: 180.00 EUR), no cost
 * Open:   from 2026-03-01, no end, no budget
 * </pre>
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class BudgetPacingGraphQLTest {

    static final String PACING = """
            { campaigns(first: 10) { nodes { name pacing { asOf budget { amount currencyCode } costToDate { amount }
              elapsedDays totalDays plannedToDate { amount } spentPercent dailyRate { amount } projectedSpend { amount }
              projectedPercent status alert undefinedReason } } } }""";

    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    DeliveryTick ticks;

    HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();
    String spring;
    String alertsReport;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setInstant("2026-03-10T12:00:00Z");
        String instagram = TestData.createChannel("Instagram", "SOCIAL");
        spring = campaign("Spring", "2026-03-01", "2026-03-31", "1000.00", "EUR", instagram);
        campaign("Summer", "2026-06-01", "2026-08-31", "200.00", "USD", instagram);
        campaign("Open", "2026-03-01", null, null, null, instagram);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        SavedReportGraphQLTest.cost(spring, "AD_SPEND", "500.00", "2026-03-02");
        TestData.recordCost(new HashMap<>(Map.of("campaignId", spring, "category", "LABOR", "hours", "8",
                "hourlyRate", Map.of("amount", "50.00", "currencyCode", "EUR"), "incurredOn", "2026-03-05")));
        SavedReportGraphQLTest.cost(spring, "TOOLS", "50.00", "2026-03-12");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        if (server != null) {
            server.stop(0);
        }
    }

    static String campaign(String name, String start, String end, String budget, String currency, String channel) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "objective", "CONVERSION", "startDate", start,
                "channelIds", List.of(channel)));
        if (end != null) {
            input.put("endDate", end);
        }
        if (budget != null) {
            input.put("budget", Map.of("amount", budget, "currencyCode", currency));
        }
        JsonPath created = GraphQL.ok("""
                mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { id } userErrors { code } } }""",
                "i", input);
        assertEquals(List.of(), created.getList("createCampaign.userErrors"));
        return created.getString("createCampaign.campaign.id");
    }

    @Test
    void pacingOnTheTenthDayWithLaborIncluded() {
        JsonPath answer = GraphQL.ok(PACING);
        // Spring on 03-10: 10 of 31 days; cost 500.00 + 400.00 = 900.00 (the TOOLS cost of 03-12 is not yet);
        // planned 1000 × 10 / 31 = 322.58; spent 90.00 %: WARNING; 90.00 a day; projected 900 × 31 / 10 = 2790.00, 279.00 %
        Map<String, Object> p = answer.getMap("campaigns.nodes.find { it.name == 'Spring' }.pacing");
        assertEquals("2026-03-10", p.get("asOf"));
        assertEquals(Map.of("amount", "1000.00", "currencyCode", "EUR"), p.get("budget"));
        assertEquals(Map.of("amount", "900.00"), p.get("costToDate"));
        assertEquals(10, p.get("elapsedDays"));
        assertEquals(31, p.get("totalDays"));
        assertEquals(Map.of("amount", "322.58"), p.get("plannedToDate"));
        assertEquals("90.00", p.get("spentPercent"));
        assertEquals(Map.of("amount", "90.00"), p.get("dailyRate"));
        assertEquals(Map.of("amount", "2790.00"), p.get("projectedSpend"));
        assertEquals("279.00", p.get("projectedPercent"));
        assertEquals("OVER_PACE", p.get("status"));
        assertEquals("WARNING", p.get("alert"));
        // Summer: 200 USD × 0.90 = 180.00 EUR; not started, nothing spent
        Map<String, Object> summer = answer.getMap("campaigns.nodes.find { it.name == 'Summer' }.pacing");
        assertEquals(Map.of("amount", "180.00", "currencyCode", "EUR"), summer.get("budget"));
        assertEquals("NOT_STARTED", summer.get("status"));
        assertEquals(0, summer.get("elapsedDays"));
        assertEquals("0.00", summer.get("spentPercent"));
        assertEquals("NONE", summer.get("alert"));
        // Open: no budget
        Map<String, Object> open = answer.getMap("campaigns.nodes.find { it.name == 'Open' }.pacing");
        assertEquals("NO_BUDGET", open.get("status"));
        assertNull(open.get("budget"));
        assertEquals(Map.of("amount", "900.00"), answer.getMap("campaigns.nodes.find { it.name == 'Spring' }.pacing.costToDate"));
        // on 03-12 the TOOLS cost joins: 950.00 of 1000.00 = 95.00 %; on 03-31 (ended the next day) still 950.00
        clock.setInstant("2026-04-02T12:00:00Z");
        Map<String, Object> ended = GraphQL.ok(PACING).getMap("campaigns.nodes.find { it.name == 'Spring' }.pacing");
        assertEquals("ENDED", ended.get("status"));
        assertEquals(Map.of("amount", "950.00"), ended.get("projectedSpend"));
        assertEquals("95.00", ended.get("projectedPercent"));
    }

    @Test
    void aSlackMessageWhenASpendPassesNinetyPercent() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        clock.setInstant("2026-03-03T12:00:00Z");
        alertsReport = SavedReportGraphQLTest.save(SavedReportGraphQLTest.report("Budget alerts", "BUDGET_ALERTS",
                "MONTH_TO_DATE"));
        JsonPath schedule = GraphQL.ok(DeliveryGraphQLTest.CREATE, "i", new HashMap<>(Map.of("savedReportId", alertsReport,
                "frequency", "DAILY", "localTime", "09:00", "timeZone", "UTC", "channel", "WEBHOOK", "webhookFormat", "SLACK",
                "skipWhenEmpty", true, "webhookUrl", "http://127.0.0.1:" + server.getAddress().getPort()
                        + "/services/T0/B0/secret")));
        assertEquals(List.of(), schedule.getList("createSchedule.userErrors"));
        // 03-04 09:00: only the AD_SPEND of 03-02, 500.00 = 50.00 %: nothing to say, skipped
        clock.setInstant("2026-03-04T09:00:00Z");
        assertEquals(1, ticks.tick(Instant.parse("2026-03-04T09:00:00Z")));
        assertEquals(List.of(), received);
        // 03-05 09:00: the labor of 03-05 makes 900.00 = 90.00 %: the message goes
        clock.setInstant("2026-03-05T09:00:00Z");
        assertEquals(1, ticks.tick(Instant.parse("2026-03-05T09:00:00Z")));
        assertEquals(1, received.size());
        String text = JsonPath.from(received.get(0)).getString("text");
        assertTrue(text.startsWith("*Budget alerts*\n"), text);
        assertTrue(text.contains("\nSpring    1000.00  900.00"), text);
        assertTrue(text.contains("WARNING"), text);
        assertEquals(List.of("SENT", "SKIPPED"), GraphQL.ok("{ deliveries { status } }").getList("deliveries.status"));

        // told once: 03-06 still 90.00 %, and 03-13 with the TOOLS of 03-12 95.00 %, still WARNING: nothing new
        tickAt("2026-03-06T09:00:00Z");
        tickAt("2026-03-13T09:00:00Z");
        assertEquals(1, received.size());
        // 03-14 another 100.00 of AD_SPEND: 1,050.00 = 105.00 %, EXCEEDED is news on 03-15
        SavedReportGraphQLTest.cost(spring, "AD_SPEND", "100.00", "2026-03-14");
        tickAt("2026-03-15T09:00:00Z");
        assertEquals(2, received.size());
        String exceeded = JsonPath.from(received.get(1)).getString("text");
        assertTrue(exceeded.contains("\nSpring    1000.00  1050.00") && exceeded.contains("EXCEEDED"), exceeded);
        tickAt("2026-03-16T09:00:00Z");
        assertEquals(2, received.size());
        // the budget raised to 2,000.00 (52.50 %): back below, forgotten; lowered to 1,100.00 (95.45 %): news again
        setBudget("2000.00");
        tickAt("2026-03-17T09:00:00Z");
        assertEquals("0", data.scalar("select count(*) from budget_alert_notice"));
        setBudget("1100.00");
        tickAt("2026-03-18T09:00:00Z");
        assertEquals(3, received.size());
        assertTrue(JsonPath.from(received.get(2)).getString("text").contains("WARNING"), received.get(2));
        // newest first: 03-18, 03-17, 03-16, 03-15, 03-13 (the days between collapse into it), 03-06, 03-05, 03-04
        assertEquals(List.of("SENT", "SKIPPED", "SKIPPED", "SENT", "SKIPPED", "SKIPPED", "SENT", "SKIPPED"), GraphQL.ok("{ deliveries(first: 20) { status } }").getList("deliveries.status"));
        // runSavedReport and the CSV still show every campaign at an alert, whatever the schedules told
        assertEquals(1, GraphQL.ok("query($id: ID!) { runSavedReport(id: $id) { rows } }", "id", alertsReport)
                .getList("runSavedReport.rows").size());
    }

    void tickAt(String instant) {
        clock.setInstant(instant);
        assertEquals(1, ticks.tick(Instant.parse(instant)));
    }

    void setBudget(String amount) {
        assertEquals(List.of(), GraphQL.ok("mutation($i: UpdateCampaignInput!) { updateCampaign(input: $i) { userErrors"
                + " { code } } }", "i", Map.of("id", spring, "budget", Map.of("amount", amount, "currencyCode", "EUR")))
                .getList("updateCampaign.userErrors"));
    }
}
