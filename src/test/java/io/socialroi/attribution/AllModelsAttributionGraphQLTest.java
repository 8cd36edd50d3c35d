package io.socialroi.attribution;

import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.byChannel;
import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.revenue;
import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.sale;
import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/** Every model through GraphQL, to the cent, against docs/attribution.md's worked example and milestone cases. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AllModelsAttributionGraphQLTest {

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String email;
    String spring;
    String nurture;

    static final String REPORT = """
            query($attribution: AttributionInput, $types: [ConversionType!]) {
              channelPerformance(attribution: $attribution, conversionTypes: $types) {
                channel { name } attributedRevenue { amount } conversions
              }
              campaigns { nodes { name attributedRevenue(attribution: $attribution, conversionTypes: $types) { amount } } }
              conversions(first: 10, filter: { types: [SALE] }) {
                nodes { credits(attribution: $attribution, conversionTypes: $types) { channel { name } revenue { amount } } }
              }
            }""";

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
        spring = TestData.createCampaign("Spring", "spring", "2026-03-01", linkedIn, facebook);
        nurture = TestData.createCampaign("Nurture", "nurture", "2026-03-01", email);
    }

    void workedExample() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture)));
        TestData.recordConversions(List.of(sale("P1", "2026-03-31T12:00:00Z", "1000.00")));
    }

    static Map<String, Object> attribution(String model) {
        return new HashMap<>(Map.of("model", model, "lookbackDays", 30));
    }

    /** docs/attribution.md's table; campaign figures are the sums of the channel credits (Spring = LinkedIn + Facebook). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "FIRST_TOUCH,    1000.00, 0.00,   0.00,   1000.00, 0.00",
            "LAST_TOUCH,     0.00,    0.00,   1000.00, 0.00,   1000.00",
            // credits 333.3333333333 + 333.3333333333 + 333.3333333334 (the remainder on the last touch)
            "LINEAR,         333.33,  333.33, 333.33, 666.67,  333.33",
            // weights 2^(−30/7) = 0.0512710, 0.5, 1: 33.0509376381, 322.3163541206, 644.6327082413
            "TIME_DECAY,     33.05,   322.32, 644.63, 355.37,  644.63",
            "POSITION_BASED, 400.00,  200.00, 400.00, 600.00,  400.00",
            // no LEAD, no OPPORTUNITY: their 30% each go to the last touch
            "W_SHAPED,       300.00,  100.00, 600.00, 400.00,  600.00",
            "FULL_PATH,      225.00,  100.00, 675.00, 325.00,  675.00",
            // one converting path: removing any channel loses every conversion, all effects 1, equal shares
            "DATA_DRIVEN,    333.33,  333.33, 333.33, 666.67,  333.33"})
    void workedExampleUnderEveryModel(String model, String linkedInRevenue, String facebookRevenue,
            String emailRevenue, String springRevenue, String nurtureRevenue) {
        workedExample();
        JsonPath result = GraphQL.ok(REPORT, "attribution", attribution(model));
        var rows = byChannel(result);
        assertEquals(linkedInRevenue, revenue(rows, "LinkedIn"));
        assertEquals(facebookRevenue, revenue(rows, "Facebook"));
        assertEquals(emailRevenue, revenue(rows, "Email"));
        assertEquals(List.of(springRevenue, nurtureRevenue), result.getList("campaigns.nodes.attributedRevenue.amount"));
        // The explanation of the single conversion (Java rules) gives the same credits as the report (SQL).
        assertEquals(List.of(linkedInRevenue, facebookRevenue, emailRevenue).stream().filter(a -> !a.equals("0.00")).toList(),
                result.getList("conversions.nodes[0].credits.revenue.amount", String.class).stream()
                        .filter(a -> !a.equals("0.00")).toList());
    }

    @Test
    void linearConversionCreditsSumToOneExactly() {
        workedExample();
        JsonPath result = GraphQL.ok("""
                query { campaigns { nodes { conversions(attribution: { model: LINEAR }) } }
                        channelPerformance(attribution: { model: LINEAR }) { channel { name } conversions } }""");
        assertEquals(List.of("0.67", "0.33"), result.getList("campaigns.nodes.conversions"));
        assertEquals(List.of("0.33", "0.33", "0.33"), result.getList("channelPerformance.conversions"));
    }

    @Test
    void timeDecayAtANonDefaultHalfLife() {
        workedExample();
        // H = 24 h: weights 2^(−30), 2^(−7), 1 → 0.0000009241, 7.7519379773, 992.2480610986
        var attribution = attribution("TIME_DECAY");
        attribution.put("halfLifeHours", 24);
        var rows = byChannel(GraphQL.ok(REPORT, "attribution", attribution));
        assertEquals("0.00", revenue(rows, "LinkedIn"));
        assertEquals("7.75", revenue(rows, "Facebook"));
        assertEquals("992.25", revenue(rows, "Email"));
    }

    @Test
    void jShapedAndInverseJShapedPositions() {
        workedExample();
        var j = attribution("POSITION_BASED");
        j.put("firstWeight", "0.2");
        j.put("lastWeight", "0.6");
        var rows = byChannel(GraphQL.ok(REPORT, "attribution", j));
        assertEquals("200.00", revenue(rows, "LinkedIn"));
        assertEquals("200.00", revenue(rows, "Facebook"));
        assertEquals("600.00", revenue(rows, "Email"));
        var inverse = attribution("POSITION_BASED");
        inverse.put("firstWeight", "0.6");
        inverse.put("lastWeight", "0.2");
        rows = byChannel(GraphQL.ok(REPORT, "attribution", inverse));
        assertEquals("600.00", revenue(rows, "LinkedIn"));
        assertEquals("200.00", revenue(rows, "Facebook"));
        assertEquals("200.00", revenue(rows, "Email"));
    }

    /**
     * Q: t1 LinkedIn 03-01, t2 Facebook 03-05, LEAD 03-06, t3 Email 03-10, t4 Facebook 03-15, OPPORTUNITY 03-16,
     * t5 LinkedIn 03-20, SALE 1000.00 on 03-25. tFirst = t1, tLead = t2, tOpp = t4, tLast = t5, t3 is the only
     * touch that is no milestone.
     */
    void milestonePath() {
        TestData.recordTouchpoints(List.of(
                touch("Q", "2026-03-01T10:00:00Z", linkedIn, spring),
                touch("Q", "2026-03-05T10:00:00Z", facebook, spring),
                touch("Q", "2026-03-10T10:00:00Z", email, nurture),
                touch("Q", "2026-03-15T10:00:00Z", facebook, spring),
                touch("Q", "2026-03-20T10:00:00Z", linkedIn, nurture)));
        TestData.recordConversions(List.of(
                Map.of("personKey", "Q", "occurredAt", "2026-03-06T10:00:00Z", "type", "LEAD"),
                Map.of("personKey", "Q", "occurredAt", "2026-03-16T10:00:00Z", "type", "OPPORTUNITY"),
                sale("Q", "2026-03-25T10:00:00Z", "1000.00")));
    }

    @Test
    void wShapedCreditsFirstLeadAndOpportunityTouches() {
        milestonePath();
        // t1 300, t2 300, t3 100 (the only non-milestone), t4 300, t5 0 → LinkedIn 300, Facebook 600, Email 100
        JsonPath result = GraphQL.ok(REPORT, "attribution", attribution("W_SHAPED"), "types", List.of("SALE"));
        var rows = byChannel(result);
        assertEquals("300.00", revenue(rows, "LinkedIn"));
        assertEquals("600.00", revenue(rows, "Facebook"));
        assertEquals("100.00", revenue(rows, "Email"));
        // Spring: t1 + t2 + t4 = 900; Nurture: t3 + t5 = 100
        assertEquals(List.of("900.00", "100.00"), result.getList("campaigns.nodes.attributedRevenue.amount"));
        assertEquals(List.of("300.00", "300.00", "100.00", "300.00", "0.00"),
                result.getList("conversions.nodes[0].credits.revenue.amount"));
    }

    @Test
    void fullPathCreditsTheLastTouchToo() {
        milestonePath();
        // t1 225, t2 225, t3 100, t4 225, t5 225 → LinkedIn 450, Facebook 450, Email 100
        JsonPath result = GraphQL.ok(REPORT, "attribution", attribution("FULL_PATH"), "types", List.of("SALE"));
        var rows = byChannel(result);
        assertEquals("450.00", revenue(rows, "LinkedIn"));
        assertEquals("450.00", revenue(rows, "Facebook"));
        assertEquals("100.00", revenue(rows, "Email"));
        assertEquals(List.of("225.00", "225.00", "100.00", "225.00", "225.00"),
                result.getList("conversions.nodes[0].credits.revenue.amount"));
    }

    @Test
    void aLeadAfterTheConversionIsNoMilestone() {
        TestData.recordTouchpoints(List.of(
                touch("R", "2026-03-01T10:00:00Z", linkedIn, spring),
                touch("R", "2026-03-05T10:00:00Z", facebook, spring),
                touch("R", "2026-03-10T10:00:00Z", email, nurture)));
        TestData.recordConversions(List.of(
                sale("R", "2026-03-12T10:00:00Z", "1000.00"),
                Map.of("personKey", "R", "occurredAt", "2026-03-20T10:00:00Z", "type", "LEAD")));
        // the LEAD is after T: like no LEAD at all → LinkedIn 300, Facebook 100, Email 600
        var rows = byChannel(GraphQL.ok(REPORT, "attribution", attribution("W_SHAPED"), "types", List.of("SALE")));
        assertEquals("300.00", revenue(rows, "LinkedIn"));
        assertEquals("100.00", revenue(rows, "Facebook"));
        assertEquals("600.00", revenue(rows, "Email"));
    }
}
