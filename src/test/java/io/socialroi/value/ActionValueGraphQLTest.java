package io.socialroi.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Values per action: conversions credited by the attribution model at the value set for their type, engagement
 * valued per kind, each at the rate of its day, never mixed into revenue. Expected values worked out by hand.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ActionValueGraphQLTest {

    static final String SET = """
            mutation($i: SetActionValueInput!) {
              setActionValue(input: $i) { actionValue { conversionType engagementKind value { amount currencyCode } }
                                          userErrors { code field message } }
            }""";
    static final String VALUES = """
            query($model: AttributionModel, $types: [ConversionType!]) {
              campaigns(first: 10) { nodes { name
                attributedValue(attribution: {model: $model}, conversionTypes: $types) { amount currencyCode }
                attributedRevenue(attribution: {model: $model}) { amount } } }
            }""";

    @Inject
    TestData data;

    String instagram;
    String email;
    String a;
    String b;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
        a = TestData.createCampaign("A", null, "2026-01-01", instagram);
        b = TestData.createCampaign("B", null, "2026-01-01", email);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        set(Map.of("conversionType", "LEAD", "value", money("40.00", "EUR")));
        set(Map.of("conversionType", "SALE", "value", money("100.00", "USD")));
        set(Map.of("engagementKind", "LIKE", "value", money("0.05", "EUR")));
        set(Map.of("engagementKind", "SHARE", "value", money("0.50", "EUR")));
        set(Map.of("engagementKind", "CLICK", "value", money("0.10", "USD")));
        TestData.recordTouchpoints(List.of(
                TestData.touch("p1", "2026-03-01T10:00:00Z", instagram, a),
                TestData.touch("p1", "2026-03-01T12:00:00Z", email, b),
                TestData.touch("p2", "2026-03-03T10:00:00Z", instagram, a),
                TestData.touch("p3", "2026-03-03T11:00:00Z", instagram, a)));
        Map<String, Object> lead = new HashMap<>(Map.of("personKey", "p1", "occurredAt", "2026-03-02T10:00:00Z", "type", "LEAD"));
        Map<String, Object> mql = new HashMap<>(Map.of("personKey", "p3", "occurredAt", "2026-03-04T10:00:00Z", "type", "MQL"));
        TestData.recordConversions(List.of(lead, mql, TestData.sale("p2", "2026-03-05T10:00:00Z", "500.00")));
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currencyCode", currency);
    }

    static JsonPath set(Map<String, Object> input) {
        JsonPath result = GraphQL.ok(SET, "i", new HashMap<>(input));
        return result;
    }

    Map<String, String> valueByCampaign(String model, List<String> types) {
        JsonPath r = GraphQL.ok(VALUES, "model", model, "types", types);
        Map<String, String> byName = new HashMap<>();
        List<String> names = r.getList("campaigns.nodes.name");
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), r.getString("campaigns.nodes[" + i + "].attributedValue.amount")
                    + "/" + r.getString("campaigns.nodes[" + i + "].attributedRevenue.amount"));
        }
        return byName;
    }

    @Test
    void conversionsAreCreditedAtTheValueOfTheirType() {
        // LINEAR: p1's LEAD (40.00) splits 20.00 / 20.00 between A and B; p2's SALE is worth 100 USD × 0.90 = 90.00,
        // all to A; p3's MQL has no value. A = 110.00, B = 20.00. Revenue stays apart: the SALE's 500.00 to A.
        assertEquals(Map.of("A", "110.00/500.00", "B", "20.00/0.00"), valueByCampaign("LINEAR", null));
        // LAST_TOUCH: the LEAD goes to B (Email, the later touch): A = 90.00, B = 40.00
        assertEquals(Map.of("A", "90.00/500.00", "B", "40.00/0.00"), valueByCampaign("LAST_TOUCH", null));
        // only LEADs, LINEAR: 20.00 each
        assertEquals(Map.of("A", "20.00/500.00", "B", "20.00/0.00"), valueByCampaign("LINEAR", List.of("LEAD")));
    }

    @Test
    void engagementIsValuedPerKindAtTheRateOfItsDay() {
        GraphQL.ok("""
                mutation($a: ID!, $ch: ID!) { recordEngagement(input: [
                  {channelId: $ch, campaignId: $a, date: "2026-03-01", mediaType: PAID, likes: 200, shares: 35, clicks: 300},
                  {channelId: $ch, campaignId: $a, date: "2026-03-01", mediaType: OWNED, likes: 80, shares: 5}
                ]) { accepted } }""", "a", a, "ch", instagram);
        JsonPath e = GraphQL.ok("query($id: ID!) { campaign(id: $id) { engagement { value { amount currencyCode }"
                + " byMediaType { mediaType value { amount } } } } }", "id", a).setRootPath("data.campaign.engagement");
        // PAID: 200 × 0.05 + 35 × 0.50 + 300 × 0.10 USD × 0.90 = 10.00 + 17.50 + 27.00 = 54.50
        // OWNED: 80 × 0.05 + 5 × 0.50 = 4.00 + 2.50 = 6.50; total 61.00
        assertEquals(Map.of("amount", "61.00", "currencyCode", "EUR"), e.getMap("value"));
        assertEquals(List.of("54.50", "6.50", "0.00"), e.getList("byMediaType.value.amount"));
    }

    @Test
    void aValueWithoutAnExchangeRateIsAnErrorNamingThePair() {
        set(Map.of("conversionType", "MQL", "value", money("5.00", "GBP")));
        JsonPath r = GraphQL.post(VALUES, "model", "LINEAR");
        assertEquals("MISSING_EXCHANGE_RATE", r.getString("errors[0].extensions.code"));
        String message = r.getString("errors[0].message");
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("No exchange rate GBP/EUR in force on 2026-03-04"), message);
    }

    @Test
    void settingAgainReplacesAndNullRemoves() {
        set(Map.of("conversionType", "LEAD", "value", money("60.00", "EUR")));
        Map<String, Object> remove = new HashMap<>();
        remove.put("engagementKind", "CLICK");
        remove.put("value", null);
        org.junit.jupiter.api.Assertions.assertNull(set(remove).get("setActionValue.actionValue"));
        JsonPath all = GraphQL.ok("{ actionValues { conversionType engagementKind value { amount currencyCode } } }");
        assertEquals(List.of(
                Map.of("conversionType", "LEAD", "value", Map.of("amount", "60.00", "currencyCode", "EUR")),
                Map.of("conversionType", "SALE", "value", Map.of("amount", "100.00", "currencyCode", "USD")),
                Map.of("engagementKind", "LIKE", "value", Map.of("amount", "0.05", "currencyCode", "EUR")),
                Map.of("engagementKind", "SHARE", "value", Map.of("amount", "0.50", "currencyCode", "EUR"))),
                all.getList("actionValues").stream().map(ActionValueGraphQLTest::withoutNulls).toList());
    }

    @Test
    void badInputIsAUserErrorAndChangesNothing() {
        long before = data.count("action_value");
        JsonPath both = set(Map.of("conversionType", "LEAD", "engagementKind", "LIKE", "value", money("1.00", "EUR")));
        assertEquals(List.of("INVALID_VALUE"), both.getList("setActionValue.userErrors.code"));
        JsonPath negative = set(Map.of("conversionType", "LEAD", "value", money("-1.00", "XXX")));
        assertEquals(List.of(List.of("input", "value", "currencyCode"), List.of("input", "value", "amount")),
                negative.getList("setActionValue.userErrors.field"));
        assertEquals(before, data.count("action_value"));
        assertEquals("40.00", GraphQL.ok("{ actionValues { conversionType value { amount } } }")
                .getString("actionValues.find { it.conversionType == 'LEAD' }.value.amount"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutNulls(Object row) {
        Map<String, Object> copy = new HashMap<>((Map<String, Object>) row);
        copy.values().removeIf(v -> v == null);
        return copy;
    }
}
