package io.socialroi.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/** Channels and campaigns: creation, the Relay connection with its filter, updates, archiving, node(id:). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CampaignGraphQLTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    static final String PAGE = """
            query($first: Int, $after: String, $filter: CampaignFilter) {
              campaigns(first: $first, after: $after, filter: $filter) {
                totalCount
                nodes { name status objective }
                edges { cursor node { name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void createdCampaignReadsBackWithEveryField() {
        String linkedIn = TestData.createChannel("LinkedIn", "SOCIAL", "li", "linkedin.com");
        JsonPath created = GraphQL.ok("""
                mutation($input: CreateCampaignInput!) {
                  createCampaign(input: $input) {
                    campaign { id name objective status startDate endDate budget { amount currencyCode } utmCampaign
                               channels { id name kind aliases } }
                    userErrors { code }
                  }
                }""", "input", Map.of("name", "  Spring launch ", "objective", "AWARENESS", "startDate", "2026-03-01",
                "endDate", "2026-05-31", "budget", Map.of("amount", "12500.50", "currencyCode", "usd"),
                "utmCampaign", "spring-26", "channelIds", List.of(linkedIn)));
        assertEquals(List.of(), created.getList("createCampaign.userErrors"));
        String id = created.getString("createCampaign.campaign.id");
        JsonPath read = GraphQL.ok("""
                query($id: ID!) {
                  campaign(id: $id) { id name objective status startDate endDate budget { amount currencyCode }
                                      utmCampaign channels { name kind aliases } }
                  node(id: $id) { id ... on Campaign { name } }
                }""", "id", id);
        assertEquals("Spring launch", read.getString("campaign.name"));
        assertEquals("AWARENESS", read.getString("campaign.objective"));
        assertEquals("ACTIVE", read.getString("campaign.status"));
        assertEquals("2026-03-01", read.getString("campaign.startDate"));
        assertEquals("2026-05-31", read.getString("campaign.endDate"));
        assertEquals("12500.50", read.getString("campaign.budget.amount"));
        assertEquals("USD", read.getString("campaign.budget.currencyCode"));
        assertEquals("spring-26", read.getString("campaign.utmCampaign"));
        assertEquals(List.of("LinkedIn"), read.getList("campaign.channels.name"));
        assertEquals(List.of(List.of("li", "linkedin.com")), read.getList("campaign.channels.aliases"));
        assertEquals(id, read.getString("node.id"));
        assertEquals("Spring launch", read.getString("node.name"));
        // A channel's ID is not a campaign's: campaign(id:) finds nothing, node(id:) finds the channel.
        assertTrue(GraphQL.ok("query($id: ID!) { campaign(id: $id) { id } }", "id", linkedIn).get("campaign") == null);
        assertEquals("LinkedIn", GraphQL.ok("query($id: ID!) { node(id: $id) { ... on Channel { name } } }", "id", linkedIn)
                .getString("node.name"));
        assertTrue(GraphQL.ok("{ node(id: \"bm9wZTo0Mg\") { id } }").get("node") == null);
    }

    @Test
    void connectionPagesWithCursorsAndCountsAll() {
        for (int i = 1; i <= 5; i++) {
            TestData.createCampaign("C" + i, null, "2026-01-01");
        }
        JsonPath first = GraphQL.ok(PAGE, "first", 2);
        assertEquals(5, first.getInt("campaigns.totalCount"));
        assertEquals(List.of("C1", "C2"), first.getList("campaigns.nodes.name"));
        assertEquals(List.of("C1", "C2"), first.getList("campaigns.edges.node.name"));
        assertTrue(first.getBoolean("campaigns.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("campaigns.pageInfo.hasPreviousPage"));
        assertEquals(first.getString("campaigns.edges[1].cursor"), first.getString("campaigns.pageInfo.endCursor"));

        JsonPath second = GraphQL.ok(PAGE, "first", 2, "after", first.getString("campaigns.pageInfo.endCursor"));
        assertEquals(List.of("C3", "C4"), second.getList("campaigns.nodes.name"));
        assertTrue(second.getBoolean("campaigns.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("campaigns.pageInfo.hasPreviousPage"));

        JsonPath last = GraphQL.ok(PAGE, "first", 2, "after", second.getString("campaigns.pageInfo.endCursor"));
        assertEquals(List.of("C5"), last.getList("campaigns.nodes.name"));
        assertFalse(last.getBoolean("campaigns.pageInfo.hasNextPage"));

        // Default page size is 20; 100 is the most a page may hold.
        assertEquals(5, GraphQL.ok(PAGE).getList("campaigns.nodes").size());
        assertEquals(5, GraphQL.ok(PAGE, "first", 100).getList("campaigns.nodes").size());
        assertEquals("BAD_ARGUMENT", GraphQL.post(PAGE, "first", -1).getString("errors[0].extensions.code"));
    }

    @Test
    void filterByStatusAndObjectiveAndArchivedCampaignsHideByDefault() {
        String a = TestData.createCampaign("A", null, "2026-01-01");
        String b = TestData.createCampaign("B", null, "2026-01-01");
        GraphQL.ok("""
                mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }""",
                "input", Map.of("name", "C", "objective", "RETENTION", "status", "PAUSED", "startDate", "2026-02-01"));
        JsonPath archived = GraphQL.ok("""
                mutation($id: ID!) { archiveCampaign(input: { id: $id }) { campaign { status } userErrors { code } } }""",
                "id", a);
        assertEquals("ARCHIVED", archived.getString("archiveCampaign.campaign.status"));

        assertEquals(List.of("B", "C"), GraphQL.ok(PAGE).getList("campaigns.nodes.name"));
        assertEquals(List.of("A"), GraphQL.ok(PAGE, "filter", Map.of("status", List.of("ARCHIVED")))
                .getList("campaigns.nodes.name"));
        JsonPath paused = GraphQL.ok(PAGE, "filter", Map.of("status", List.of("PAUSED", "ARCHIVED")));
        assertEquals(List.of("A", "C"), paused.getList("campaigns.nodes.name"));
        assertEquals(2, paused.getInt("campaigns.totalCount"));
        JsonPath conversion = GraphQL.ok(PAGE, "filter", Map.of("objective", List.of("CONVERSION")));
        assertEquals(List.of("B"), conversion.getList("campaigns.nodes.name"));
        assertEquals(1, conversion.getInt("campaigns.totalCount"));
        assertEquals(List.of(), GraphQL.ok(PAGE, "filter", Map.of("objective", List.of("UPSELL")))
                .getList("campaigns.nodes"));
        assertTrue(b.length() > 0);
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        String tiktok = TestData.createChannel("TikTok", "SOCIAL");
        String blog = TestData.createChannel("Blog", "BLOG");
        String id = TestData.createCampaign("Old", "old", "2026-01-01", tiktok);
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "name", "New", "status", "COMPLETED",
                "endDate", "2026-02-28", "budget", Map.of("amount", "900", "currencyCode", "EUR"),
                "channelIds", new ArrayList<>(List.of(blog, tiktok))));
        JsonPath updated = GraphQL.ok("""
                mutation($input: UpdateCampaignInput!) {
                  updateCampaign(input: $input) {
                    campaign { name objective status startDate endDate budget { amount } utmCampaign channels { name } }
                    userErrors { code field }
                  }
                }""", "input", input);
        assertEquals(List.of(), updated.getList("updateCampaign.userErrors"));
        assertEquals("New", updated.getString("updateCampaign.campaign.name"));
        assertEquals("CONVERSION", updated.getString("updateCampaign.campaign.objective"));
        assertEquals("COMPLETED", updated.getString("updateCampaign.campaign.status"));
        assertEquals("2026-01-01", updated.getString("updateCampaign.campaign.startDate"));
        assertEquals("2026-02-28", updated.getString("updateCampaign.campaign.endDate"));
        assertEquals("900", updated.getString("updateCampaign.campaign.budget.amount"));
        assertEquals("old", updated.getString("updateCampaign.campaign.utmCampaign"));
        assertEquals(List.of("Blog", "TikTok"), GraphQL.ok("query($id: ID!) { campaign(id: $id) { channels { name } } }",
                "id", id).getList("campaign.channels.name"));
        // A campaign keeps its own utmCampaign without a DUPLICATE error.
        assertEquals(List.of(), GraphQL.ok("""
                mutation($id: ID!) { updateCampaign(input: { id: $id, utmCampaign: "OLD" }) { userErrors { code } } }""",
                "id", id).getList("updateCampaign.userErrors"));
    }

    @Test
    void clearFlagsRemoveEndDateBudgetAndUtmCampaign() {
        String id = GraphQL.ok("""
                mutation { createCampaign(input: { name: "X", objective: UPSELL, startDate: "2026-01-01", endDate: "2026-02-01",
                  budget: { amount: "10", currencyCode: "EUR" }, utmCampaign: "x-1" }) { campaign { id } } }""")
                .getString("createCampaign.campaign.id");
        JsonPath cleared = GraphQL.ok("""
                mutation($id: ID!) { updateCampaign(input: { id: $id, clearEndDate: true, clearBudget: true, clearUtmCampaign: true }) {
                  campaign { endDate budget { amount } utmCampaign } userErrors { code } } }""", "id", id);
        assertTrue(cleared.get("updateCampaign.campaign.endDate") == null);
        assertTrue(cleared.get("updateCampaign.campaign.budget") == null);
        assertTrue(cleared.get("updateCampaign.campaign.utmCampaign") == null);
        // the code is free again for another campaign
        assertEquals(List.of(), GraphQL.ok("""
                mutation { createCampaign(input: { name: "Y", objective: UPSELL, startDate: "2026-01-01", utmCampaign: "X-1" }) {
                  userErrors { code } } }""").getList("createCampaign.userErrors"));
    }

    @Test
    void costEntriesAndExchangeRatesResolveThroughNode() {
        String campaign = TestData.createCampaign("Costs", null, "2026-01-01");
        String costId = GraphQL.ok("""
                mutation($c: ID!) { recordCost(input: { campaignId: $c, category: TOOLS, amount: { amount: "49.90", currencyCode: "USD" },
                  incurredOn: "2026-02-01", description: "scheduler" }) { costEntry { id } } }""", "c", campaign)
                .getString("recordCost.costEntry.id");
        String rateId = GraphQL.ok("""
                mutation { setExchangeRate(input: { base: "USD", quote: "EUR", rate: "0.9", validFrom: "2026-01-01" }) { exchangeRate { id } } }""")
                .getString("setExchangeRate.exchangeRate.id");
        JsonPath nodes = GraphQL.ok("""
                query($cost: ID!, $rate: ID!, $campaign: ID!) {
                  cost: node(id: $cost) { ... on CostEntry { category amount { amount currencyCode } description } }
                  rate: node(id: $rate) { ... on ExchangeRate { base quote rate validFrom } }
                  campaign(id: $campaign) { costEntries { id incurredOn amount { amount } } totalCost { amount } }
                }""", "cost", costId, "rate", rateId, "campaign", campaign);
        assertEquals("TOOLS", nodes.getString("cost.category"));
        assertEquals("49.90", nodes.getString("cost.amount.amount"));
        assertEquals("USD", nodes.getString("cost.amount.currencyCode"));
        assertEquals("scheduler", nodes.getString("cost.description"));
        assertEquals("0.9", nodes.getString("rate.rate"));
        assertEquals("2026-01-01", nodes.getString("rate.validFrom"));
        assertEquals(List.of(costId), nodes.getList("campaign.costEntries.id"));
        assertEquals("44.91", nodes.getString("campaign.totalCost.amount")); // 49.90 × 0.9 = 44.91
    }

    @Test
    void channelsAreListedByNameAndNamesAreUniqueIgnoringCase() {
        TestData.createChannel("YouTube", "SOCIAL", "yt");
        TestData.createChannel("Email", "EMAIL");
        assertEquals(List.of("Email", "YouTube"), GraphQL.ok("{ channels { name } }").getList("channels.name"));
        JsonPath duplicate = GraphQL.ok("""
                mutation { createChannel(input: { name: "youtube", kind: SOCIAL }) { channel { id } userErrors { code field } } }""");
        assertEquals("DUPLICATE", duplicate.getString("createChannel.userErrors[0].code"));
        assertEquals(List.of("input", "name"), duplicate.getList("createChannel.userErrors[0].field"));
        JsonPath aliasTaken = GraphQL.ok("""
                mutation { createChannel(input: { name: "Yammer", kind: SOCIAL, aliases: ["YT"] }) { channel { id } userErrors { code field } } }""");
        assertEquals("DUPLICATE", aliasTaken.getString("createChannel.userErrors[0].code"));
        assertEquals(List.of("input", "aliases"), aliasTaken.getList("createChannel.userErrors[0].field"));
        assertEquals(2, data.count("channel"));
    }
}
