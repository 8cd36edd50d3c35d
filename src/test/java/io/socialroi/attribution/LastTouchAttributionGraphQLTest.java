package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** LAST_TOUCH through GraphQL, against docs/attribution.md's worked example and its edges. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class LastTouchAttributionGraphQLTest {

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String email;
    String spring;
    String nurture;

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL", "fb");
        email = TestData.createChannel("Email", "EMAIL");
        spring = TestData.createCampaign("Spring", "spring", "2026-03-01", linkedIn, facebook);
        nurture = TestData.createCampaign("Nurture", "nurture", "2026-03-01", email);
    }

    static Map<String, Object> touch(String person, String at, String channelId, String campaignId) {
        return TestData.touch(person, at, channelId, campaignId);
    }

    static Map<String, Object> sale(String person, String at, String amount) {
        return TestData.sale(person, at, amount);
    }

    static final String CHANNEL_PERFORMANCE = """
            query($attribution: AttributionInput) {
              channelPerformance(attribution: $attribution) {
                channel { name } attributedRevenue { amount currencyCode } conversions assistedConversions
              }
              attributionSummary(attribution: $attribution) {
                conversions revenue { amount } unattributedConversions unattributedRevenue { amount }
                withoutChannelConversions withoutChannelRevenue { amount }
              }
            }""";

    /** channelPerformance rows by channel name. */
    static Map<String, Map<String, Object>> byChannel(JsonPath data) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        List<Map<String, Object>> list = data.getList("channelPerformance");
        for (Map<String, Object> row : list) {
            rows.put((String) ((Map<?, ?>) row.get("channel")).get("name"), row);
        }
        return rows;
    }

    static String revenue(Map<String, Map<String, Object>> rows, String channel) {
        return (String) ((Map<?, ?>) rows.get(channel).get("attributedRevenue")).get("amount");
    }

    @Test
    void workedExampleGivesEverythingToTheLastTouch() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture)));
        TestData.recordConversions(List.of(sale("P1", "2026-03-31T12:00:00Z", "1000.00")));

        JsonPath result = GraphQL.ok(CHANNEL_PERFORMANCE, "attribution", Map.of("model", "LAST_TOUCH", "lookbackDays", 30));
        var rows = byChannel(result);
        assertEquals("0.00", revenue(rows, "LinkedIn"));
        assertEquals("0.00", revenue(rows, "Facebook"));
        assertEquals("1000.00", revenue(rows, "Email"));
        assertEquals("EUR", ((Map<?, ?>) rows.get("Email").get("attributedRevenue")).get("currencyCode"));
        assertEquals("1.00", rows.get("Email").get("conversions"));
        assertEquals("0.00", rows.get("LinkedIn").get("conversions"));
        // docs/attribution.md: Facebook 1 assisted conversion, LinkedIn 1, Email 0
        assertEquals(1, rows.get("Facebook").get("assistedConversions"));
        assertEquals(1, rows.get("LinkedIn").get("assistedConversions"));
        assertEquals(0, rows.get("Email").get("assistedConversions"));

        JsonPath campaigns = GraphQL.ok("""
                { campaigns { nodes { name attributedRevenue { amount } conversions } } }""");
        assertEquals(List.of("Spring", "Nurture"), campaigns.getList("campaigns.nodes.name"));
        assertEquals(List.of("0.00", "1000.00"), campaigns.getList("campaigns.nodes.attributedRevenue.amount"));
        assertEquals(List.of("0.00", "1.00"), campaigns.getList("campaigns.nodes.conversions"));
    }

    @Test
    void windowIncludesExactlyThirtyDaysBeforeAndNothingAfterTheConversion() {
        TestData.recordTouchpoints(List.of(
                touch("A", "2026-03-01T12:00:00Z", linkedIn, spring),   // exactly T − 30 days: counts
                touch("B", "2026-03-01T11:59:59Z", facebook, spring),   // one second earlier: outside
                touch("C", "2026-03-31T12:00:01Z", email, nurture)));   // one second after T: never
        TestData.recordConversions(List.of(
                sale("A", "2026-03-31T12:00:00Z", "100.00"),
                sale("B", "2026-03-31T12:00:00Z", "200.00"),
                sale("C", "2026-03-31T12:00:00Z", "400.00")));

        JsonPath result = GraphQL.ok(CHANNEL_PERFORMANCE, "attribution", Map.of("lookbackDays", 30));
        var rows = byChannel(result);
        assertEquals("100.00", revenue(rows, "LinkedIn"));
        assertEquals("0.00", revenue(rows, "Facebook"));
        assertEquals("0.00", revenue(rows, "Email"));
        assertEquals(3, result.getInt("attributionSummary.conversions"));
        assertEquals("700.00", result.getString("attributionSummary.revenue.amount"));
        assertEquals(2, result.getInt("attributionSummary.unattributedConversions"));
        assertEquals("600.00", result.getString("attributionSummary.unattributedRevenue.amount"));

        // A longer window takes B's touch in; C's touch, after the conversion, still never counts.
        var wider = byChannel(GraphQL.ok(CHANNEL_PERFORMANCE, "attribution", Map.of("lookbackDays", 31)));
        assertEquals("200.00", revenue(wider, "Facebook"));
        assertEquals("0.00", revenue(wider, "Email"));
    }

    @Test
    void simultaneousTouchesAreOrderedByIdSoTheLaterRecordedOneIsLast() {
        TestData.recordTouchpoints(List.of(
                touch("D", "2026-03-30T09:00:00Z", facebook, spring),
                touch("D", "2026-03-30T09:00:00Z", linkedIn, spring),
                touch("E", "2026-03-30T09:00:00Z", linkedIn, spring),
                touch("E", "2026-03-30T09:00:00Z", facebook, spring)));
        TestData.recordConversions(List.of(
                sale("D", "2026-03-31T12:00:00Z", "10.00"),
                sale("E", "2026-03-31T12:00:00Z", "20.00")));

        var rows = byChannel(GraphQL.ok(CHANNEL_PERFORMANCE, "attribution", Map.of()));
        assertEquals("10.00", revenue(rows, "LinkedIn"));
        assertEquals("20.00", revenue(rows, "Facebook"));
        assertEquals(1, rows.get("LinkedIn").get("assistedConversions"));
        assertEquals(1, rows.get("Facebook").get("assistedConversions"));
    }

    @Test
    void explicitSourceCountsOnlyWhenThePathIsEmpty() {
        TestData.recordTouchpoints(List.of(touch("G", "2026-03-30T09:00:00Z", email, nurture)));
        Map<String, Object> crmDeal = sale("F", "2026-03-31T12:00:00Z", "300.00"); // no touchpoints at all
        crmDeal.put("campaignId", spring);
        crmDeal.put("channelId", facebook);
        Map<String, Object> dealWithPath = sale("G", "2026-03-31T12:00:00Z", "50.00"); // touched by Email
        dealWithPath.put("campaignId", spring);
        dealWithPath.put("channelId", facebook);
        Map<String, Object> campaignOnly = sale("H", "2026-03-31T12:00:00Z", "7.00");
        campaignOnly.put("campaignId", spring);
        TestData.recordConversions(List.of(crmDeal, dealWithPath, campaignOnly));

        JsonPath result = GraphQL.ok(CHANNEL_PERFORMANCE, "attribution", Map.of());
        var rows = byChannel(result);
        assertEquals("300.00", revenue(rows, "Facebook"));
        assertEquals("50.00", revenue(rows, "Email"));
        assertEquals(0, result.getInt("attributionSummary.unattributedConversions"));
        assertEquals(1, result.getInt("attributionSummary.withoutChannelConversions"));
        assertEquals("7.00", result.getString("attributionSummary.withoutChannelRevenue.amount"));

        JsonPath campaigns = GraphQL.ok("{ campaigns { nodes { name attributedRevenue { amount } } } }");
        assertEquals(List.of("307.00", "50.00"), campaigns.getList("campaigns.nodes.attributedRevenue.amount"));
    }

    @Test
    void conversionTypesSelectWhichConversionsAReportCounts() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture)));
        TestData.recordConversions(List.of(
                Map.of("personKey", "P1", "occurredAt", "2026-03-24T13:00:00Z", "type", "LEAD"), // last touch: Facebook, Spring
                sale("P1", "2026-03-31T12:00:00Z", "1000.00")));                             // last touch: Email, Nurture
        String query = """
                query($types: [ConversionType!]) {
                  campaigns { nodes { name conversions(conversionTypes: $types) attributedRevenue(conversionTypes: $types) { amount }
                                      roi(conversionTypes: $types) { revenue { amount } } } }
                  channelPerformance(conversionTypes: $types) { channel { name } conversions }
                }""";
        JsonPath sales = GraphQL.ok(query, "types", List.of("SALE"));
        assertEquals(List.of("0.00", "1.00"), sales.getList("campaigns.nodes.conversions"));
        assertEquals(List.of("0.00", "1000.00"), sales.getList("campaigns.nodes.roi.revenue.amount"));
        JsonPath leads = GraphQL.ok(query, "types", List.of("LEAD"));
        assertEquals(List.of("1.00", "0.00"), leads.getList("campaigns.nodes.conversions"));
        assertEquals(List.of("0.00", "0.00"), leads.getList("campaigns.nodes.attributedRevenue.amount"));
        assertEquals(List.of("Email", "Facebook", "LinkedIn"), leads.getList("channelPerformance.channel.name"));
        assertEquals(List.of("0.00", "1.00", "0.00"), leads.getList("channelPerformance.conversions"));
        JsonPath all = GraphQL.ok(query, "types", null);
        assertEquals(List.of("1.00", "1.00"), all.getList("campaigns.nodes.conversions"));
        assertEquals(List.of("1.00", "1.00", "0.00"), all.getList("channelPerformance.conversions"));
    }

    static final String EXPLAIN = """
            query($attribution: AttributionInput) {
              conversions(first: 10) {
                totalCount
                nodes {
                  personKey revenue { amount currencyCode }
                  path { channel { name } occurredAt }
                  credits(attribution: $attribution) {
                    touchpoint { channel { name } } channel { name } campaign { name } revenue { amount } conversions
                  }
                }
              }
            }""";

    @Test
    void aConversionIsExplainedDownToTheTouchpoint() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture),
                touch("P1", "2026-03-31T12:00:01Z", facebook, spring))); // after T: not in the path
        Map<String, Object> crmDeal = sale("F", "2026-03-31T12:00:00Z", "300.00");
        crmDeal.put("channelId", facebook);
        TestData.recordConversions(List.of(sale("P1", "2026-03-31T12:00:00Z", "1000.00"), crmDeal,
                sale("U", "2026-03-31T12:00:00Z", "5.00")));

        JsonPath result = GraphQL.ok(EXPLAIN, "attribution", Map.of("lookbackDays", 30));
        assertEquals(3, result.getInt("conversions.totalCount"));
        assertEquals(List.of("LinkedIn", "Facebook", "Email"), result.getList("conversions.nodes[0].path.channel.name"));
        assertEquals(List.of("2026-03-01T12:00:00Z", "2026-03-24T12:00:00Z", "2026-03-31T12:00:00Z"),
                result.getList("conversions.nodes[0].path.occurredAt"));
        // one credit per touch of the path, in path order: all of it to the last
        assertEquals(List.of("LinkedIn", "Facebook", "Email"), result.getList("conversions.nodes[0].credits.touchpoint.channel.name"));
        assertEquals(List.of("Spring", "Spring", "Nurture"), result.getList("conversions.nodes[0].credits.campaign.name"));
        assertEquals(List.of("0.00", "0.00", "1000.00"), result.getList("conversions.nodes[0].credits.revenue.amount"));
        assertEquals(List.of("0", "0", "1"), result.getList("conversions.nodes[0].credits.conversions"));
        // The CRM deal with a known source and no touchpoints: one credit to its source, no touchpoint.
        assertEquals(List.of(), result.getList("conversions.nodes[1].path"));
        assertTrue(result.get("conversions.nodes[1].credits[0].touchpoint") == null);
        assertEquals("Facebook", result.getString("conversions.nodes[1].credits[0].channel.name"));
        assertEquals("300.00", result.getString("conversions.nodes[1].credits[0].revenue.amount"));
        // Unattributed: no credits at all, never a silent guess.
        assertEquals(List.of(), result.getList("conversions.nodes[2].credits"));
        // A shorter window leaves LinkedIn (30 days before) out of the path.
        JsonPath shorter = GraphQL.ok("""
                { conversions(first: 1) { nodes { path(lookbackDays: 29) { channel { name } } } } }""");
        assertEquals(List.of("Facebook", "Email"), shorter.getList("conversions.nodes[0].path.channel.name"));
    }

    @Test
    void positionWeightsThatDoNotFitInOneAreABadArgumentNotANumber() {
        JsonPath response = GraphQL.post(CHANNEL_PERFORMANCE, "attribution",
                Map.of("model", "POSITION_BASED", "firstWeight", "0.7", "lastWeight", "0.4"));
        assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("firstWeight"), response.prettify());
        assertTrue(response.get("data") == null, response.prettify());
    }

    @Test
    void lookbackOutsideOneTo365IsABadArgument() {
        JsonPath response = GraphQL.post(CHANNEL_PERFORMANCE, "attribution", Map.of("lookbackDays", 366));
        assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("lookbackDays"), response.prettify());
    }
}
