package io.socialroi.paths;

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
 * conversionPaths through GraphQL, against hand-computed figures. Period 2026-03-01 … 2026-03-31,
 * lookback 30 days, reporting currency EUR, 1 USD = 0.92 EUR from 2026-01-01.
 *
 * <pre>
 * P1  LinkedIn 03-01T12:00, Facebook 03-24T12:00, Facebook 03-25T12:00, Email 03-31T12:00
 *     SALE 03-31T12:00 1000.00 EUR     path LinkedIn > Facebook > Email, 4 touches, 30 days
 * P2  LinkedIn 03-10, Facebook 03-11, Email 03-12; SALE 03-13T00:00 500.00 EUR
 *                                      path LinkedIn > Facebook > Email, 3 touches, 3 days
 * P3  LinkedIn 03-01T11:59:59 (one second before T − 30 days: outside), Facebook 03-01T12:00 (exactly
 *     T − 30 days: inside); SALE 03-31T12:00 200.00 EUR            path Facebook, 1 touch, 30 days
 * P4  Facebook 03-20T06:00 twice (same instant); SALE 03-21T00:00 300.00 EUR
 *                                      path Facebook (repeat collapsed), 2 touches, 0.75 days
 * P5  Email then LinkedIn, both 03-15T00:00 (tie: Email has the lower id); SALE 03-16T00:00 100.00 EUR
 *                                      path Email > LinkedIn, 2 touches, 1 day
 * P6  LinkedIn 03-05T00:00, Email 03-05T12:00:01 (after T: never counts); SALE 03-05T12:00 100.00 USD
 *     = 92.00 EUR                      path LinkedIn, 1 touch, 0.5 days
 * P7  no touchpoint; SALE 03-20 50.00 EUR                     path [] (unattributed)
 * P8  no touchpoint; LEAD 03-21, no revenue                   path []
 * P9  no touchpoint; SALE 03-22 80.00 EUR recorded with channel Email: Email stands in at T
 *                                      path Email, 1 touch, 0 days
 * P10 LinkedIn 03-30; SALE 2026-04-01T00:00Z and SALE 2026-02-28T23:59:59Z: outside the period
 *
 * #  path                          conversions revenue  averageTouches averageDaysToConversion
 * 1  LinkedIn > Facebook > Email   2           1500.00  7/2 = 3.50     (30 + 3)/2 = 16.50
 * 2  Facebook                      2            500.00  3/2 = 1.50     (30 + 0.75)/2 = 15.375 → 15.38
 * 3  []                            2             50.00  0.00           null
 * 4  Email > LinkedIn              1            100.00  2.00           1.00
 * 5  LinkedIn                      1             92.00  1.00           0.50
 * 6  Email                         1             80.00  1.00           0.00
 * </pre>
 * Rows 1–3 tie on conversions and are ordered by revenue; rows 4–6 too (100 > 92 > 80).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ConversionPathsReportGraphQLTest {

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String email;

    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");

    static final String PATHS = """
            query($period: DateRangeInput, $first: Int, $after: String, $types: [ConversionType!], $lookback: Int) {
              conversionPaths(period: $period, first: $first, after: $after, conversionTypes: $types, lookbackDays: $lookback) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { channels { name } } }
                nodes { channels { name } conversions revenue { amount currencyCode } averageTouches averageDaysToConversion }
              }
            }""";

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
    }

    static Map<String, Object> touch(String person, String at, String channelId) {
        return new HashMap<>(Map.of("personKey", person, "occurredAt", at, "channelId", channelId, "mediaType", "PAID"));
    }

    static Map<String, Object> conversion(String person, String type, String at, String amount, String currency) {
        Map<String, Object> c = new HashMap<>(Map.of("personKey", person, "occurredAt", at, "type", type));
        if (amount != null) {
            c.put("revenue", Map.of("amount", amount, "currencyCode", currency));
        }
        return c;
    }

    void recordScenario() {
        TestData.setRate("USD", "EUR", "0.92", "2026-01-01");
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn),
                touch("P1", "2026-03-24T12:00:00Z", facebook),
                touch("P1", "2026-03-25T12:00:00Z", facebook),
                touch("P1", "2026-03-31T12:00:00Z", email),
                touch("P2", "2026-03-10T00:00:00Z", linkedIn),
                touch("P2", "2026-03-11T00:00:00Z", facebook),
                touch("P2", "2026-03-12T00:00:00Z", email),
                touch("P3", "2026-03-01T11:59:59Z", linkedIn),
                touch("P3", "2026-03-01T12:00:00Z", facebook),
                touch("P4", "2026-03-20T06:00:00Z", facebook),
                touch("P4", "2026-03-20T06:00:00Z", facebook),
                touch("P5", "2026-03-15T00:00:00Z", email),
                touch("P5", "2026-03-15T00:00:00Z", linkedIn),
                touch("P6", "2026-03-05T00:00:00Z", linkedIn),
                touch("P6", "2026-03-05T12:00:01Z", email),
                touch("P10", "2026-03-30T00:00:00Z", linkedIn)));
        Map<String, Object> crmDeal = conversion("P9", "SALE", "2026-03-22T00:00:00Z", "80.00", "EUR");
        crmDeal.put("channelId", email);
        TestData.recordConversions(List.of(
                conversion("P1", "SALE", "2026-03-31T12:00:00Z", "1000.00", "EUR"),
                conversion("P2", "SALE", "2026-03-13T00:00:00Z", "500.00", "EUR"),
                conversion("P3", "SALE", "2026-03-31T12:00:00Z", "200.00", "EUR"),
                conversion("P4", "SALE", "2026-03-21T00:00:00Z", "300.00", "EUR"),
                conversion("P5", "SALE", "2026-03-16T00:00:00Z", "100.00", "EUR"),
                conversion("P6", "SALE", "2026-03-05T12:00:00Z", "100.00", "USD"),
                conversion("P7", "SALE", "2026-03-20T00:00:00Z", "50.00", "EUR"),
                conversion("P8", "LEAD", "2026-03-21T00:00:00Z", null, null),
                crmDeal,
                conversion("P10", "SALE", "2026-04-01T00:00:00Z", "7.00", "EUR"),
                conversion("P10", "SALE", "2026-02-28T23:59:59Z", "9.00", "EUR")));
    }

    /** A node as one line: "path | conversions | revenue | averageTouches | averageDaysToConversion". */
    @SuppressWarnings("unchecked")
    static String line(Object node) {
        Map<String, Object> n = (Map<String, Object>) node;
        String path = String.join(" > ", ((List<Map<String, Object>>) n.get("channels")).stream()
                .map(c -> (String) c.get("name")).toList());
        return "[" + path + "] | " + n.get("conversions") + " | " + ((Map<?, ?>) n.get("revenue")).get("amount")
                + " | " + n.get("averageTouches") + " | " + n.get("averageDaysToConversion");
    }

    static List<String> lines(JsonPath result) {
        return result.getList("conversionPaths.nodes").stream().map(ConversionPathsReportGraphQLTest::line).toList();
    }

    @Test
    void pathsAreGroupedCollapsedAndOrdered() {
        recordScenario();
        JsonPath result = GraphQL.ok(PATHS, "period", MARCH);
        assertEquals(List.of(
                "[LinkedIn > Facebook > Email] | 2 | 1500.00 | 3.50 | 16.50",
                "[Facebook] | 2 | 500.00 | 1.50 | 15.38",
                "[] | 2 | 50.00 | 0.00 | null",
                "[Email > LinkedIn] | 1 | 100.00 | 2.00 | 1.00",
                "[LinkedIn] | 1 | 92.00 | 1.00 | 0.50",
                "[Email] | 1 | 80.00 | 1.00 | 0.00"), lines(result));
        assertEquals(6, result.getInt("conversionPaths.totalCount"));
        assertEquals("EUR", result.getString("conversionPaths.nodes[0].revenue.currencyCode"));
        assertFalse(result.getBoolean("conversionPaths.pageInfo.hasNextPage"));
        // 1500 + 500 + 50 + 100 + 92 + 80: the same conversions as attributionSummary counts
        JsonPath summary = GraphQL.ok("query($p: DateRangeInput) { attributionSummary(period: $p) { conversions revenue { amount } } }",
                "p", MARCH);
        assertEquals(9, summary.getInt("attributionSummary.conversions"));
        assertEquals("2322.00", summary.getString("attributionSummary.revenue.amount"));
    }

    @Test
    void conversionTypesAndLookbackChangeThePaths() {
        recordScenario();
        // SALE only: P8's LEAD leaves the [] row, which drops behind the 1-conversion rows (50 < 80).
        JsonPath sales = GraphQL.ok(PATHS, "period", MARCH, "types", List.of("SALE"));
        assertEquals(List.of(
                "[LinkedIn > Facebook > Email] | 2 | 1500.00 | 3.50 | 16.50",
                "[Facebook] | 2 | 500.00 | 1.50 | 15.38",
                "[Email > LinkedIn] | 1 | 100.00 | 2.00 | 1.00",
                "[LinkedIn] | 1 | 92.00 | 1.00 | 0.50",
                "[Email] | 1 | 80.00 | 1.00 | 0.00",
                "[] | 1 | 50.00 | 0.00 | null"), lines(sales));

        // 31 days: P3's LinkedIn touch one second before the 30-day edge joins its path, 30 days + 1 s
        // before the sale (2592001 s / 86400 = 30.0000116 → 30.00); Facebook keeps only P4.
        JsonPath wider = GraphQL.ok(PATHS, "period", MARCH, "lookback", 31);
        assertEquals(List.of(
                "[LinkedIn > Facebook > Email] | 2 | 1500.00 | 3.50 | 16.50",
                "[] | 2 | 50.00 | 0.00 | null",
                "[Facebook] | 1 | 300.00 | 2.00 | 0.75",
                "[LinkedIn > Facebook] | 1 | 200.00 | 2.00 | 30.00",
                "[Email > LinkedIn] | 1 | 100.00 | 2.00 | 1.00",
                "[LinkedIn] | 1 | 92.00 | 1.00 | 0.50",
                "[Email] | 1 | 80.00 | 1.00 | 0.00"), lines(wider));

        // No types at all counts nothing.
        JsonPath none = GraphQL.ok(PATHS, "period", MARCH, "types", List.of());
        assertEquals(0, none.getInt("conversionPaths.totalCount"));
        assertEquals(List.of(), none.getList("conversionPaths.nodes"));
    }

    @Test
    void pagesFollowTheCursors() {
        recordScenario();
        JsonPath first = GraphQL.ok(PATHS, "period", MARCH, "first", 4);
        assertEquals(6, first.getInt("conversionPaths.totalCount"));
        assertEquals(4, first.getList("conversionPaths.nodes").size());
        assertEquals("[Email > LinkedIn] | 1 | 100.00 | 2.00 | 1.00", line(first.get("conversionPaths.nodes[3]")));
        assertTrue(first.getBoolean("conversionPaths.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("conversionPaths.pageInfo.hasPreviousPage"));
        List<String> cursors = first.getList("conversionPaths.edges.cursor");
        assertEquals(cursors.get(3), first.getString("conversionPaths.pageInfo.endCursor"));
        assertEquals(cursors.get(0), first.getString("conversionPaths.pageInfo.startCursor"));

        JsonPath second = GraphQL.ok(PATHS, "period", MARCH, "first", 4, "after", cursors.get(3));
        assertEquals(6, second.getInt("conversionPaths.totalCount"));
        assertEquals(List.of(
                "[LinkedIn] | 1 | 92.00 | 1.00 | 0.50",
                "[Email] | 1 | 80.00 | 1.00 | 0.00"), lines(second));
        assertFalse(second.getBoolean("conversionPaths.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("conversionPaths.pageInfo.hasPreviousPage"));

        // A cursor from the middle of a page continues right after it.
        JsonPath fromSecond = GraphQL.ok(PATHS, "period", MARCH, "first", 1, "after", cursors.get(1));
        assertEquals(List.of("[] | 2 | 50.00 | 0.00 | null"), lines(fromSecond));
        assertTrue(fromSecond.getBoolean("conversionPaths.pageInfo.hasNextPage"));

        // Past the end: an empty page that still knows the total.
        JsonPath past = GraphQL.ok(PATHS, "period", MARCH, "first", 4,
                "after", second.getString("conversionPaths.pageInfo.endCursor"));
        assertEquals(List.of(), past.getList("conversionPaths.nodes"));
        assertEquals(6, past.getInt("conversionPaths.totalCount"));
        assertNull(past.get("conversionPaths.pageInfo.endCursor"));

        // first: 0 answers only the total; the default page is 20.
        JsonPath zero = GraphQL.ok(PATHS, "period", MARCH, "first", 0);
        assertEquals(6, zero.getInt("conversionPaths.totalCount"));
        assertEquals(List.of(), zero.getList("conversionPaths.nodes"));
        assertTrue(zero.getBoolean("conversionPaths.pageInfo.hasNextPage"));
    }

    @Test
    void aMissingExchangeRateIsAnErrorNamingThePair() {
        TestData.recordConversions(List.of(conversion("X", "SALE", "2026-03-10T00:00:00Z", "10.00", "GBP")));
        JsonPath response = GraphQL.post(PATHS, "period", MARCH);
        assertEquals("MISSING_EXCHANGE_RATE", response.getString("errors[0].extensions.code"), response.prettify());
        assertTrue(response.getString("errors[0].message").contains("GBP/EUR"), response.prettify());
        assertTrue(response.getString("errors[0].message").contains("2026-03-10"), response.prettify());
    }

    @Test
    void badArgumentsAreTopLevelErrors() {
        for (Object[] args : List.of(
                new Object[] {"first", 101},
                new Object[] {"first", -1},
                new Object[] {"lookback", 0},
                new Object[] {"lookback", 366},
                new Object[] {"after", "not-a-cursor"},
                new Object[] {"after", io.socialroi.common.Cursors.encode(3)})) { // another connection's cursor
            JsonPath response = GraphQL.post(PATHS, args);
            assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"), response.prettify());
            assertTrue(response.get("data") == null, response.prettify());
        }
        JsonPath tooMany = GraphQL.post(PATHS, "first", 101);
        assertTrue(tooMany.getString("errors[0].message").contains("first"), tooMany.prettify());
    }
}
