package io.socialroi.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.common.GlobalId;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Corrections of touchpoints and conversions over GraphQL: a conversion's revenue, deletes of conversions and of
 * touchpoints (by externalIds, by person and time range), each followed by the channel report under the default
 * LAST_TOUCH over 30 days (read from the stored credits), and every bad input a userError that changes nothing.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CorrectionsGraphQLTest {

    static final String UPDATE = """
            mutation($i: UpdateConversionInput!) { updateConversion(input: $i) {
              conversion { id externalId revenue { amount currencyCode } } userErrors { field code message } } }""";
    static final String DELETE_CONVERSIONS = """
            mutation($i: DeleteConversionsInput!) { deleteConversions(input: $i) { deleted userErrors { field code message } } }""";
    static final String DELETE_TOUCHPOINTS = """
            mutation($i: DeleteTouchpointsInput!) { deleteTouchpoints(input: $i) { deleted userErrors { field code message } } }""";
    static final String REPORT = "{ channelPerformance { channel { name } attributedRevenue { amount } } }";

    @Inject
    TestData data;

    String social;
    String email;

    @BeforeEach
    void setUp() {
        data.reset();
        social = TestData.createChannel("Social", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
        TestData.recordTouchpoints(List.of(
                touch("p1", "2026-03-01T10:00:00Z", social, "t-1"),
                touch("p1", "2026-03-10T10:00:00Z", email, "t-2"),
                touch("p2", "2026-03-05T10:00:00Z", social, "t-3")));
        TestData.recordConversions(List.of(
                conversion("p1", "2026-03-12T10:00:00Z", "1000.00", "c-1"),
                conversion("p2", "2026-03-06T10:00:00Z", "300.00", "c-2")));
    }

    static Map<String, Object> touch(String person, String at, String channel, String externalId) {
        Map<String, Object> touch = TestData.touch(person, at, channel, null);
        touch.put("externalId", externalId);
        return touch;
    }

    static Map<String, Object> conversion(String person, String at, String amount, String externalId) {
        Map<String, Object> sale = TestData.sale(person, at, amount);
        sale.put("externalId", externalId);
        return sale;
    }

    /** Each channel's attributed revenue. */
    static Map<String, String> revenueByChannel() {
        Map<String, String> revenue = new TreeMap<>();
        List<Map<String, Object>> rows = GraphQL.ok(REPORT).getList("channelPerformance");
        rows.forEach(r -> revenue.put((String) ((Map<?, ?>) r.get("channel")).get("name"),
                (String) ((Map<?, ?>) r.get("attributedRevenue")).get("amount")));
        return revenue;
    }

    static List<Map<String, Object>> errors(JsonPath response, String mutation) {
        assertNull(response.get("errors"), response.prettify());
        return response.getList("data." + mutation + ".userErrors");
    }

    static Map<String, Object> error(List<String> field, String code, String message) {
        return Map.of("field", field, "code", code, "message", message);
    }

    @Test
    void aRefundAndACorrectedAmountAreCreditedAtOnce() {
        // last touch: p1's 1000.00 to Email (03-10), p2's 300.00 to Social
        assertEquals(Map.of("Email", "1000.00", "Social", "300.00"), revenueByChannel());
        JsonPath refund = GraphQL.ok(UPDATE, "i", Map.of("externalId", "c-1", "revenue", Map.of("amount", "250.00", "currencyCode", "EUR")));
        assertEquals(Map.of("amount", "250.00", "currencyCode", "EUR"), refund.getMap("updateConversion.conversion.revenue"));
        assertEquals(Map.of("Email", "250.00", "Social", "300.00"), revenueByChannel());
        // by id, in another currency: 100.00 USD at 0.90 = 90.00 EUR
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        String id = refund.getString("updateConversion.conversion.id");
        GraphQL.ok(UPDATE, "i", Map.of("id", id, "revenue", Map.of("amount", "100.00", "currencyCode", "USD")));
        assertEquals(Map.of("Email", "90.00", "Social", "300.00"), revenueByChannel());
        // a full refund
        GraphQL.ok(UPDATE, "i", Map.of("id", id, "revenue", Map.of("amount", "0", "currencyCode", "EUR")));
        assertEquals(Map.of("Email", "0.00", "Social", "300.00"), revenueByChannel());
        // its stored credits (two touches: Social 0, Email the revenue) sum to the new revenue
        assertEquals("0.0000000000", data.scalar("select sum(revenue_credit) from attribution_credit c"
                + " join conversion v on v.id = c.conversion_id where v.external_id = 'c-1'"));
    }

    @Test
    void badConversionUpdatesAreUserErrors() {
        Map<String, String> before = data.fingerprint();
        String unknown = GlobalId.encode("Conversion", 999_999);
        Map<String, Object> eur = Map.of("amount", "1.00", "currencyCode", "EUR");
        assertEquals(List.of(error(List.of("input", "id"), "NOT_FOUND", "No conversion with ID " + unknown + ".")),
                errors(GraphQL.post(UPDATE, "i", Map.of("id", unknown, "revenue", eur)), "updateConversion"));
        assertEquals(List.of(error(List.of("input", "externalId"), "NOT_FOUND", "No conversion with externalId \"c-9\".")),
                errors(GraphQL.post(UPDATE, "i", Map.of("externalId", "c-9", "revenue", eur)), "updateConversion"));
        assertEquals(List.of(error(List.of("input", "id"), "REQUIRED", "Give id or externalId.")),
                errors(GraphQL.post(UPDATE, "i", Map.of("revenue", eur)), "updateConversion"));
        assertEquals(List.of(error(List.of("input", "revenue", "currencyCode"), "INVALID_CURRENCY", "\"EURO\" is not an ISO 4217 currency code (such as EUR, USD, IDR)."),
                error(List.of("input", "revenue", "amount"), "NEGATIVE_AMOUNT", "Must not be negative (got -5).")),
                errors(GraphQL.post(UPDATE, "i", Map.of("externalId", "c-1", "revenue",
                        Map.of("amount", "-5", "currencyCode", "EURO"))), "updateConversion"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void deletingConversionsByIdsAndExternalIds() {
        String id = GraphQL.ok("{ conversions(first: 5, filter: {personKey: \"p2\"}) { nodes { id } } }")
                .getString("conversions.nodes[0].id");
        Map<String, String> before = data.fingerprint();
        String unknown = GlobalId.encode("Conversion", 999_999);
        assertEquals(List.of(error(List.of("input", "ids", "1"), "INVALID_ID", "\"x\" is not a conversion ID."),
                error(List.of("input", "ids", "0"), "NOT_FOUND", "No conversion with ID " + unknown + "."),
                error(List.of("input", "externalIds", "1"), "NOT_FOUND", "No conversion with externalId \"c-9\".")),
                (errors(GraphQL.post(DELETE_CONVERSIONS, "i", Map.of("ids", List.of(unknown, "x"),
                        "externalIds", List.of("c-1", "c-9"))), "deleteConversions")));
        assertEquals(List.of(error(List.of("input", "ids"), "REQUIRED", "Give the ids or externalIds of the conversions to delete.")),
                errors(GraphQL.post(DELETE_CONVERSIONS, "i", Map.of("ids", List.of())), "deleteConversions"));
        assertEquals(before, data.fingerprint());

        assertEquals(2, GraphQL.ok(DELETE_CONVERSIONS, "i", Map.of("ids", List.of(id), "externalIds", List.of("c-1")))
                .getInt("deleteConversions.deleted"));
        assertEquals(Map.of("Email", "0.00", "Social", "0.00"), revenueByChannel());
        assertEquals(0, data.count("conversion"));
        assertEquals(0, data.count("attribution_credit"));
        assertEquals(3, data.count("touchpoint"));
    }

    @Test
    void deletingTouchpointsByExternalIdsMovesTheCreditsToThePathsNewLastTouch() {
        assertEquals(1, GraphQL.ok(DELETE_TOUCHPOINTS, "i", Map.of("externalIds", List.of("t-2")))
                .getInt("deleteTouchpoints.deleted"));
        // p1's path is Social (03-01) alone now: 1000.00 + 300.00 to Social
        assertEquals(Map.of("Email", "0.00", "Social", "1300.00"), revenueByChannel());
        assertEquals(2, data.count("touchpoint"));
    }

    @Test
    void deletingAPersonsTouchpointsInATimeRange() {
        // from inclusive, to exclusive: p1's touch at 03-01 10:00 goes, the one at 03-10 stays, p2's is another person
        JsonPath deleted = GraphQL.ok(DELETE_TOUCHPOINTS, "i", Map.of("personKey", " p1 ", "from", "2026-03-01T10:00:00Z",
                "to", "2026-03-10T10:00:00Z"));
        assertEquals(1, deleted.getInt("deleteTouchpoints.deleted"));
        assertEquals("t-2,t-3", data.scalar("select string_agg(external_id, ',' order by external_id) from touchpoint"));
        assertEquals(Map.of("Email", "1000.00", "Social", "300.00"), revenueByChannel());
        // then the rest of p1's: the sale has no path and no recorded source, so no channel is credited
        assertEquals(1, GraphQL.ok(DELETE_TOUCHPOINTS, "i", Map.of("personKey", "p1", "from", "2026-01-01T00:00:00Z",
                "to", "2026-12-31T00:00:00Z")).getInt("deleteTouchpoints.deleted"));
        assertEquals(Map.of("Email", "0.00", "Social", "300.00"), revenueByChannel());
        // a range without touchpoints deletes none, and is no error
        assertEquals(0, GraphQL.ok(DELETE_TOUCHPOINTS, "i", Map.of("personKey", "p1", "from", "2026-01-01T00:00:00Z",
                "to", "2026-12-31T00:00:00Z")).getInt("deleteTouchpoints.deleted"));
    }

    @Test
    void badTouchpointDeletesAreUserErrors() {
        Map<String, String> before = data.fingerprint();
        assertEquals(List.of(error(List.of("input", "externalIds", "1"), "NOT_FOUND", "No touchpoint with externalId \"t-9\".")),
                errors(GraphQL.post(DELETE_TOUCHPOINTS, "i", Map.of("externalIds", List.of("t-1", "t-9"))), "deleteTouchpoints"));
        assertEquals(List.of(error(List.of("input", "externalIds"), "INVALID_VALUE",
                "Give externalIds, or personKey with from and to, not both.")), errors(GraphQL.post(DELETE_TOUCHPOINTS, "i",
                        Map.of("externalIds", List.of("t-1"), "personKey", "p1")), "deleteTouchpoints"));
        assertEquals(List.of(error(List.of("input", "externalIds"), "REQUIRED", "Give the externalIds of the touchpoints to delete.")),
                errors(GraphQL.post(DELETE_TOUCHPOINTS, "i", Map.of("externalIds", List.of())), "deleteTouchpoints"));
        assertEquals(List.of(error(List.of("input", "personKey"), "REQUIRED", "personKey identifies the person; it cannot be blank."),
                error(List.of("input", "from"), "REQUIRED", "from goes with personKey: the first instant to delete."),
                error(List.of("input", "to"), "REQUIRED", "to goes with personKey: the instant after the last to delete.")),
                errors(GraphQL.post(DELETE_TOUCHPOINTS, "i", Map.of()), "deleteTouchpoints"));
        assertEquals(List.of(error(List.of("input", "to"), "END_BEFORE_START", "to must come after from.")),
                errors(GraphQL.post(DELETE_TOUCHPOINTS, "i", Map.of("personKey", "p1", "from", "2026-03-10T00:00:00Z",
                        "to", "2026-03-01T00:00:00Z")), "deleteTouchpoints"));
        assertEquals(List.of(error(List.of("input", "from"), "INVALID_DATE",
                "\"2026-03-01\" is not a date-time with an offset such as 2026-03-31T12:00:00Z.")),
                errors(GraphQL.post(DELETE_TOUCHPOINTS, "i", Map.of("personKey", "p1", "from", "2026-03-01",
                        "to", "2026-03-02T00:00:00Z")), "deleteTouchpoints"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void aViewerCannotCorrectTrackingData() {
        GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                "i", Map.of("subject", "viewer@social-roi.test", "role", "VIEWER"));
        Map<String, String> before = data.fingerprint();
        GraphQL.Caller viewer = GraphQL.as("viewer@social-roi.test");
        for (JsonPath response : List.of(
                viewer.post(UPDATE, "i", Map.of("externalId", "c-1", "revenue", Map.of("amount", "1", "currencyCode", "EUR"))),
                viewer.post(DELETE_CONVERSIONS, "i", Map.of("externalIds", List.of("c-1"))),
                viewer.post(DELETE_TOUCHPOINTS, "i", Map.of("externalIds", List.of("t-1"))))) {
            assertEquals(List.of("FORBIDDEN"), response.getList("errors.extensions.code"), response.prettify());
        }
        assertEquals(before, data.fingerprint());
    }
}
