package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
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
 * The weekly digest by hand. Today is Monday 2026-03-16 (UTC): LAST_7_DAYS is 03-09 .. 03-15, the week before
 * 03-02 .. 03-08. LAST_TOUCH, one touchpoint per person, so each sale goes whole to its campaign.
 *
 * <pre>
 *            this week                         week before
 * Alpha      cost 100.00, p1 SALE 300.00        cost 100.00, no sale
 * Beta       cost 200.00, p2 SALE 100.00        cost 50.00, p3 SALE 150.00
 * Gamma      nothing                            p4 SALE 50.00, no cost
 * workspace  cost 300.00, revenue 400.00        cost 150.00, revenue 200.00
 * ROI        (400 − 300) × 100 / 300 = 33.33    (200 − 150) × 100 / 150 = 33.33
 * Alpha ROI  (300 − 100) × 100 / 100 = 200.00   (0 − 100) × 100 / 100 = −100.00
 * Beta ROI   (100 − 200) × 100 / 200 = −50.00   (150 − 50) × 100 / 50 = 200.00
 * Gamma ROI  undefined (no cost): in no ranking
 * </pre>
 * The goal "March revenue" (workspace, REVENUE 10,000 by 03-31, from 03-01) has 600.00 by 03-15 and a projection of
 * 600 × 31 / 15 = 1,240.00: AT_RISK.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DigestGraphQLTest {

    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    MockMailbox mailbox;
    @Inject
    DeliveryTick ticks;

    String digest;

    @BeforeEach
    void setUp() {
        data.reset();
        mailbox.clear();
        clock.setInstant("2026-03-16T06:00:00Z");
        String channel = TestData.createChannel("Instagram", "SOCIAL");
        String alpha = TestData.createCampaign("Alpha", "alpha", "2026-03-01", channel);
        String beta = TestData.createCampaign("Beta", "beta", "2026-03-01", channel);
        String gamma = TestData.createCampaign("Gamma", "gamma", "2026-03-01", channel);
        SavedReportGraphQLTest.cost(alpha, "AD_SPEND", "100.00", "2026-03-10");
        SavedReportGraphQLTest.cost(beta, "AD_SPEND", "200.00", "2026-03-10");
        SavedReportGraphQLTest.cost(alpha, "AD_SPEND", "100.00", "2026-03-03");
        SavedReportGraphQLTest.cost(beta, "AD_SPEND", "50.00", "2026-03-03");
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-10T10:00:00Z", channel, alpha),
                TestData.touch("p2", "2026-03-10T10:00:00Z", channel, beta),
                TestData.touch("p3", "2026-03-03T10:00:00Z", channel, beta),
                TestData.touch("p4", "2026-03-05T10:00:00Z", channel, gamma)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-11T10:00:00Z", "300.00"),
                TestData.sale("p2", "2026-03-12T10:00:00Z", "100.00"), TestData.sale("p3", "2026-03-04T10:00:00Z", "150.00"),
                TestData.sale("p4", "2026-03-06T10:00:00Z", "50.00")));
        JsonPath goal = GraphQL.ok("""
                mutation { createGoal(input: {name: "March revenue", metric: "REVENUE", target: "10000",
                  startDate: "2026-03-01", deadline: "2026-03-31"}) { userErrors { code field message } } }""");
        assertEquals(List.of(), goal.getList("createGoal.userErrors"));
        digest = SavedReportGraphQLTest.save(SavedReportGraphQLTest.report("Weekly digest", "WEEKLY_DIGEST", "LAST_7_DAYS"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void theDigestTable() {
        JsonPath run = GraphQL.ok("query($id: ID!) { runSavedReport(id: $id) { from to rows } }", "id", digest);
        assertEquals("2026-03-09", run.getString("runSavedReport.from"));
        assertEquals("2026-03-15", run.getString("runSavedReport.to"));
        assertEquals(List.of(
                row("WORKSPACE", "workspace", "cost", "300.00", "150.00", "150.00"),
                row("WORKSPACE", "workspace", "revenue", "400.00", "200.00", "200.00"),
                row("WORKSPACE", "workspace", "roiPercent", "33.33", "33.33", "0.00"),
                row("WORKSPACE", "workspace", "valueRoiPercent", "33.33", "33.33", "0.00"),
                // two campaigns with an ROI: the better one on top, the other at the bottom
                row("TOP_ROI", "Alpha", "roiPercent", "200.00", "-100.00", "300.00"),
                row("BOTTOM_ROI", "Beta", "roiPercent", "-50.00", "200.00", "-250.00"),
                row("GOAL_AT_RISK", "March revenue", "REVENUE (target 10000 by 2026-03-31)", "600.00", null, null),
                // attributed revenue changes: Alpha +300.00, Beta −50.00, Gamma −50.00 (ties by name)
                row("MOVER", "Alpha", "attributedRevenue", "300.00", "0.00", "300.00"),
                row("MOVER", "Beta", "attributedRevenue", "100.00", "150.00", "-50.00"),
                row("MOVER", "Gamma", "attributedRevenue", "0.00", "50.00", "-50.00")), run.getList("runSavedReport.rows"));
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theDigestMailedOnMondayMorning() {
        GraphQL.ok(DeliveryGraphQLTest.CREATE, "i", new HashMap<>(Map.of("savedReportId", digest, "frequency", "WEEKLY",
                "dayOfWeek", "MONDAY", "localTime", "07:00", "timeZone", "UTC", "channel", "EMAIL",
                "recipients", List.of("team@brand.test"))));
        assertEquals(1, ticks.tick(Instant.parse("2026-03-16T07:00:00Z")));
        Mail mail = mailbox.getMailsSentTo("team@brand.test").get(0);
        assertEquals("Weekly digest · 2026-03-09 – 2026-03-15", mail.getSubject());
        assertEquals("""
                Weekly digest
                Period: 2026-03-09 – 2026-03-15 (LAST_7_DAYS, UTC); amounts in EUR

                The workspace against the period before
                  cost: 300.00 (before 150.00, change +150.00)
                  revenue: 400.00 (before 200.00, change +200.00)
                  roiPercent: 33.33 (before 33.33, change 0.00)
                  valueRoiPercent: 33.33 (before 33.33, change 0.00)

                Top campaigns by ROI
                  Alpha, roiPercent: 200.00 (before -100.00, change +300.00)

                Bottom campaigns by ROI
                  Beta, roiPercent: -50.00 (before 200.00, change -250.00)

                Goals at risk
                  March revenue, REVENUE (target 10000 by 2026-03-31): 600.00

                Biggest movers (attributed revenue)
                  Alpha, attributedRevenue: 300.00 (before 0.00, change +300.00)
                  Beta, attributedRevenue: 100.00 (before 150.00, change -50.00)
                  Gamma, attributedRevenue: 0.00 (before 50.00, change -50.00)

                """, mail.getText());
    }
}
