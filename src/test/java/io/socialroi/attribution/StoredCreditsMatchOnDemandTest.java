package io.socialroi.attribution;

import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.byChannel;
import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.common.GlobalId;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * The stored credits of the default setting equal the on-demand statement's, row by row (conversion, position,
 * touchpoint, channel, campaign, media type, revenue and count credit, missing rate), after random sequences of
 * writes: touchpoints out of order and late, conversions late and of every type (so milestones move), exchange
 * rates set before and after the conversions they convert (a missing rate first), under every rule-based model as
 * the default. The on-demand statement is itself held to the pure-Java rules by SqlMatchesReferenceTest.
 * The corrections join the random writes: touchpoints deleted by externalIds and by person and time range, a
 * conversion's revenue changed, conversions deleted (a LEAD or OPPORTUNITY among them moves milestones).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class StoredCreditsMatchOnDemandTest {

    static final String RECORD_TOUCHPOINTS = "mutation($i: [TouchpointInput!]!) { recordTouchpoints(input: $i) { userErrors { code } } }";
    static final String RECORD_CONVERSIONS = "mutation($i: [ConversionInput!]!) { recordConversions(input: $i) { userErrors { code } } }";

    @Inject
    TestData data;
    @Inject
    EntityManager em;

    List<String> channels;
    List<String> campaigns;
    int touchesSent;
    int corrections;

    @BeforeEach
    void setUp() {
        data.reset();
        channels = List.of(TestData.createChannel("A", "SOCIAL"), TestData.createChannel("B", "SOCIAL"),
                TestData.createChannel("C", "EMAIL"));
        campaigns = List.of(TestData.createCampaign("K1", null, "2026-01-01"),
                TestData.createCampaign("K2", null, "2026-01-01"));
    }

    static void setDefault(Map<String, Object> input) {
        GraphQL.ok("mutation($i: AttributionInput!) { setDefaultAttribution(input: $i) { userErrors { code } } }",
                "i", input);
        TestData.awaitStoredCredits();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AttributionModel.class, names = "DATA_DRIVEN", mode = EnumSource.Mode.EXCLUDE)
    void afterRandomWritesUnderEveryModel(AttributionModel model) {
        Map<String, Object> setting = new HashMap<>(Map.of("model", model.name(), "lookbackDays", 10));
        if (model == AttributionModel.TIME_DECAY) {
            setting.put("halfLifeHours", 30);
        }
        if (model == AttributionModel.POSITION_BASED) {
            setting.putAll(Map.of("firstWeight", "0.3", "lastWeight", "0.5"));
        }
        setDefault(setting);
        Random random = new Random(model.ordinal() * 7919L + 20261202);
        long peakRows = 0;
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int step = 0; step < 48; step++) {
            switch (random.nextInt(11)) {
                case 0, 1, 2 -> GraphQL.ok(RECORD_TOUCHPOINTS, "i", touches(random, start));
                case 3, 4, 5 -> GraphQL.ok(RECORD_CONVERSIONS, "i", conversions(random, start));
                case 6 -> TestData.setRate("USD", "EUR", "0." + (80 + random.nextInt(19)),
                        LocalDate.parse("2026-03-01").plusDays(random.nextInt(30)).toString());
                case 7 -> corrected("deleteTouchpoints", Map.of("externalIds", some(random,
                        "select external_id from touchpoint order by id")));
                case 8 -> {
                    // one person's touches over up to two days (maybe none: that deletes nothing)
                    Instant from = start.plus(random.nextInt(30 * 24 / 6) * 6L, ChronoUnit.HOURS);
                    corrected("deleteTouchpoints", Map.of("personKey", "p" + random.nextInt(5), "from", from.toString(),
                            "to", from.plus(1 + random.nextInt(48), ChronoUnit.HOURS).toString()));
                }
                case 9 -> some(random, "select id from conversion order by id").stream().limit(1).forEach(id ->
                        corrected("updateConversion", Map.of("id", GlobalId.encode("Conversion", Long.parseLong(id)),
                                "revenue", Map.of("amount", random.nextInt(100000) / 100 + ".05",
                                        "currencyCode", random.nextInt(3) == 0 ? "USD" : "EUR"))));
                default -> corrected("deleteConversions", Map.of("ids", some(random, "select id from conversion order by id")
                        .stream().limit(1).map(id -> GlobalId.encode("Conversion", Long.parseLong(id))).toList()));
            }
            assertStoredEqualsOnDemand(model + " after step " + step);
            peakRows = Math.max(peakRows, count("attribution_credit"));
        }
        assertTrue(corrections >= 4, "the writes corrected some data: " + corrections + " corrections");
        // (deletes may leave few at the end)
        assertTrue(peakRows > 20, "the writes stored some credits: at most " + peakRows + " rows; at the end "
                + count("attribution_credit") + " rows of " + count("conversion") + " conversions, " + count("touchpoint") + " touchpoints");
        assertReportsEqualOnDemand(model, setting);
    }

    /** The reports that sum the stored credits' daily totals, with the variables p (period), t (types), a (attribution). */
    static final String REPORTS = """
            query($p: DateRangeInput, $t: [ConversionType!], $a: AttributionInput) {
              channelPerformance(period: $p, conversionTypes: $t, attribution: $a) {
                channel { name } attributedRevenue { amount } conversions assistedConversions
                byMediaType { mediaType attributedRevenue { amount } conversions assistedConversions } }
              campaigns(first: 10) { nodes { name
                attributedRevenue(period: $p, conversionTypes: $t, attribution: $a) { amount }
                conversions(period: $p, conversionTypes: $t, attribution: $a)
                roi(period: $p, conversionTypes: $t, attribution: $a) { percent revenue { amount } } } }
              timeSeries(metric: REVENUE, granularity: WEEK, period: {from: "2026-02-23", to: "2026-04-12"},
                conversionTypes: $t, attribution: $a) { points { start value } }
              attributionComparison(models: [LINEAR, LAST_TOUCH], period: $p, conversionTypes: $t) {
                channels { channel { name } results { model attributedRevenue { amount } conversions } } }
            }""";

    /**
     * The reports under the default setting (the daily totals of the stored credits) answer exactly what the same
     * setting computes on demand once it is no longer the default: over all time, over days inside the writes'
     * month, for some conversion types; a missing exchange rate is the same error.
     */
    void assertReportsEqualOnDemand(AttributionModel model, Map<String, Object> setting) {
        List<Object[]> scopes = List.of(new Object[] { null, null },
                new Object[] { Map.of("from", "2026-03-06", "to", "2026-03-19"), null },
                new Object[] { null, List.of("SALE", "LEAD") },
                new Object[] { Map.of("from", "2026-03-10", "to", "2026-03-31"), List.of("OPPORTUNITY") });
        List<String> stored = scopes.stream()
                .map(v -> GraphQL.post(REPORTS, "p", v[0], "t", v[1], "a", null).prettify()).toList();
        setDefault(Map.of("model", model == AttributionModel.LINEAR ? "FIRST_TOUCH" : "LINEAR", "lookbackDays", 10));
        TestData.awaitStoredCredits();
        List<String> onDemand = scopes.stream()
                .map(v -> GraphQL.post(REPORTS, "p", v[0], "t", v[1], "a", setting).prettify()).toList();
        assertEquals(onDemand, stored);
    }

    /**
     * A correction mutation (its input type is its name's, capitalized, + "Input") that must be accepted; a delete of
     * nothing is skipped (it would be REQUIRED).
     */
    void corrected(String mutation, Map<String, Object> input) {
        if (input.values().stream().anyMatch(v -> v instanceof List<?> list && list.isEmpty())) {
            return;
        }
        String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        assertEquals(List.of(), GraphQL.ok("mutation($i: " + type + "!) { " + mutation + "(input: $i) { userErrors { code } } }",
                "i", input).getList(mutation + ".userErrors"), mutation);
        corrections++;
    }

    /** One to three of the values the query lists, picked at random (none when it lists none). */
    List<String> some(Random random, String query) {
        List<String> values = List.of(Optional.ofNullable(data.scalar("select string_agg(v::text, ',') from (" + query
                + ") as q(v)")).orElse("").split(","));
        if (values.get(0).isEmpty()) {
            return List.of();
        }
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            String value = values.get(random.nextInt(values.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    List<Map<String, Object>> touches(Random random, Instant start) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = random.nextInt(8); i >= 0; i--) {
            // whole hours so that ties happen, in no particular order, over 30 days (a 10-day window)
            Instant at = start.plus(random.nextInt(30 * 24 / 6) * 6L, ChronoUnit.HOURS);
            Map<String, Object> touch = TestData.touch("p" + random.nextInt(5), at.toString(), channels.get(random.nextInt(3)),
                    random.nextBoolean() ? campaigns.get(random.nextInt(2)) : null);
            touch.put("externalId", "t" + touchesSent++); // what deleteTouchpoints names them by
            items.add(touch);
        }
        return items;
    }

    List<Map<String, Object>> conversions(Random random, Instant start) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            Instant at = start.plus(random.nextInt(30 * 24 / 6) * 6L, ChronoUnit.HOURS);
            String type = List.of("LEAD", "OPPORTUNITY", "SALE", "SALE").get(random.nextInt(4));
            Map<String, Object> c = new HashMap<>(Map.of("personKey", "p" + random.nextInt(5), "occurredAt",
                    at.toString(), "type", type, "revenue", Map.of("amount", random.nextInt(100000) / 100 + "."
                            + (10 + random.nextInt(90)), "currencyCode", random.nextInt(3) == 0 ? "USD" : "EUR")));
            if (random.nextInt(4) == 0) {
                c.put("channelId", channels.get(random.nextInt(3)));
            }
            items.add(c);
        }
        return items;
    }

    void assertStoredEqualsOnDemand(String when) {
        assertEquals(onDemandRows(), storedRows(), when);
        assertEquals(dayTotalsOfTheCredits(), storedDayTotals(), when + ": the daily totals");
    }

    static final String DAY_TOTAL_COLUMNS = """
             on_date, conversion_type, grain, channel_id, campaign_id, media_type, revenue_credit, count_credit,
              assisted, missing_rates, credit_rows
            """;

    /** The daily totals as the triggers on attribution_credit keep them. */
    List<String> storedDayTotals() {
        return QuarkusTransaction.requiringNew().call(() -> StoredCreditRows.rows(em.createNativeQuery("select " + DAY_TOTAL_COLUMNS
                + " from attribution_credit_day order by " + DAY_TOTAL_COLUMNS, Tuple.class).getResultList()));
    }

    /**
     * The daily totals computed afresh from the stored credits, one plain group-by per grain: 0 of the credit rows
     * that carry a credit or a missing rate, 2 and 3 of every row.
     */
    List<String> dayTotalsOfTheCredits() {
        String sums = """
                coalesce(sum(revenue_credit), 0) as revenue_credit, sum(count_credit) as count_credit,
                  count(distinct conversion_id) filter (where pos < n) as assisted,
                  count(missing_rate) as missing_rates, count(*) as credit_rows
                """;
        return QuarkusTransaction.requiringNew().call(() -> StoredCreditRows.rows(em.createNativeQuery("select " + DAY_TOTAL_COLUMNS
                + " from (select on_date, conversion_type, 0 as grain, channel_id, campaign_id, media_type, " + sums
                + """
                   from attribution_credit
                   where count_credit <> 0 or revenue_credit <> 0 or missing_rate is not null
                   group by on_date, conversion_type, channel_id, campaign_id, media_type
                 union all
                 select on_date, conversion_type, 2, channel_id, null, media_type, """ + sums + """
                   from attribution_credit group by on_date, conversion_type, channel_id, media_type
                 union all
                 select on_date, conversion_type, 3, channel_id, null, null, """ + sums + """
                   from attribution_credit group by on_date, conversion_type, channel_id) t
                 order by """ + DAY_TOTAL_COLUMNS, Tuple.class).getResultList()));
    }

    List<String> storedRows() {
        return StoredCreditRows.stored(em);
    }

    List<String> onDemandRows() {
        return StoredCreditRows.onDemand(em);
    }

    long count(String table) {
        return data.count(table);
    }

    /**
     * A new reporting currency re-credits every conversion in the background (the stored revenue is converted); the
     * report answers in the new currency before, during and after.
     */
    @Test
    void aNewReportingCurrencyRebuildsTheStoredCredits() {
        TestData.setRate("EUR", "USD", "1.10", "2026-01-01");
        TestData.recordTouchpoints(List.of(TestData.touch("P1", "2026-03-30T12:00:00Z", channels.get(2), null)));
        TestData.recordConversions(List.of(TestData.sale("P1", "2026-03-31T12:00:00Z", "1000.00")));
        String report = "{ channelPerformance { channel { name } attributedRevenue { amount currencyCode } } }";
        assertEquals("1000.00", revenue(byChannel(GraphQL.ok(report)), "C"));
        GraphQL.ok("mutation { updateWorkspace(input: {reportingCurrency: \"USD\"}) { userErrors { code } } }");
        // 1,000.00 EUR × 1.10 = 1,100.00 USD, whether computed on demand (REBUILDING) or read from the stored rows
        assertEquals("1100.00", revenue(byChannel(GraphQL.ok(report)), "C"));
        TestData.awaitStoredCredits();
        assertEquals("1100.00", revenue(byChannel(GraphQL.ok(report)), "C"));
        assertStoredEqualsOnDemand("after the currency change");
        assertEquals(Map.of("state", "READY", "conversionsDone", 1, "conversionsTotal", 1), GraphQL.ok(
                "{ workspace { storedCredits { state conversionsDone conversionsTotal } } }")
                .getMap("workspace.storedCredits"));
    }

    /** docs/attribution.md's worked example, each model the default, read with no attribution argument. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "FIRST_TOUCH,    1000.00, 0.00,   0.00",
            "LAST_TOUCH,     0.00,    0.00,   1000.00",
            "LINEAR,         333.33,  333.33, 333.33",
            "TIME_DECAY,     33.05,   322.32, 644.63",
            "POSITION_BASED, 400.00,  200.00, 400.00",
            "W_SHAPED,       300.00,  100.00, 600.00",
            "FULL_PATH,      225.00,  100.00, 675.00",
            "DATA_DRIVEN,    333.33,  333.33, 333.33"})
    void workedExampleWithEachModelAsTheDefault(String model, String a, String b, String c) {
        TestData.recordTouchpoints(List.of(TestData.touch("P1", "2026-03-01T12:00:00Z", channels.get(0), campaigns.get(0)),
                TestData.touch("P1", "2026-03-24T12:00:00Z", channels.get(1), campaigns.get(0)),
                TestData.touch("P1", "2026-03-31T12:00:00Z", channels.get(2), campaigns.get(1))));
        setDefault(Map.of("model", model));
        TestData.recordConversions(List.of(TestData.sale("P1", "2026-03-31T12:00:00Z", "1000.00")));
        var rows = byChannel(GraphQL.ok("{ channelPerformance { channel { name } attributedRevenue { amount } } }"));
        assertEquals(a + " / " + b + " / " + c, revenue(rows, "A") + " / " + revenue(rows, "B") + " / " + revenue(rows, "C"));
        String state = GraphQL.ok("{ workspace { storedCredits { state } } }").getString("workspace.storedCredits.state");
        assertEquals(model.equals("DATA_DRIVEN") ? "ON_DEMAND" : "READY", state);
        assertEquals(model.equals("DATA_DRIVEN") ? 0 : 3, count("attribution_credit"));
    }
}
