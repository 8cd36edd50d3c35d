package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Campaign ROI end to end: costs in three currencies at dated rates (one used inverted), labor as
 * hours × rate, revenue in two currencies, a period that excludes some of each. Every expected
 * value is computed by hand in the comments.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class RoiGraphQLTest {

    @Inject
    TestData data;

    String campaign;
    String social;

    static final String ROI = """
            query($id: ID!, $period: DateRangeInput) {
              campaign(id: $id) {
                totalCost(period: $period) { amount currencyCode }
                costBreakdown(period: $period) { category total { amount } }
                attributedRevenue(period: $period) { amount currencyCode }
                conversions(period: $period)
                roi(period: $period) {
                  cost { amount } revenue { amount } netReturn { amount currencyCode }
                  percent roas undefinedReason
                }
              }
            }""";

    @BeforeEach
    void setUp() {
        data.reset();
        social = TestData.createChannel("Instagram", "SOCIAL");
        campaign = TestData.createCampaign("Launch", "launch", "2026-01-01", social);
        // 1 USD = 0.90 EUR from 2026-01-01, 0.80 EUR from 2026-03-01; 1 EUR = 0.85 GBP (used inverted).
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        TestData.setRate("USD", "EUR", "0.80", "2026-03-01");
        TestData.setRate("EUR", "GBP", "0.85", "2026-01-01");
    }

    static Map<String, Object> cost(String campaignId, String category, String amount, String currency, String on) {
        return new HashMap<>(Map.of("campaignId", campaignId, "category", category,
                "amount", Map.of("amount", amount, "currencyCode", currency), "incurredOn", on));
    }

    void recordCostsAndRevenue() {
        TestData.recordCost(cost(campaign, "AD_SPEND", "1000.00", "USD", "2026-02-15")); // × 0.90 = 900.00 EUR
        TestData.recordCost(cost(campaign, "AD_SPEND", "500.00", "USD", "2026-03-15"));  // × 0.80 = 400.00 EUR
        TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "category", "LABOR", "hours", "10",
                "hourlyRate", Map.of("amount", "45.50", "currencyCode", "EUR"), "incurredOn", "2026-03-10"))); // 455.00
        TestData.recordCost(cost(campaign, "TOOLS", "170.00", "GBP", "2026-02-10"));     // ÷ 0.85 = 200.00 EUR
        TestData.recordCost(cost(campaign, "AGENCY", "300.00", "EUR", "2026-04-05"));    // 300.00 EUR

        TestData.recordTouchpoints(List.of(
                Map.of("personKey", "p1", "occurredAt", "2026-03-05T10:00:00Z", "campaignId", campaign, "channelId", social, "mediaType", "PAID"),
                Map.of("personKey", "p2", "occurredAt", "2026-02-01T10:00:00Z", "campaignId", campaign, "channelId", social, "mediaType", "PAID"),
                Map.of("personKey", "p3", "occurredAt", "2026-03-25T10:00:00Z", "campaignId", campaign, "channelId", social, "mediaType", "OWNED")));
        TestData.recordConversions(List.of(
                Map.of("personKey", "p1", "occurredAt", "2026-03-20T10:00:00Z", "type", "SALE",
                        "revenue", Map.of("amount", "2000.00", "currencyCode", "USD")),   // × 0.80 = 1600.00 EUR
                Map.of("personKey", "p2", "occurredAt", "2026-02-20T10:00:00Z", "type", "SALE",
                        "revenue", Map.of("amount", "500.00", "currencyCode", "EUR")),    // 500.00 EUR, February
                Map.of("personKey", "p3", "occurredAt", "2026-03-28T10:00:00Z", "type", "SALE",
                        "revenue", Map.of("amount", "100.00", "currencyCode", "GBP")))); // ÷ 0.85 = 117.6470588235… EUR
    }

    @Test
    void roiOverAPeriodCountsOnlyItsCostsAndConversionsAtTheRatesOfTheirDates() {
        recordCostsAndRevenue();
        JsonPath march = GraphQL.ok(ROI, "id", campaign, "period", Map.of("from", "2026-03-01", "to", "2026-03-31"));
        // cost: 400.00 ad spend + 455.00 labor = 855.00
        assertEquals("855.00", march.getString("campaign.totalCost.amount"));
        assertEquals("EUR", march.getString("campaign.totalCost.currencyCode"));
        // revenue: 1600.00 + 117.6470588235… = 1717.6470588235…
        assertEquals("1717.65", march.getString("campaign.attributedRevenue.amount"));
        assertEquals("2.00", march.getString("campaign.conversions"));
        assertEquals("855.00", march.getString("campaign.roi.cost.amount"));
        assertEquals("1717.65", march.getString("campaign.roi.revenue.amount"));
        assertEquals("862.65", march.getString("campaign.roi.netReturn.amount"));
        // (1717.6470588235 − 855) × 100 / 855 = 100.894392… → 100.89
        assertEquals("100.89", march.getString("campaign.roi.percent"));
        // 1717.6470588235 / 400 = 4.294117… → 4.29
        assertEquals("4.29", march.getString("campaign.roi.roas"));
        assertNull(march.getString("campaign.roi.undefinedReason"));

        Map<String, String> breakdown = new HashMap<>();
        List<Map<String, Object>> rows = march.getList("campaign.costBreakdown");
        rows.forEach(r -> breakdown.put((String) r.get("category"), (String) ((Map<?, ?>) r.get("total")).get("amount")));
        assertEquals(10, rows.size());
        assertEquals("400.00", breakdown.get("AD_SPEND"));
        assertEquals("455.00", breakdown.get("LABOR"));
        assertEquals("0.00", breakdown.get("TOOLS"));
        assertEquals("0.00", breakdown.get("AGENCY"));
    }

    @Test
    void roiOverAllTimeCountsEverything() {
        recordCostsAndRevenue();
        JsonPath all = GraphQL.ok(ROI, "id", campaign);
        // 900.00 + 400.00 + 455.00 + 200.00 + 300.00 = 2255.00
        assertEquals("2255.00", all.getString("campaign.totalCost.amount"));
        // 1600.00 + 500.00 + 117.6470588235… = 2217.6470588235…
        assertEquals("2217.65", all.getString("campaign.attributedRevenue.amount"));
        assertEquals("-37.35", all.getString("campaign.roi.netReturn.amount"));
        // −37.3529411765 × 100 / 2255 = −1.656449… → −1.66
        assertEquals("-1.66", all.getString("campaign.roi.percent"));
        // 2217.6470588235 / 1300.00 ad spend = 1.705882… → 1.71
        assertEquals("1.71", all.getString("campaign.roi.roas"));
    }

    @Test
    void zeroCostLeavesRoiUndefinedWithAReasonAndNoAdSpendLeavesRoasNull() {
        TestData.recordTouchpoints(List.of(Map.of("personKey", "p1", "occurredAt", "2026-03-05T10:00:00Z",
                "campaignId", campaign, "channelId", social, "mediaType", "OWNED")));
        TestData.recordConversions(List.of(Map.of("personKey", "p1", "occurredAt", "2026-03-06T10:00:00Z",
                "type", "SALE", "revenue", Map.of("amount", "250.00", "currencyCode", "EUR"))));
        JsonPath result = GraphQL.ok(ROI, "id", campaign);
        assertEquals("0.00", result.getString("campaign.roi.cost.amount"));
        assertEquals("250.00", result.getString("campaign.roi.revenue.amount"));
        assertEquals("250.00", result.getString("campaign.roi.netReturn.amount"));
        assertNull(result.get("campaign.roi.percent"));
        assertNull(result.get("campaign.roi.roas"));
        assertTrue(result.getString("campaign.roi.undefinedReason").contains("cost is zero"));

        // Labor only: ROI is defined, ROAS is not (no ad spend).
        TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "category", "LABOR", "hours", "2.5",
                "hourlyRate", Map.of("amount", "40", "currencyCode", "EUR"), "incurredOn", "2026-03-01"))); // 100.00
        JsonPath withLabor = GraphQL.ok(ROI, "id", campaign);
        assertEquals("100.00", withLabor.getString("campaign.roi.cost.amount"));
        assertEquals("150.00", withLabor.getString("campaign.roi.percent")); // (250 − 100) × 100 / 100
        assertNull(withLabor.get("campaign.roi.roas"));
        assertNull(withLabor.get("campaign.roi.undefinedReason"));
    }

    @Test
    void aMissingExchangeRateIsAnErrorNamingThePairAndTheDate() {
        TestData.recordCost(cost(campaign, "AD_SPEND", "10000", "JPY", "2026-03-02"));
        JsonPath response = GraphQL.post(ROI, "id", campaign);
        assertEquals("MISSING_EXCHANGE_RATE", response.getString("errors[0].extensions.code"));
        String message = response.getString("errors[0].message");
        assertTrue(message.contains("JPY/EUR") && message.contains("2026-03-02"), message);

        // A rate that starts after the cost's date is not in force on it either.
        TestData.setRate("JPY", "EUR", "0.0062", "2026-03-03");
        assertEquals("MISSING_EXCHANGE_RATE", GraphQL.post(ROI, "id", campaign).getString("errors[0].extensions.code"));
        TestData.setRate("JPY", "EUR", "0.0060", "2026-03-02"); // 10000 × 0.0060 = 60.00 EUR
        assertEquals("60.00", GraphQL.ok(ROI, "id", campaign).getString("campaign.totalCost.amount"));
    }

    @Test
    void aMissingRateForRevenueIsAnErrorToo() {
        TestData.recordTouchpoints(List.of(Map.of("personKey", "p1", "occurredAt", "2026-03-05T10:00:00Z",
                "campaignId", campaign, "channelId", social, "mediaType", "PAID")));
        TestData.recordConversions(List.of(Map.of("personKey", "p1", "occurredAt", "2026-03-06T23:30:00-02:00",
                "type", "SALE", "revenue", Map.of("amount", "99.00", "currencyCode", "SEK"))));
        JsonPath response = GraphQL.post("{ channelPerformance { attributedRevenue { amount } } }");
        assertEquals("MISSING_EXCHANGE_RATE", response.getString("errors[0].extensions.code"));
        // 23:30 at −02:00 is 01:30 UTC the next day: amounts are dated in UTC.
        assertTrue(response.getString("errors[0].message").contains("SEK/EUR in force on 2026-03-07"),
                response.getString("errors[0].message"));
    }

    @Test
    void changingTheReportingCurrencyConvertsEverythingIntoIt() {
        recordCostsAndRevenue();
        GraphQL.ok("mutation { updateWorkspace(input: { reportingCurrency: \"usd\" }) { workspace { reportingCurrency } } }");
        assertEquals("USD", GraphQL.ok("{ workspace { reportingCurrency } }").getString("workspace.reportingCurrency"));
        // March costs in USD: 500.00 USD ad spend + 455.00 EUR ÷ 0.80 = 568.75 USD labor = 1068.75 USD
        JsonPath march = GraphQL.ok("""
                query($id: ID!, $period: DateRangeInput) {
                  campaign(id: $id) { totalCost(period: $period) { amount currencyCode } conversions(period: $period) }
                }""", "id", campaign, "period", Map.of("from", "2026-03-01", "to", "2026-03-31"));
        assertEquals("2.00", march.getString("campaign.conversions")); // counting needs no rate
        assertEquals("1068.75", march.getString("campaign.totalCost.amount"));
        assertEquals("USD", march.getString("campaign.totalCost.currencyCode"));
        // GBP has no rate with USD: the March revenue in GBP cannot be converted, and says so.
        JsonPath revenue = GraphQL.post("query($id: ID!) { campaign(id: $id) { attributedRevenue { amount } } }", "id", campaign);
        assertTrue(revenue.getString("errors[0].message").contains("GBP/USD"), revenue.prettify());
        assertFalse(revenue.prettify().contains("io.socialroi") || revenue.prettify().contains("java."), revenue.prettify());
    }
}
