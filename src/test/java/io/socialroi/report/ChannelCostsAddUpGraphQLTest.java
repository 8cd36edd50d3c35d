package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Costs never vanish from the channel report: a cost recorded without a channel belongs to its campaign's channel
 * when the campaign runs on exactly one, and is unallocated otherwise; channel costs plus the unallocated cost are the
 * total, over all time and over a period.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ChannelCostsAddUpGraphQLTest {

    @Inject
    TestData data;

    String a;
    String b;

    @BeforeEach
    void setUp() {
        data.reset();
        a = TestData.createChannel("A", "SOCIAL");
        b = TestData.createChannel("B", "SEARCH");
        String onlyA = TestData.createCampaign("only A", null, "2026-01-01", a);
        String both = TestData.createCampaign("A and B", null, "2026-01-01", a, b);
        String none = TestData.createCampaign("no channel", null, "2026-01-01");
        cost(onlyA, null, "100.00", "2026-03-01"); // → A, its campaign's only channel
        cost(onlyA, b, "10.00", "2026-03-02"); // → B, where it was recorded
        cost(both, null, "50.00", "2026-03-03"); // → unallocated: two channels
        cost(both, b, "20.00", "2026-04-01"); // → B
        cost(none, null, "7.00", "2026-03-04"); // → unallocated: no channel
    }

    static void cost(String campaign, String channel, String amount, String day) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("campaignId", campaign, "category", "LABOR",
                "amount", Map.of("amount", amount, "currencyCode", "EUR"), "incurredOn", day));
        if (channel != null) {
            input.put("channelId", channel);
        }
        TestData.recordCost(input);
    }

    static final String REPORT = """
            query($p: DateRangeInput) {
              channelPerformance(period: $p) { channel { name } cost { amount } }
              attributionSummary(period: $p) { cost { amount } unallocatedCost { amount } }
            }""";

    Map<String, String> channelCosts(Object period) {
        var data = GraphQL.ok(REPORT, "p", period);
        Map<String, String> costs = new TreeMap<>();
        List<Map<String, Object>> rows = data.getList("channelPerformance");
        for (Map<String, Object> row : rows) {
            costs.put((String) ((Map<?, ?>) row.get("channel")).get("name"),
                    (String) ((Map<?, ?>) row.get("cost")).get("amount"));
        }
        costs.put("unallocated", data.getString("attributionSummary.unallocatedCost.amount"));
        costs.put("total", data.getString("attributionSummary.cost.amount"));
        return costs;
    }

    @Test
    void channelCostsPlusUnallocatedAreTheTotal() {
        // A 100; B 10 + 20 = 30; unallocated 50 + 7 = 57; total 187 = 100 + 30 + 57
        assertEquals(Map.of("A", "100.00", "B", "30.00", "unallocated", "57.00", "total", "187.00"), channelCosts(null));
        // March only: A 100; B 10; unallocated 57; total 167
        assertEquals(Map.of("A", "100.00", "B", "10.00", "unallocated", "57.00", "total", "167.00"),
                channelCosts(Map.of("from", "2026-03-01", "to", "2026-03-31")));
        Map<String, String> all = channelCosts(null);
        assertEquals(new BigDecimal(all.get("total")), new BigDecimal(all.get("A")).add(new BigDecimal(all.get("B")))
                .add(new BigDecimal(all.get("unallocated"))));
    }

    @Test
    void aChannelTimeSeriesCountsTheCostsOfItsSingleChannelCampaigns() {
        var series = GraphQL.ok("""
                query($c: ID) { timeSeries(metric: COST, granularity: MONTH, channelId: $c,
                  period: {from: "2026-03-01", to: "2026-04-30"}) { points { start value } } }""", "c", a);
        // A: March 100 (the only-A campaign's channel-less cost), April nothing
        assertEquals(List.of("100", "0"), series.getList("timeSeries.points.value").stream()
                .map(v -> new BigDecimal((String) v).stripTrailingZeros().toPlainString()).toList());
    }
}
