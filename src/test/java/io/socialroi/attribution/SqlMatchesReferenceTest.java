package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * On a random but reproducible workspace (ties, repeats, milestones, recorded sources, unattributed
 * conversions), the reports' SQL credits each channel exactly what the pure Java rules give conversion by
 * conversion, under every model.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SqlMatchesReferenceTest {

    @Inject
    TestData data;

    List<String> channels;

    @BeforeEach
    void setUp() {
        data.reset();
        channels = List.of(TestData.createChannel("A", "SOCIAL"), TestData.createChannel("B", "SOCIAL"),
                TestData.createChannel("C", "EMAIL"), TestData.createChannel("D", "BLOG"));
        List<String> campaigns = List.of(TestData.createCampaign("K1", null, "2026-01-01"),
                TestData.createCampaign("K2", null, "2026-01-01"));
        Random random = new Random(20261123);
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        List<Map<String, Object>> touches = new ArrayList<>();
        List<Map<String, Object>> conversions = new ArrayList<>();
        for (int p = 0; p < 25; p++) {
            String person = "person-" + p;
            int n = random.nextInt(7);
            for (int i = 0; i < n; i++) {
                // whole hours so that ties happen; some persons have touches outside a 30-day window
                Instant at = start.plus(random.nextInt(60 * 24 / 6) * 6L, ChronoUnit.HOURS);
                touches.add(TestData.touch(person, at.toString(), channels.get(random.nextInt(4)),
                        random.nextBoolean() ? campaigns.get(random.nextInt(2)) : null));
            }
            int m = 1 + random.nextInt(3);
            for (int j = 0; j < m; j++) {
                Instant at = start.plus(random.nextInt(60 * 24 / 6) * 6L, ChronoUnit.HOURS);
                String type = List.of("LEAD", "OPPORTUNITY", "SALE", "SALE").get(random.nextInt(4));
                Map<String, Object> c = new HashMap<>(Map.of("personKey", person, "occurredAt", at.toString(), "type", type,
                        "revenue", Map.of("amount", random.nextInt(100000) / 100 + "." + (10 + random.nextInt(90)),
                                "currencyCode", "EUR")));
                if (random.nextInt(5) == 0) {
                    c.put("channelId", channels.get(random.nextInt(4)));
                }
                conversions.add(c);
            }
        }
        TestData.recordTouchpoints(touches);
        TestData.recordConversions(conversions);
    }

    @ParameterizedTest
    @EnumSource(AttributionModel.class)
    void channelTotalsEqualTheSumOfPerConversionCredits(AttributionModel model) {
        Map<String, Object> attribution = Map.of("model", model.name(), "lookbackDays", 20, "halfLifeHours", 30,
                "firstWeight", "0.3", "lastWeight", "0.5");
        JsonPath result = GraphQL.ok("""
                query($attribution: AttributionInput) {
                  channelPerformance(attribution: $attribution) { channel { id } conversions attributedRevenue { amount } }
                  conversions(first: 100) { totalCount nodes { credits(attribution: $attribution) {
                    channel { id } conversions revenue { amount } } } }
                }""", "attribution", attribution);
        assertTrue(result.getInt("conversions.totalCount") <= 100, "one page holds every conversion");
        Map<String, BigDecimal> counts = new HashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        Map<String, Integer> creditsPerChannel = new HashMap<>();
        List<List<Map<String, Object>>> credits = result.getList("conversions.nodes.credits");
        for (List<Map<String, Object>> conversion : credits) {
            for (Map<String, Object> credit : conversion) {
                Map<?, ?> channel = (Map<?, ?>) credit.get("channel");
                if (channel == null) {
                    continue;
                }
                String id = (String) channel.get("id");
                counts.merge(id, new BigDecimal((String) credit.get("conversions")), BigDecimal::add);
                revenue.merge(id, new BigDecimal((String) ((Map<?, ?>) credit.get("revenue")).get("amount")), BigDecimal::add);
                creditsPerChannel.merge(id, 1, Integer::sum);
            }
        }
        List<Map<String, Object>> rows = result.getList("channelPerformance");
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> row : rows) {
            String id = (String) ((Map<?, ?>) row.get("channel")).get("id");
            BigDecimal expectedCount = counts.getOrDefault(id, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
            assertEquals(expectedCount, new BigDecimal((String) row.get("conversions")), model + " conversions of " + id);
            // per-credit cents may each be off by half a cent from the exact sum
            BigDecimal sql = new BigDecimal((String) ((Map<?, ?>) row.get("attributedRevenue")).get("amount"));
            BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(creditsPerChannel.getOrDefault(id, 0) + 1));
            assertTrue(sql.subtract(revenue.getOrDefault(id, BigDecimal.ZERO)).abs().compareTo(tolerance) <= 0,
                    model + " revenue of " + id + ": SQL " + sql + ", reference " + revenue.get(id));
            total = total.add(expectedCount);
        }
        assertTrue(total.signum() > 0, "the data must credit something");
    }
}
