package io.socialroi.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.common.FieldWeights;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.ServedSchema;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * The weighted complexity limit (docs/limits.md: a report 50, an aggregate 10, other fields 1; at most 1,000) and
 * the 64-character cut of every value an error message repeats.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WeightsAndEchoesTest {

    static final String CUT = "x".repeat(63) + "…";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    @Test
    void thirtyAliasedReportsAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            query.append(" r").append(i).append(": channelPerformance { conversions }");
        }
        JsonPath response = GraphQL.post(query.append(" }").toString());
        assertNull(response.get("data"));
        // 30 × (50 + 1)
        assertEquals(List.of("maximum query complexity exceeded 1530 > 1000: a report (channelPerformance,"
                + " attributionComparison per model, Campaign.roi, timeSeries, …) weighs 50, an aggregate (totalCost,"
                + " engagement, serviceSavings, …) 10, any other field 1 (see docs/limits.md). Ask for fewer reports in one"
                + " request."), response.getList("errors.message"));
    }

    @Test
    void aComparisonWeighsAReportPerModel() {
        String twenty = String.join(" ", Collections.nCopies(20, "LINEAR"));
        JsonPath response = GraphQL.post("{ attributionComparison(models: [" + twenty + "]) { models } }");
        assertTrue(response.getString("errors[0].message").startsWith("maximum query complexity exceeded 1001 > 1000:"),
                response.prettify());
        // five models (the README's example) are 251
        assertEquals(5, GraphQL.ok("{ attributionComparison(models: [FIRST_TOUCH LAST_TOUCH LINEAR TIME_DECAY DATA_DRIVEN])"
                + " { models } }").getList("attributionComparison.models").size());
    }

    @Test
    void theReadmesDashboardAndReportsQueriesPass() {
        GraphQL.ok("""
                query Dashboard {
                  workspace { name reportingCurrency }
                  campaigns(first: 20, filter: { status: [ACTIVE] }) {
                    totalCount
                    pageInfo { hasNextPage endCursor }
                    nodes {
                      id name status channels { name }
                      totalCost(period: { from: "2026-03-01", to: "2026-03-31" }) { amount currencyCode }
                      costBreakdown { category total { amount } }
                      attributedRevenue(attribution: { model: LAST_TOUCH, lookbackDays: 30 }) { amount }
                      conversions
                      roi(period: { from: "2026-03-01", to: "2026-03-31" }) {
                        cost { amount } revenue { amount } netReturn { amount } percent roas undefinedReason
                      }
                    }
                  }
                  channelPerformance(period: { from: "2026-03-01", to: "2026-03-31" }, conversionTypes: [SALE]) {
                    channel { name } cost { amount } attributedRevenue { amount } conversions assistedConversions roi { percent roas }
                  }
                  attributionSummary { conversions revenue { amount } unattributedConversions unattributedRevenue { amount } }
                }""");
        GraphQL.ok("""
                query Reports {
                  attributionComparison(period: { from: "2026-03-01", to: "2026-03-31" },
                                        models: [LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, DATA_DRIVEN], lookbackDays: 30) {
                    models
                    channels { channel { name } results { model attributedRevenue { amount } conversions } }
                    campaigns { campaign { name } results { model attributedRevenue { amount } } }
                    summary { conversions unattributedConversions unattributedRevenue { amount } }
                  }
                  channelPerformance(attribution: { model: POSITION_BASED, firstWeight: "0.2", lastWeight: "0.6" }) {
                    channel { name } attributedRevenue { amount } assistedConversions
                    byMediaType { mediaType attributedRevenue { amount } conversions assistedConversions roas }
                  }
                  conversionPaths(first: 10, conversionTypes: [SALE]) {
                    totalCount nodes { channels { name } conversions revenue { amount } averageTouches averageDaysToConversion }
                  }
                  funnel(period: { from: "2026-01-01", to: "2026-06-30" }) {
                    rows { channel { name } stages { stage persons } transitions { from to conversionRate medianDays } }
                    total { stages { stage persons } }
                  }
                  timeSeries(metric: ROI, granularity: WEEK, period: { from: "2026-03-01", to: "2026-04-30" },
                             attribution: { model: TIME_DECAY, halfLifeHours: 72 }) {
                    currencyCode points { start end value undefinedReason }
                  }
                  markovModel(period: { from: "2026-03-01", to: "2026-03-31" }) {
                    conversionProbability
                    channels { channel { name } removalEffect share conversionProbabilityWithout }
                    transitions { from to count probability }
                  }
                }""");
    }

    @Test
    void introspectionPassesAndEveryWeightNamesAServedField() {
        ServedSchema schema = ServedSchema.read(); // GraphiQL's own introspection query, within every limit
        for (String key : FieldWeights.WEIGHTS.keySet()) {
            String[] typeAndField = key.split("\\.");
            var type = schema.type(typeAndField[0]);
            assertTrue(type != null && type.fields().stream().anyMatch(f -> f.name().equals(typeAndField[1])),
                    key + " is weighted but not served");
        }
    }

    @Test
    void aHugeVariableIsNotEchoed() {
        String huge = "x".repeat(1_000_000);
        JsonPath response = GraphQL.post("query($x: [ConversionType!]) { attributionSummary(conversionTypes: $x) { conversions } }",
                "x", List.of(huge));
        String message = response.getString("errors[0].message");
        assertEquals("Variable 'x' has an invalid value: Invalid input for enum 'ConversionType'. No value found for name '"
                + CUT + "'", message);
        assertTrue(response.prettify().length() < 2_000, "answer of " + response.prettify().length() + " characters");
    }

    @Test
    void aHugeFieldNameAndLiteralAreNotEchoed() {
        // the name is repeated in the message and in extensions.queryPath
        String body = GraphQL.post("{ " + "x".repeat(100_000) + " }").prettify();
        assertFalse(body.contains("x".repeat(64)), body);
        assertTrue(body.contains("Field '" + CUT + "' in type 'Query' is undefined"), body);
        // a literal of the wrong type is repeated inside graphql-java's description of the value
        String literal = GraphQL.post("{ conversions(first: \"" + "x".repeat(100_000) + "\") { totalCount } }").prettify();
        assertFalse(literal.contains("x".repeat(64)), literal);
        assertTrue(literal.length() < 3_000, literal);
    }

    @Test
    void theServicesOwnMessagesCutWhatTheyEcho() {
        String longCode = "x".repeat(1_000);
        JsonPath rate = GraphQL.post("mutation($i: SetExchangeRateInput!) { setExchangeRate(input: $i) { userErrors { field code message } } }",
                "i", Map.of("base", longCode, "quote", "EUR", "rate", "1", "validFrom", "2026-01-01"));
        assertEquals(List.of(Map.of("field", List.of("input", "base"), "code", "INVALID_CURRENCY",
                "message", "\"" + CUT + "\" is not an ISO 4217 currency code (such as EUR, USD, IDR).")),
                rate.getList("data.setExchangeRate.userErrors"));

        JsonPath period = GraphQL.post("query($f: Date!) { channelPerformance(period: {from: $f, to: \"2026-01-31\"}) { conversions } }",
                "f", "x".repeat(5_000));
        assertEquals(List.of("BAD_ARGUMENT"), period.getList("errors.extensions.code"));
        assertEquals(List.of("period.from \"" + CUT + "\" is not a date such as 2026-03-31."), period.getList("errors.message"));

        JsonPath header = GraphQL.withToken(Tokens.forSubject(Tokens.TESTER)).in("x".repeat(5_000)).post("{ workspace { name } }");
        assertEquals(List.of("FORBIDDEN"), header.getList("errors.extensions.code"));
        assertEquals(List.of("You are not a member of workspace '" + CUT + "'."), header.getList("errors.message"));
    }

    @Test
    void aDecimalOver40CharactersIsRefusedBeforeItIsParsed() {
        String channel = TestData.createChannel("LinkedIn", "SOCIAL");
        String campaign = TestData.createCampaign("Launch", null, "2026-01-01", channel);
        String digits = "1".repeat(100_000);
        JsonPath response = GraphQL.post("mutation($i: RecordCostInput!) { recordCost(input: $i) { costEntry { id } userErrors { field code message } } }",
                "i", Map.of("campaignId", campaign, "category", "TOOLS", "incurredOn", "2026-03-01",
                        "amount", Map.of("amount", digits, "currencyCode", "EUR")));
        assertEquals(List.of(Map.of("field", List.of("input", "amount", "amount"), "code", "INVALID_DECIMAL",
                "message", "\"" + "1".repeat(63) + "…\" is not a decimal number such as \"1234.50\" (at most 18 digits before"
                        + " the point and 12 after).")), response.getList("data.recordCost.userErrors"));
        assertEquals(0, data.count("cost_entry"));
        // 41 characters of zeros: a valid number, still refused by length alone
        JsonPath padded = GraphQL.post("mutation($i: RecordCostInput!) { recordCost(input: $i) { userErrors { code } } }",
                "i", Map.of("campaignId", campaign, "category", "TOOLS", "incurredOn", "2026-03-01",
                        "amount", Map.of("amount", "0".repeat(37) + "1.00", "currencyCode", "EUR")));
        assertEquals(List.of("INVALID_DECIMAL"), padded.getList("data.recordCost.userErrors.code"));
        assertEquals(0, data.count("cost_entry"));
    }
}
