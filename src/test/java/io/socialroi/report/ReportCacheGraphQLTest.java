package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.reporting.ReportCacheConfig;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Report results are cached, and every kind of write makes the next report see it: touchpoints, conversions,
 * costs and exchange rates. A rejected batch changes nothing, so the figures stay as they were. The cache's hits
 * are counted in the metrics.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ReportCacheGraphQLTest {

    @Inject
    TestData data;

    String instagram;
    String email;
    String campaign;

    static final String FIGURES = """
            query($id: ID!) {
              campaign(id: $id) { totalCost { amount } attributedRevenue { amount } conversions }
              channelPerformance { channel { name } attributedRevenue { amount } }
            }""";

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
        campaign = TestData.createCampaign("Launch", null, "2026-01-01", instagram);
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T10:00:00Z", instagram, campaign)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-02T10:00:00Z", "100.00")));
    }

    JsonPath figures() {
        return GraphQL.ok(FIGURES, "id", campaign);
    }

    static String revenueOf(JsonPath figures, String channel) {
        return figures.getString("channelPerformance.find { it.channel.name == '" + channel + "' }.attributedRevenue.amount");
    }

    /** The report cache's hits as /q/metrics shows them (cache_gets_total{cache="reports",result="hit"}). */
    static double reportCacheHits() {
        return Metrics.globalRegistry.get("cache.gets").tags("cache", ReportCacheConfig.CACHE_NAME, "result", "hit")
                .functionCounter().count();
    }

    @Test
    void aNewConversionIsCountedByTheNextReport() {
        assertEquals("100.00", figures().getString("campaign.attributedRevenue.amount"));
        double hits = reportCacheHits();
        assertEquals("100.00", figures().getString("campaign.attributedRevenue.amount")); // answered from the cache
        assertTrue(reportCacheHits() > hits, "the second report is answered from the cache");

        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-03T10:00:00Z", "50.00")));

        JsonPath after = figures();
        assertEquals("150.00", after.getString("campaign.attributedRevenue.amount"));
        assertEquals("2.00", after.getString("campaign.conversions"));
        assertEquals("150.00", revenueOf(after, "Instagram"));
    }

    @Test
    void aNewTouchpointMovesTheCredit() {
        assertEquals("100.00", revenueOf(figures(), "Instagram"));

        // p1 touched Email after Instagram and before the sale: LAST_TOUCH moves the sale to Email
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T12:00:00Z", email, null)));

        JsonPath after = figures();
        assertEquals("0.00", revenueOf(after, "Instagram"));
        assertEquals("100.00", revenueOf(after, "Email"));
        assertEquals("0.00", after.getString("campaign.attributedRevenue.amount"));
    }

    @Test
    void aNewCostAndANewRateAreUsedByTheNextReport() {
        assertEquals("0.00", figures().getString("campaign.totalCost.amount"));
        Map<String, Object> cost = new HashMap<>(Map.of("campaignId", campaign, "category", "AD_SPEND",
                "amount", Map.of("amount", "200.00", "currencyCode", "USD"), "incurredOn", "2026-03-01"));
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        TestData.recordCost(cost);
        // 200 USD × 0.90 = 180.00 EUR
        assertEquals("180.00", figures().getString("campaign.totalCost.amount"));

        // a newer rate in force from 2026-02-01: 200 × 0.95 = 190.00 EUR
        TestData.setRate("USD", "EUR", "0.95", "2026-02-01");
        assertEquals("190.00", figures().getString("campaign.totalCost.amount"));
    }

    @Test
    void aRejectedBatchLeavesTheFiguresAsTheyWere() {
        assertEquals("100.00", figures().getString("campaign.attributedRevenue.amount"));
        Map<String, Object> bad = TestData.sale("p1", "2026-03-04T10:00:00Z", "-5.00");
        Map<String, Object> result = TestData.recordConversions(
                List.of(TestData.sale("p1", "2026-03-04T10:00:00Z", "70.00"), bad));
        assertEquals(0, result.get("accepted"));
        assertEquals("100.00", figures().getString("campaign.attributedRevenue.amount"));
    }
}
