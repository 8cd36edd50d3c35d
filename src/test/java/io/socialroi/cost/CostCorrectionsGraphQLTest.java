package io.socialroi.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Correcting costs: updateCost and deleteCost by id or externalId, and the batch recordCosts; every bad input a
 * userError at its path with nothing changed, and the campaign's ROI following each correction (values by hand).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CostCorrectionsGraphQLTest {

    static final String UPDATE = """
            mutation($i: UpdateCostInput!) {
              updateCost(input: $i) {
                costEntry { id campaignId channelId category amount { amount currencyCode } incurredOn hours
                  hourlyRate { amount } description externalId }
                userErrors { field code message }
              }
            }""";
    static final String DELETE = """
            mutation($i: DeleteCostInput!) { deleteCost(input: $i) { deletedCostEntryId userErrors { field code message } } }""";
    static final String RECORD_ALL = """
            mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted duplicates userErrors { field code message } } }""";
    static final String ROI = """
            query($id: ID!) { campaign(id: $id) { totalCost { amount } roi { cost { amount } revenue { amount }
              netReturn { amount } percent } } }""";

    @Inject
    TestData data;

    String channel;
    String campaign;
    String other;

    @BeforeEach
    void setUp() {
        data.reset();
        channel = TestData.createChannel("Instagram", "SOCIAL");
        campaign = TestData.createCampaign("Launch", null, "2026-01-01", channel);
        other = TestData.createCampaign("Retargeting", null, "2026-01-01", channel);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
    }

    static Map<String, Object> cost(String campaignId, String amount, String currency, String on, String externalId) {
        Map<String, Object> cost = new HashMap<>(Map.of("campaignId", campaignId, "category", "AD_SPEND",
                "amount", Map.of("amount", amount, "currencyCode", currency), "incurredOn", on));
        if (externalId != null) {
            cost.put("externalId", externalId);
        }
        return cost;
    }

    String record(Map<String, Object> cost) {
        JsonPath recorded = GraphQL.ok("mutation($i: RecordCostInput!) { recordCost(input: $i) { costEntry { id } userErrors { code } } }",
                "i", cost);
        assertEquals(List.of(), recorded.getList("recordCost.userErrors"));
        return recorded.getString("recordCost.costEntry.id");
    }

    static List<Map<String, Object>> errors(JsonPath response, String mutation) {
        assertNull(response.get("errors"), response.prettify());
        return response.getList("data." + mutation + ".userErrors");
    }

    static Map<String, Object> error(List<String> field, String code, String message) {
        return Map.of("field", field, "code", code, "message", message);
    }

    String costs() {
        return data.scalar("select string_agg(campaign_id || ':' || coalesce(channel_id::text, '-') || ':' || category"
                + " || ':' || amount || ' ' || currency || ':' || incurred_on || ':' || coalesce(external_id, '-'), ', '"
                + " order by id) from cost_entry");
    }

    @Test
    void aCostUpdatedAndARefundChangeTheCampaignsRoi() {
        record(cost(campaign, "400.00", "EUR", "2026-03-01", "meta-0301"));
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-02T10:00:00Z", channel, campaign)));
        Map<String, Object> sale = TestData.sale("p1", "2026-03-03T10:00:00Z", "1000.00");
        sale.put("externalId", "deal-1");
        TestData.recordConversions(List.of(sale));
        // before: cost 400.00, revenue 1000.00, net 600.00, (1000 − 400) × 100 / 400 = 150.00 %
        JsonPath before = GraphQL.ok(ROI, "id", campaign);
        assertEquals(List.of("400.00", "1000.00", "600.00", "150.00"), roi(before));

        // Meta restates the day: 500.00 USD at 0.90 = 450.00 EUR
        JsonPath updated = GraphQL.ok(UPDATE, "i", Map.of("externalId", "meta-0301",
                "amount", Map.of("amount", "500.00", "currencyCode", "USD")));
        assertEquals(List.of(), updated.getList("updateCost.userErrors"));
        assertEquals(Map.of("amount", "500.00", "currencyCode", "USD"), updated.getMap("updateCost.costEntry.amount"));
        assertEquals("2026-03-01", updated.getString("updateCost.costEntry.incurredOn"));
        assertEquals("meta-0301", updated.getString("updateCost.costEntry.externalId"));
        // cost 450.00, net 550.00, 550 × 100 / 450 = 122.222… → 122.22 %
        assertEquals(List.of("450.00", "1000.00", "550.00", "122.22"), roi(GraphQL.ok(ROI, "id", campaign)));

        // the customer gets 400.00 back: the deal now brought 600.00; net 150.00, 150 × 100 / 450 = 33.333… → 33.33 %
        JsonPath refunded = GraphQL.ok("""
                mutation($i: UpdateConversionInput!) { updateConversion(input: $i) {
                  conversion { revenue { amount currencyCode } } userErrors { code } } }""",
                "i", Map.of("externalId", "deal-1", "revenue", Map.of("amount", "600.00", "currencyCode", "EUR")));
        assertEquals(List.of(), refunded.getList("updateConversion.userErrors"));
        assertEquals("600.00", refunded.getString("updateConversion.conversion.revenue.amount"));
        assertEquals(List.of("450.00", "600.00", "150.00", "33.33"), roi(GraphQL.ok(ROI, "id", campaign)));

        // and the cost deleted: no cost, ROI undefined, revenue stays
        JsonPath deleted = GraphQL.ok(DELETE, "i", Map.of("externalId", "meta-0301"));
        assertEquals(List.of(), deleted.getList("deleteCost.userErrors"));
        assertEquals("0.00", GraphQL.ok(ROI, "id", campaign).getString("campaign.totalCost.amount"));
        assertNull(GraphQL.ok(ROI, "id", campaign).get("campaign.roi.percent"));
        assertEquals(0, data.count("cost_entry"));
    }

    static List<Object> roi(JsonPath response) {
        return List.of(response.getString("campaign.roi.cost.amount"), response.getString("campaign.roi.revenue.amount"),
                response.getString("campaign.roi.netReturn.amount"), response.getString("campaign.roi.percent"));
    }

    @Test
    void updateChangesOnlyTheFieldsGivenAndMovesACostToAnotherCampaign() {
        String id = record(cost(campaign, "100.00", "EUR", "2026-03-01", null));
        JsonPath updated = GraphQL.ok(UPDATE, "i", Map.of("id", id, "campaignId", other, "channelId", channel,
                "incurredOn", "2026-03-05", "description", "  boosted post  "));
        assertEquals(List.of(), updated.getList("updateCost.userErrors"));
        assertEquals(id, updated.getString("updateCost.costEntry.id"));
        assertEquals(other, updated.getString("updateCost.costEntry.campaignId"));
        assertEquals("boosted post", updated.getString("updateCost.costEntry.description"));
        assertEquals("0.00", GraphQL.ok(ROI, "id", campaign).getString("campaign.totalCost.amount"));
        assertEquals("100.00", GraphQL.ok(ROI, "id", other).getString("campaign.totalCost.amount"));
        assertEquals(databaseId(other) + ":" + databaseId(channel) + ":AD_SPEND:100.00 EUR:2026-03-05:-", costs());

        // labor by hours: 12.5 h × 40.00 = 500.00 (category first, then the hours with the rate)
        updated = GraphQL.ok(UPDATE, "i", Map.of("id", id, "category", "LABOR", "hours", "12.5",
                "hourlyRate", Map.of("amount", "40.00", "currencyCode", "EUR")));
        assertEquals(List.of(), updated.getList("updateCost.userErrors"));
        assertEquals("500.000", updated.getString("updateCost.costEntry.amount.amount").substring(0, 7));
        assertEquals("12.5", updated.getString("updateCost.costEntry.hours"));
        // only the rate changes: 12.5 h × 48.00 = 600.00, the hours kept
        updated = GraphQL.ok(UPDATE, "i", Map.of("id", id, "hourlyRate", Map.of("amount", "48.00", "currencyCode", "EUR")));
        assertEquals(List.of(), updated.getList("updateCost.userErrors"));
        assertEquals("600.00", GraphQL.ok(ROI, "id", other).getString("campaign.totalCost.amount"));
        // back to an amount: hours and rate go
        updated = GraphQL.ok(UPDATE, "i", Map.of("id", id, "category", "TOOLS", "amount", Map.of("amount", "75.00", "currencyCode", "EUR")));
        assertEquals(List.of(), updated.getList("updateCost.userErrors"));
        assertNull(updated.get("updateCost.costEntry.hours"));
        assertNull(updated.get("updateCost.costEntry.hourlyRate"));
        assertEquals("75.00", GraphQL.ok(ROI, "id", other).getString("campaign.totalCost.amount"));
    }

    static long databaseId(String globalId) {
        return GlobalId.decode(globalId).orElseThrow().id();
    }

    @Test
    void badUpdatesAreUserErrorsAndChangeNothing() {
        String id = record(cost(campaign, "100.00", "EUR", "2026-03-01", "sheet-1"));
        Map<String, String> before = data.fingerprint();
        String unknown = GlobalId.encode("CostEntry", 999_999);
        assertEquals(List.of(error(List.of("input", "id"), "NOT_FOUND", "No costentry with ID " + unknown + ".")),
                errors(GraphQL.post(UPDATE, "i", Map.of("id", unknown, "description", "x")), "updateCost"));
        assertEquals(List.of(error(List.of("input", "externalId"), "NOT_FOUND", "No costentry with externalId \"sheet-9\".")),
                errors(GraphQL.post(UPDATE, "i", Map.of("externalId", "sheet-9", "description", "x")), "updateCost"));
        assertEquals(List.of(error(List.of("input", "id"), "REQUIRED", "Give id or externalId.")),
                errors(GraphQL.post(UPDATE, "i", Map.of("description", "x")), "updateCost"));
        assertEquals(List.of(error(List.of("input", "externalId"), "INVALID_VALUE", "Give id or externalId, not both.")),
                errors(GraphQL.post(UPDATE, "i", Map.of("id", id, "externalId", "sheet-1")), "updateCost"));
        assertEquals(List.of(error(List.of("input", "id"), "INVALID_ID", "\"" + campaign + "\" is not a costentry ID.")),
                errors(GraphQL.post(UPDATE, "i", Map.of("id", campaign)), "updateCost"));
        // the rules of recordCost, all reported at once
        List<Map<String, Object>> found = errors(GraphQL.post(UPDATE, "i", Map.of("id", id,
                "amount", Map.of("amount", "-5", "currencyCode", "EURO"), "incurredOn", "2026-02-30",
                "campaignId", GlobalId.encode("Campaign", 999_999))), "updateCost");
        assertEquals(List.of(List.of("input", "campaignId"), List.of("input", "incurredOn"),
                List.of("input", "amount", "currencyCode"), List.of("input", "amount", "amount")),
                found.stream().map(e -> e.get("field")).toList());
        assertEquals(List.of("NOT_FOUND", "INVALID_DATE", "INVALID_CURRENCY", "NEGATIVE_AMOUNT"),
                found.stream().map(e -> e.get("code")).toList());
        assertEquals(List.of(error(List.of("input", "amount"), "AMOUNT_OR_HOURS",
                "Give either amount or hours with hourlyRate, not both.")), errors(GraphQL.post(UPDATE, "i", Map.of("id", id,
                        "amount", Map.of("amount", "5", "currencyCode", "EUR"), "hours", "2")), "updateCost"));
        // hours on an AD_SPEND entry
        assertEquals(List.of(error(List.of("input", "hours"), "HOURS_ONLY_FOR_LABOR",
                "Hours × hourly rate is for LABOR costs; give amount."), error(List.of("input", "hourlyRate"), "REQUIRED",
                        "hourlyRate goes with hours.")), errors(GraphQL.post(UPDATE, "i", Map.of("id", id, "hours", "2")), "updateCost"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void deleteByIdOrExternalIdAndItsErrors() {
        String first = record(cost(campaign, "100.00", "EUR", "2026-03-01", null));
        record(cost(campaign, "50.00", "EUR", "2026-03-02", "sheet-2"));
        Map<String, String> before = data.fingerprint();
        String unknown = GlobalId.encode("CostEntry", 999_999);
        assertEquals(List.of(error(List.of("input", "id"), "NOT_FOUND", "No costentry with ID " + unknown + ".")),
                errors(GraphQL.post(DELETE, "i", Map.of("id", unknown)), "deleteCost"));
        assertEquals(List.of(error(List.of("input", "externalId"), "NOT_FOUND", "No costentry with externalId \"sheet-3\".")),
                errors(GraphQL.post(DELETE, "i", Map.of("externalId", "sheet-3")), "deleteCost"));
        assertEquals(List.of(error(List.of("input", "id"), "REQUIRED", "Give id or externalId.")),
                errors(GraphQL.post(DELETE, "i", Map.of("externalId", "  ")), "deleteCost"));
        assertEquals(before, data.fingerprint());

        assertEquals(first, GraphQL.ok(DELETE, "i", Map.of("id", first)).getString("deleteCost.deletedCostEntryId"));
        assertEquals("50.00", GraphQL.ok(ROI, "id", campaign).getString("campaign.totalCost.amount"));
        GraphQL.ok(DELETE, "i", Map.of("externalId", " sheet-2 "));
        assertEquals(0, data.count("cost_entry"));
        // deleted is gone: a second delete is NOT_FOUND
        assertEquals("NOT_FOUND", errors(GraphQL.post(DELETE, "i", Map.of("id", first)), "deleteCost").get(0).get("code"));
    }

    @Test
    void aViewerCannotCorrectCosts() {
        String id = record(cost(campaign, "100.00", "EUR", "2026-03-01", null));
        GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                "i", Map.of("subject", "viewer@social-roi.test", "role", "VIEWER"));
        Map<String, String> before = data.fingerprint();
        for (JsonPath response : List.of(
                GraphQL.as("viewer@social-roi.test").post(UPDATE, "i", Map.of("id", id, "description", "x")),
                GraphQL.as("viewer@social-roi.test").post(DELETE, "i", Map.of("id", id)),
                GraphQL.as("viewer@social-roi.test").post(RECORD_ALL, "i", List.of(cost(campaign, "1", "EUR", "2026-03-01", null))))) {
            assertEquals(List.of("FORBIDDEN"), response.getList("errors.extensions.code"), response.prettify());
        }
        assertEquals(before, data.fingerprint());
    }

    @Test
    void aBatchIsRecordedInOneGoAndIdempotentByExternalId() {
        record(cost(campaign, "10.00", "EUR", "2026-03-01", "row-1"));
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(cost(campaign, "999.00", "EUR", "2026-03-01", "row-1")); // known: a duplicate, its old amount stays
        batch.add(cost(campaign, "20.00", "EUR", "2026-03-02", "row-2"));
        batch.add(cost(campaign, "30.00", "EUR", "2026-03-03", "row-2")); // earlier in the batch: a duplicate
        batch.add(cost(other, "100.00", "USD", "2026-03-04", null));       // × 0.90 = 90.00 EUR
        Map<String, Object> labor = new HashMap<>(Map.of("campaignId", campaign, "channelId", channel, "category", "LABOR",
                "hours", "3", "hourlyRate", Map.of("amount", "25.00", "currencyCode", "EUR"), "incurredOn", "2026-03-05"));
        batch.add(labor);                                                   // 3 × 25.00 = 75.00
        JsonPath result = GraphQL.ok(RECORD_ALL, "i", batch);
        assertEquals(Map.of("accepted", 3, "duplicates", 2, "userErrors", List.of()), result.getMap("recordCosts"));
        // 10.00 + 20.00 + 75.00 = 105.00; the other campaign 90.00
        assertEquals("105.00", GraphQL.ok(ROI, "id", campaign).getString("campaign.totalCost.amount"));
        assertEquals("90.00", GraphQL.ok(ROI, "id", other).getString("campaign.totalCost.amount"));
        assertEquals("3", data.scalar("select hours from cost_entry where category = 'LABOR'"));
        assertEquals("tester@social-roi.test", data.scalar("select created_by from cost_entry where external_id = 'row-2'"));
        // sent again: the items with an externalId are duplicates; the two without one are recorded again
        assertEquals(Map.of("accepted", 2, "duplicates", 3, "userErrors", List.of()),
                GraphQL.ok(RECORD_ALL, "i", batch).getMap("recordCosts"));
        assertEquals(6, data.count("cost_entry")); // row-1 before, 3 of the batch, 2 again
    }

    @Test
    void oneBadItemRecordsNothingAndEveryErrorNamesItsItem() {
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(cost(campaign, "20.00", "EUR", "2026-03-02", null));
        batch.add(cost(campaign, "20.00", "EUR", "2026-03-02", null));
        batch.add(cost("nope", "20.00", "EUR", "2026-03-02", null));
        Map<String, Object> bad = cost(campaign, "-1", "EUR", "2026-03-02", null);
        bad.put("channelId", GlobalId.encode("Channel", 999_999));
        batch.add(bad);
        Map<String, Object> noAmount = cost(campaign, "1", "EUR", "someday", null);
        noAmount.remove("amount");
        batch.add(noAmount);
        Map<String, String> before = data.fingerprint();
        List<Map<String, Object>> found = errors(GraphQL.post(RECORD_ALL, "i", batch), "recordCosts");
        assertEquals(List.of(
                error(List.of("input", "2", "campaignId"), "INVALID_ID", "\"nope\" is not a campaign ID."),
                error(List.of("input", "3", "amount", "amount"), "NEGATIVE_AMOUNT", "Must not be negative (got -1)."),
                error(List.of("input", "4", "incurredOn"), "INVALID_DATE", found.get(2).get("message").toString()),
                error(List.of("input", "4", "amount"), "AMOUNT_OR_HOURS", "Give amount (or, for LABOR, hours and hourlyRate)."),
                error(List.of("input", "3", "channelId"), "NOT_FOUND",
                        "No channel with ID " + GlobalId.encode("Channel", 999_999) + ".")), found);
        assertEquals(before, data.fingerprint());
    }
}
