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
import io.socialroi.reporting.Period;
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
    }

    List<String> storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery("""
                select conversion_id, pos, n, touchpoint_id, channel_id, campaign_id, media_type, on_date,
                  revenue_credit, count_credit, missing_rate
                from attribution_credit order by conversion_id, pos""", Tuple.class).getResultList()));
    }

    List<String> onDemandRows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple workspace = (Tuple) em.createNativeQuery(
                    "select id, reporting_currency from workspace where slug = 'default'", Tuple.class).getSingleResult();
            long ws = ((Number) workspace.get("id")).longValue();
            AttributionDefaultEntity row = AttributionDefaultEntity.findById(ws);
            AttributionSettings settings = row == null ? AttributionSettings.DEFAULT : row.settings();
            ReportScope scope = new ReportScope(ws, (String) workspace.get("reporting_currency"), Period.ALL_TIME,
                    settings, null, false, false);
            return rows(AttributionQueries.bind(em.createNativeQuery("with " + AttributionSql.counted(scope) + ", "
                    + AttributionSql.creditCtes(scope.attribution(), Map.of()) + """
                     select conversion_id, pos, n, touchpoint_id, channel_id, campaign_id, media_type, on_date,
                       revenue_credit, count_credit, missing_rate
                     from credit order by conversion_id, pos""", Tuple.class), scope).getResultList());
        });
    }

    static List<String> rows(List<?> tuples) {
        List<String> rows = new ArrayList<>();
        for (Object o : tuples) {
            Tuple t = (Tuple) o;
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < t.getElements().size(); i++) {
                Object value = t.get(i);
                // numbers compare by value: the stored numeric and the computed one may differ in scale only
                row.append(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value)
                        .append('|');
            }
            rows.add(row.toString());
        }
        return rows;
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
