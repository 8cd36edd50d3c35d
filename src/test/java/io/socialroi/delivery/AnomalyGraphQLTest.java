package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;

/**
 * Anomaly alerts over HTTP. Launch (on Instagram alone) spends 98.00 and 102.00 on alternate days from 03-01 to 03-28,
 * then 300.00 on 03-29; today is 03-30 (UTC), so yesterday is 03-29. Its 28 days before: median (98 + 102) / 2 =
 * 100.00, every deviation 2.00, so MAD 2.00 and the band 100.00 ± 3 × 2.00 = [94.00, 106.00]: 300.00 is above it for
 * the workspace, the channel and the campaign. ROI is −100.00 every day (no revenue): inside its zero-width band.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AnomalyGraphQLTest {

    static final String ALERTS = """
            { anomalyAlerts { id day metric scope scopeName value median lower upper direction deviation likelyCause
              causes { dimension id name contribution } acknowledged } }""";

    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    MockMailbox mailbox;
    @Inject
    DeliveryTick ticks;

    String instagram;
    String launch;

    @BeforeEach
    void setUp() {
        data.reset();
        mailbox.clear();
        clock.setInstant("2026-03-30T08:00:00Z");
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        launch = TestData.createCampaign("Launch", "launch", "2026-03-01", instagram);
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            String amount = day == 29 ? "300.00" : day % 2 == 1 ? "98.00" : "102.00";
            costs.add(new HashMap<>(Map.of("campaignId", launch, "category", "AD_SPEND", "incurredOn",
                    LocalDate.of(2026, 3, day).toString(), "amount", Map.of("amount", amount, "currencyCode", "EUR"))));
        }
        JsonPath recorded = GraphQL.ok("mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted } }",
                "i", costs);
        assertEquals(29, recorded.getInt("recordCosts.accepted"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void aSpikeInCostIsAnAlertWithItsLikelyCause() {
        JsonPath answer = GraphQL.ok(ALERTS);
        assertEquals(List.of("WORKSPACE", "CHANNEL", "CAMPAIGN"), answer.getList("anomalyAlerts.scope"));
        assertEquals(List.of("COST", "COST", "COST"), answer.getList("anomalyAlerts.metric"));
        assertEquals(List.of("workspace", "Instagram", "Launch"), answer.getList("anomalyAlerts.scopeName"));
        for (int i = 0; i < 3; i++) {
            assertEquals("2026-03-29", answer.getString("anomalyAlerts[" + i + "].day"));
            assertEquals("300.00", answer.getString("anomalyAlerts[" + i + "].value"));
            assertEquals("100.00", answer.getString("anomalyAlerts[" + i + "].median"));
            assertEquals("94.00", answer.getString("anomalyAlerts[" + i + "].lower"));
            assertEquals("106.00", answer.getString("anomalyAlerts[" + i + "].upper"));
            assertEquals("ABOVE", answer.getString("anomalyAlerts[" + i + "].direction"));
        }
        assertEquals(List.of("200.00", "200.00", "200.00"), answer.getList("anomalyAlerts.deviation"));
        // the workspace's cause: its channel, and the campaign within it; the channel's: its campaign; the
        // campaign's: its channel (each the whole move here, as they are one another's only parts)
        assertEquals("Channel Instagram: +200.00 of the day's +200.00 from the median, of which campaign Launch: +200.00",
                answer.getString("anomalyAlerts[0].likelyCause"));
        assertEquals(List.of("CHANNEL", "CAMPAIGN"), answer.getList("anomalyAlerts[0].causes.dimension"));
        assertEquals(List.of(instagram, launch), answer.getList("anomalyAlerts[0].causes.id"));
        assertEquals("Campaign Launch: +200.00 of the day's +200.00 from the median",
                answer.getString("anomalyAlerts[1].likelyCause"));
        assertEquals("Channel Instagram: +200.00 of the day's +200.00 from the median",
                answer.getString("anomalyAlerts[2].likelyCause"));
        // 03-27 (98.00) against 03-01 .. 03-26 (13 × 98.00, 13 × 102.00: the same band): inside, nothing
        assertEquals(List.of(), GraphQL.ok("{ anomalyAlerts(day: \"2026-03-27\") { metric } }").getList("anomalyAlerts"));
        // on 03-10 only 9 days with a figure lie before (the zeros of February, before the first cost, are no
        // history): too little, no band
        assertEquals(List.of(), GraphQL.ok("{ anomalyAlerts(day: \"2026-03-10\") { metric } }").getList("anomalyAlerts"));
    }

    /**
     * A second campaign on Instagram, Evergreen, spends 500.00 every day, the spike's day too; the workspace's and
     * the channel's cost are now 598/602 a day (median 600.00, band [594.00, 606.00]) and 800.00 on 03-29. The cause
     * is still Launch, +200.00 from its own median; Evergreen, the larger spender, moved 0.00 and is not named.
     */
    @Test
    void theCauseIsThePartThatMovedNotTheLargest() {
        String evergreen = TestData.createCampaign("Evergreen", "evergreen", "2026-03-01", instagram);
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            costs.add(new HashMap<>(Map.of("campaignId", evergreen, "category", "AD_SPEND", "incurredOn",
                    LocalDate.of(2026, 3, day).toString(), "amount", Map.of("amount", "500.00", "currencyCode", "EUR"))));
        }
        GraphQL.ok("mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted } }", "i", costs);
        JsonPath answer = GraphQL.ok(ALERTS);
        assertEquals(List.of("WORKSPACE", "CHANNEL", "CAMPAIGN"), answer.getList("anomalyAlerts.scope"));
        assertEquals(List.of("800.00", "600.00"), List.of(answer.getString("anomalyAlerts[0].value"),
                answer.getString("anomalyAlerts[0].median")));
        assertEquals("Channel Instagram: +200.00 of the day's +200.00 from the median, of which campaign Launch: +200.00",
                answer.getString("anomalyAlerts[0].likelyCause"));
        assertEquals(List.of("Instagram", "Launch"), answer.getList("anomalyAlerts[0].causes.name"));
        assertEquals(List.of("200.00", "200.00"), answer.getList("anomalyAlerts[0].causes.contribution"));
        assertEquals("Campaign Launch: +200.00 of the day's +200.00 from the median",
                answer.getString("anomalyAlerts[1].likelyCause"));
        assertEquals(List.of(launch), answer.getList("anomalyAlerts[1].causes.id"));
    }

    /** A cost in a currency without a rate: the check names the missing rate, as every report does. */
    @Test
    void aMissingExchangeRateIsNamed() {
        GraphQL.ok("mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted } }", "i",
                List.of(new HashMap<>(Map.of("campaignId", launch, "category", "TOOLS", "incurredOn", "2026-03-20",
                        "amount", Map.of("amount", "10.00", "currencyCode", "USD")))));
        JsonPath answer = GraphQL.post(ALERTS);
        assertEquals("MISSING_EXCHANGE_RATE", answer.getString("errors[0].extensions.code"));
        assertTrue(answer.getString("errors[0].message").contains("USD"), answer.getString("errors[0].message"));
    }

    @Test
    void acknowledgedAlertsAreLeftOutOfDeliveries() {
        String workspaceAlert = GraphQL.ok(ALERTS).getString("anomalyAlerts[0].id");
        JsonPath ack = GraphQL.ok("mutation($id: ID!) { acknowledgeAnomalyAlert(input: {id: $id}) { acknowledgedAlertId"
                + " userErrors { code } } }", "id", workspaceAlert);
        assertEquals(workspaceAlert, ack.getString("acknowledgeAnomalyAlert.acknowledgedAlertId"));
        // twice is once
        GraphQL.ok("mutation($id: ID!) { acknowledgeAnomalyAlert(input: {id: $id}) { userErrors { code } } }", "id",
                workspaceAlert);
        assertEquals("1", data.scalar("select count(*) from anomaly_acknowledgement"));
        assertEquals(List.of(true, false, false), GraphQL.ok(ALERTS).getList("anomalyAlerts.acknowledged"));
        JsonPath bad = GraphQL.ok("mutation { acknowledgeAnomalyAlert(input: {id: \"nonsense\"}) { userErrors { code field } } }");
        assertEquals("INVALID_ID", bad.getString("acknowledgeAnomalyAlert.userErrors[0].code"));

        String report = SavedReportGraphQLTest.save(SavedReportGraphQLTest.report("Anomalies", "ANOMALY_ALERTS",
                "LAST_7_DAYS"));
        GraphQL.ok(DeliveryGraphQLTest.CREATE, "i", new HashMap<>(Map.of("savedReportId", report, "frequency", "DAILY",
                "localTime", "09:00", "timeZone", "UTC", "channel", "EMAIL", "recipients", List.of("ops@brand.test"),
                "skipWhenEmpty", true)));
        clock.setInstant("2026-03-30T09:00:00Z");
        assertEquals(1, ticks.tick(Instant.parse("2026-03-30T09:00:00Z")));
        Mail mail = mailbox.getMailsSentTo("ops@brand.test").get(0);
        assertEquals("Anomalies · 2026-03-23 – 2026-03-29", mail.getSubject());
        String body = mail.getText();
        assertTrue(body.contains("\n2026-03-29  COST    CHANNEL   Instagram  300.00  94.00  106.00  100.00  ABOVE"), body);
        assertTrue(body.contains("\n2026-03-29  COST    CAMPAIGN  Launch     300.00  94.00  106.00  100.00  ABOVE"), body);
        assertTrue(!body.contains("WORKSPACE"), body);

        // the next morning the schedule tells only the day after the last one it covered: 03-30, when nothing was
        // spent (0.00, below the band everywhere), not 03-29 again
        mailbox.clear();
        clock.setInstant("2026-03-31T09:00:00Z");
        assertEquals(1, ticks.tick(Instant.parse("2026-03-31T09:00:00Z")));
        String next = mailbox.getMailsSentTo("ops@brand.test").get(0).getText();
        assertTrue(next.contains("\n2026-03-30  COST    WORKSPACE  workspace  0.00"), next);
        assertTrue(!next.contains("2026-03-29"), next);
        // run by hand, the report lists every day of its period: 03-29's three (one acknowledged, left out) and 03-30's
        List<List<String>> rows = GraphQL.ok("query($id: ID!) { runSavedReport(id: $id) { rows } }", "id", report)
                .getList("runSavedReport.rows");
        assertEquals(List.of("2026-03-29", "2026-03-29", "2026-03-30", "2026-03-30", "2026-03-30"),
                rows.stream().map(r -> r.get(0)).toList());
    }
}
