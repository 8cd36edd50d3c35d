package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * A page of campaigns with every computed field costs the same number of SQL statements for 1
 * campaign as for 50: each field is one batched resolver, one statement for the whole page.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class StatementCountTest {

    static final String DASHBOARD = """
            query($period: DateRangeInput, $attribution: AttributionInput) {
              campaigns(first: 100) {
                totalCount
                nodes {
                  id name channels { name aliases }
                  totalCost(period: $period) { amount }
                  costBreakdown(period: $period) { category total { amount } }
                  attributedRevenue(period: $period, attribution: $attribution) { amount }
                  conversions(period: $period, attribution: $attribution)
                  roi(period: $period, attribution: $attribution) { percent roas cost { amount } revenue { amount } }
                }
              }
            }""";

    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;

    String channel;

    @BeforeEach
    void setUp() {
        data.reset();
        channel = TestData.createChannel("TikTok", "SOCIAL", "tt");
    }

    void createCampaigns(int count, int offset) {
        List<Map<String, Object>> touches = new ArrayList<>();
        List<Map<String, Object>> sales = new ArrayList<>();
        for (int i = offset; i < offset + count; i++) {
            String campaign = TestData.createCampaign("Campaign " + i, "c" + i, "2026-01-01", channel);
            Map<String, Object> cost = new HashMap<>(Map.of("campaignId", campaign, "category", "AD_SPEND",
                    "amount", Map.of("amount", "100.00", "currencyCode", "EUR"), "incurredOn", "2026-02-01"));
            TestData.recordCost(cost);
            touches.add(Map.of("personKey", "p" + i, "occurredAt", "2026-02-02T10:00:00Z", "channelId", channel,
                    "campaignId", campaign, "mediaType", "PAID"));
            sales.add(Map.of("personKey", "p" + i, "occurredAt", "2026-02-03T10:00:00Z", "type", "SALE",
                    "revenue", Map.of("amount", "150.00", "currencyCode", "EUR")));
        }
        TestData.recordTouchpoints(touches);
        TestData.recordConversions(sales);
    }

    long statementsFor(int expectedCampaigns, String model) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath page = GraphQL.ok(DASHBOARD, "period", Map.of("from", "2026-01-01", "to", "2026-12-31"),
                "attribution", Map.of("model", model));
        long statements = statistics.getPrepareStatementCount();
        assertEquals(expectedCampaigns, page.getInt("campaigns.totalCount"));
        assertEquals(expectedCampaigns, page.getList("campaigns.nodes").size());
        // every campaign really got its figures: (150 − 100) × 100 / 100 = 50.00 %, ROAS 1.50
        for (int i = 0; i < expectedCampaigns; i++) {
            assertEquals("50.00", page.getString("campaigns.nodes[" + i + "].roi.percent"));
            assertEquals("1.50", page.getString("campaigns.nodes[" + i + "].roi.roas"));
            assertEquals("100.00", page.getString("campaigns.nodes[" + i + "].totalCost.amount"));
            assertEquals("TikTok", page.getString("campaigns.nodes[" + i + "].channels[0].name"));
        }
        return statements;
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAST_TOUCH", "TIME_DECAY", "W_SHAPED", "DATA_DRIVEN"})
    void aPageOf50CostsNoMoreStatementsThanAPageOf1(String model) {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled(), "Hibernate statistics must be on");
        createCampaigns(1, 0);
        long one = statementsFor(1, model);
        createCampaigns(49, 1);
        long fifty = statementsFor(50, model);
        assertTrue(one > 0, "the counter must see the report statements");
        assertEquals(one, fifty, model + ": statements for 1 campaign: " + one + ", for 50: " + fifty);
    }
}
