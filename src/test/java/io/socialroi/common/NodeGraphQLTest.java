package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * node(id:) finds every Node type of the schema through its feature's resolver, and finds nothing for an ID of
 * another workspace, a deleted object or a type nobody resolves.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class NodeGraphQLTest {

    static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void everyNodeTypeResolvesToItself() {
        String channel = TestData.createChannel("LinkedIn", "SOCIAL");
        String campaign = TestData.createCampaign("Spring", "spring", "2026-03-01", channel);
        TestData.recordCost(Map.of("campaignId", campaign, "category", "AD_SPEND", "incurredOn", "2026-03-02",
                "amount", Map.of("amount", "100.00", "currencyCode", "EUR")));
        TestData.setRate("USD", "EUR", "0.9", "2026-01-01");
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-03T10:00:00Z", channel, campaign)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-04T10:00:00Z", "50.00")));
        GraphQL.ok("""
                mutation { createGoal(input: { name: "Revenue", metric: "REVENUE", target: "1000", deadline: "2099-12-31" })
                  { goal { id } userErrors { code } } }""");
        JsonPath ids = GraphQL.ok("""
                { workspace { id }
                  channels { id }
                  campaigns(first: 1) { nodes { id costEntries { id } } }
                  exchangeRates { id }
                  goals { id }
                  conversions(first: 1) { nodes { id path { id } } } }""");
        Map<String, String> expected = Map.of(
                ids.getString("workspace.id"), "Workspace",
                ids.getString("channels[0].id"), "Channel",
                ids.getString("campaigns.nodes[0].id"), "Campaign",
                ids.getString("campaigns.nodes[0].costEntries[0].id"), "CostEntry",
                ids.getString("exchangeRates[0].id"), "ExchangeRate",
                ids.getString("goals[0].id"), "Goal",
                ids.getString("conversions.nodes[0].id"), "Conversion",
                ids.getString("conversions.nodes[0].path[0].id"), "Touchpoint");
        Set<String> types = new TreeSet<>();
        expected.forEach((id, type) -> {
            JsonPath node = GraphQL.ok(NODE, "id", id);
            assertEquals(type, node.getString("node.__typename"), id);
            assertEquals(id, node.getString("node.id"));
            types.add(type);
        });
        assertEquals(8, types.size());

        // another workspace's caller sees none of them
        GraphQL.Caller stranger = GraphQL.as("stranger@social-roi.test");
        stranger.ok("""
                mutation { createWorkspace(input: { slug: "strangers", name: "Strangers", reportingCurrency: "EUR" })
                  { workspace { id } userErrors { code } } }""");
        expected.keySet().forEach(id -> assertNull(stranger.in("strangers").ok(NODE, "id", id).get("node"), id));
    }

    @Test
    void unknownTypesAndMissingObjectsAreNull() {
        assertNull(GraphQL.ok(NODE, "id", GlobalId.encode("Nope", 1)).get("node"));
        assertNull(GraphQL.ok(NODE, "id", GlobalId.encode("Campaign", 999_999)).get("node"));
        assertNull(GraphQL.ok(NODE, "id", "not base64 at all").get("node"));
    }
}
