package io.socialroi.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * sentimentImpact on a constructed 40-day series (January 1 to February 9, 2026): day i has positive
 * p(i) = 10 + (7i mod 11), neutral 5, negative 10 mentions; a sale on the Instagram channel of 100 + 10 × p(i − 1)
 * (100 on day 0), so revenue follows sentiment a day later; two customers won, one kept, the other (on even days)
 * churned after 10 days. The correlations are checked against a straightforward computation in the test.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SentimentImpactGraphQLTest {

    static final String IMPACT = """
            query($period: DateRangeInput!, $lag: Int) {
              sentimentImpact(period: $period, maxLagDays: $lag) {
                warning retentionHorizonDays
                days { date positive neutral negative mentions netSentiment attributedRevenue { amount } customersWon
                  retentionEligible retention }
                revenue { lagDays sampleSize r low high undefinedReason }
                retention { lagDays sampleSize r low high undefinedReason }
              }
            }""";
    static final LocalDate START = LocalDate.parse("2026-01-01");
    static final int DAYS = 40;

    @Inject
    TestData data;
    @Inject
    TestClock clock;

    String instagram;

    static long positive(int i) {
        return 10 + (7L * i) % 11;
    }

    static double revenue(int i) {
        return i == 0 ? 100 : 100 + 10 * positive(i - 1);
    }

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setToday("2026-06-01"); // every customer's 90-day horizon is over
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> sales = new ArrayList<>();
        List<Map<String, Object>> customers = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = START.plusDays(i);
            mentions.add(Map.of("channelId", instagram, "date", day.toString(), "positive", positive(i), "neutral", 5,
                    "negative", 10));
            Map<String, Object> sale = TestData.sale("buyer-" + i, day + "T12:00:00Z", (long) revenue(i) + ".00");
            sale.put("channelId", instagram);
            sales.add(sale);
            customers.add(Map.of("personKey", "kept-" + i, "becameCustomerOn", day.toString()));
            Map<String, Object> other = new HashMap<>(Map.of("personKey", "other-" + i, "becameCustomerOn", day.toString()));
            if (i % 2 == 0) {
                other.put("churnedOn", day.plusDays(10).toString());
            }
            customers.add(other);
        }
        assertEquals(List.of(), GraphQL.ok("""
                mutation($input: [SentimentDayInput!]!) { recordSentiment(input: $input) { userErrors { code } } }""",
                "input", mentions).getList("recordSentiment.userErrors"));
        TestData.recordConversions(sales);
        assertEquals(List.of(), GraphQL.ok("""
                mutation($input: [CustomerInput!]!) { recordCustomers(input: $input) { userErrors { code } } }""",
                "input", customers).getList("recordCustomers.userErrors"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Pearson's r the long way: means, then the sums of products and squares. */
    static double pearson(List<Double> x, List<Double> y) {
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static String four(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    static double net(int i) {
        return (positive(i) - 10) / (double) (positive(i) + 15);
    }

    @Test
    void theSeriesAndTheirCorrelationsAtEachLag() {
        JsonPath r = GraphQL.ok(IMPACT, "period", Map.of("from", "2026-01-01", "to", "2026-02-09"), "lag", 2)
                .setRootPath("data.sentimentImpact");
        assertEquals(SentimentReports.WARNING, r.getString("warning"));
        assertEquals(DAYS, r.getList("days").size());
        // day 0: p = 10, net (10 − 10) / 25 = 0; revenue 100; two customers won, one churned on day 10: 50 %
        assertEquals(Map.of("date", "2026-01-01", "positive", 10, "neutral", 5, "negative", 10, "mentions", 25,
                "netSentiment", "0.0000", "attributedRevenue", Map.of("amount", "100.00"), "customersWon", 2,
                "retentionEligible", 2, "retention", "50.00"), r.getMap("days[0]"));
        // day 1: p = 17, net 7 / 32 = 0.21875 → 0.2188; revenue 100 + 10 × 10 = 200; odd day: both kept, 100 %
        assertEquals("0.2188", r.getString("days[1].netSentiment"));
        assertEquals("200.00", r.getString("days[1].attributedRevenue.amount"));
        assertEquals("100.00", r.getString("days[1].retention"));
        for (int lag = 0; lag <= 2; lag++) {
            List<Double> x = new ArrayList<>();
            List<Double> revenue = new ArrayList<>();
            List<Double> retention = new ArrayList<>();
            for (int d = 0; d + lag < DAYS; d++) {
                x.add(net(d));
                revenue.add(revenue(d + lag));
                retention.add((d + lag) % 2 == 0 ? 0.5 : 1.0);
            }
            double rRevenue = pearson(x, revenue);
            // Fisher z by its definition: z = ½ ln((1 + r) / (1 − r)), SE = 1 / √(n − 3), back with tanh
            double z = 0.5 * Math.log((1 + rRevenue) / (1 - rRevenue));
            double se = 1 / Math.sqrt(x.size() - 3);
            assertEquals(Map.of("lagDays", lag, "sampleSize", DAYS - lag, "r", four(rRevenue),
                    "low", four(Math.tanh(z - 1.959964 * se)), "high", four(Math.tanh(z + 1.959964 * se))),
                    TestData.withoutNulls(r.getMap("revenue[" + lag + "]")));
            assertEquals(four(pearson(x, retention)), r.getString("retention[" + lag + "].r"));
        }
        // revenue follows sentiment a day later by construction: lag 1 is the strongest
        double lag1 = Double.parseDouble(r.getString("revenue[1].r"));
        assertEquals(true, lag1 > 0.9 && lag1 > Double.parseDouble(r.getString("revenue[0].r")));
    }

    @Test
    void fewerThanThirtyDaysSaysSoInsteadOfANumber() {
        JsonPath r = GraphQL.ok(IMPACT, "period", Map.of("from", "2026-01-01", "to", "2026-01-20"), "lag", 1)
                .setRootPath("data.sentimentImpact");
        assertNull(r.get("revenue[0].r"));
        assertEquals(20, r.getInt("revenue[0].sampleSize"));
        assertEquals("Only 20 days with both values at this lag: a correlation needs at least 30.",
                r.getString("revenue[0].undefinedReason"));
        assertEquals("Only 19 days with both values at this lag: a correlation needs at least 30.",
                r.getString("retention[1].undefinedReason"));
    }

    @Test
    void aDaySentAgainReplacesItAndBadDaysChangeNothing() {
        String record = """
                mutation($input: [SentimentDayInput!]!) {
                  recordSentiment(input: $input) { accepted replaced userErrors { code field } }
                }""";
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()), GraphQL.ok(record, "input",
                List.of(Map.of("channelId", instagram, "date", "2026-01-01", "positive", 30))).getMap("recordSentiment"));
        // day 0 is now 30 positive, nothing else: net 1
        assertEquals("1.0000", GraphQL.ok(IMPACT, "period", Map.of("from", "2026-01-01", "to", "2026-01-01"))
                .getString("sentimentImpact.days[0].netSentiment"));
        Map<String, String> before = data.fingerprint();
        JsonPath refused = GraphQL.ok(record, "input", List.of(
                Map.of("channelId", instagram, "date", "2026-03-01", "negative", -2),
                Map.of("channelId", instagram, "date", "someday")));
        assertEquals(List.of(Map.of("code", "NEGATIVE_COUNT", "field", List.of("input", "0", "negative")),
                Map.of("code", "INVALID_DATE", "field", List.of("input", "1", "date"))),
                refused.getList("recordSentiment.userErrors"));
        assertEquals(before, data.fingerprint());
        assertEquals("BAD_ARGUMENT", GraphQL.post(IMPACT, "period", Map.of("from", "2026-01-01", "to", "2026-01-20"),
                "lag", 61).getString("errors[0].extensions.code"));
    }
}
