package io.socialroi.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

/** Posts recorded and sent again: metrics replaced, the production cost linked, bad batches refused whole. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PostGraphQLTest {

    static final String RECORD = """
            mutation($input: [PostInput!]!) {
              recordPosts(input: $input) { accepted replaced userErrors { code field message } }
            }""";

    @Inject
    TestData data;

    String instagram;
    String facebook;
    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        campaign = TestData.createCampaign("Launch", "launch", "2026-01-01", instagram);
    }

    static Map<String, Object> post(String channelId, String externalId, String type, long impressions, long likes) {
        return new HashMap<>(Map.of("channelId", channelId, "externalId", externalId,
                "publishedAt", "2026-03-02T18:30:00+01:00", "contentType", type, "impressions", impressions,
                "likes", likes));
    }

    @Test
    void aPostSentAgainReplacesItsMetricsAndItsCost() {
        Map<String, Object> reel = post(instagram, "ig-1", "REEL", 1000, 50);
        reel.putAll(Map.of("campaignId", campaign, "tags", List.of(" summer ", "Sale", "summer"),
                "url", "https://shop.test/p?utm_source=instagram&utm_content=reel-1",
                "productionCost", Map.of("amount", "120.00", "currencyCode", "EUR")));
        assertEquals(Map.of("accepted", 2, "replaced", 0, "userErrors", List.of()),
                GraphQL.ok(RECORD, "input", List.of(reel, post(facebook, "ig-1", "IMAGE", 10, 1))).getMap("recordPosts"));
        // the key is read from the url; tags trimmed, the repeated "summer" kept once
        assertEquals("reel-1|{summer,Sale}|1000|50", data.scalar("select utm_content || '|' || tags::text || '|'"
                + " || impressions || '|' || likes from post where external_id = 'ig-1' and content_type = 'REEL'"));
        // the cost: CONTENT_PRODUCTION on the post's campaign and channel, on its UTC day (18:30+01:00 is 17:30 UTC)
        assertEquals("CONTENT_PRODUCTION|120.00|EUR|2026-03-02|1", data.scalar("select c.category || '|' || c.amount"
                + " || '|' || c.currency || '|' || c.incurred_on || '|' || count(*) over () from cost_entry c"
                + " join post p on p.id = c.post_id and p.campaign_id = c.campaign_id and p.channel_id = c.channel_id"));

        // sent again: metrics replaced (absent counts are 0), the cost replaced; url, tags, campaign kept
        Map<String, Object> restated = post(instagram, "ig-1", "REEL", 1500, 70);
        restated.put("productionCost", Map.of("amount", "150.00", "currencyCode", "EUR"));
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()),
                GraphQL.ok(RECORD, "input", List.of(restated)).getMap("recordPosts"));
        assertEquals("reel-1|{summer,Sale}|1500|70|0", data.scalar("select utm_content || '|' || tags::text || '|'"
                + " || impressions || '|' || likes || '|' || comments from post where channel_id = (select channel_id"
                + " from post where content_type = 'REEL')"));
        assertEquals("150.00|1", data.scalar("select amount || '|' || count(*) over () from cost_entry"));
        assertNotNull(data.scalar("select campaign_id from post where content_type = 'REEL'"));
    }

    @Test
    void badPostsChangeNothing() {
        Map<String, Object> first = post(instagram, "ig-1", "REEL", 1000, 50);
        first.put("utmContent", "reel-1");
        GraphQL.ok(RECORD, "input", List.of(first));
        Map<String, String> before = data.fingerprint();

        Map<String, Object> negative = post(instagram, "ig-2", "IMAGE", -5, 1);
        Map<String, Object> keyTaken = post(instagram, "ig-3", "IMAGE", 5, 1);
        keyTaken.put("utmContent", "reel-1");
        Map<String, Object> again = post(instagram, "ig-4", "IMAGE", 5, 1);
        Map<String, Object> twice = post(instagram, "ig-4", "IMAGE", 5, 1);
        Map<String, Object> badCost = post(instagram, "ig-5", "IMAGE", 5, 1);
        badCost.putAll(Map.of("productionCost", Map.of("amount", "-1", "currencyCode", "EUR"), "tags", List.of(" "),
                "publishedAt", "2026-03-02 18:30"));
        JsonPath refused = GraphQL.ok(RECORD, "input", List.of(negative, keyTaken, again, twice, badCost));
        assertEquals(0, refused.getInt("recordPosts.accepted"));
        assertEquals(List.of(
                Map.of("code", "NEGATIVE_COUNT", "field", List.of("input", "0", "impressions")),
                Map.of("code", "INVALID_DATE", "field", List.of("input", "4", "publishedAt")),
                Map.of("code", "REQUIRED", "field", List.of("input", "4", "tags", "0")),
                Map.of("code", "NEGATIVE_AMOUNT", "field", List.of("input", "4", "productionCost", "amount")),
                Map.of("code", "DUPLICATE", "field", List.of("input", "3", "externalId")),
                Map.of("code", "DUPLICATE", "field", List.of("input", "1", "utmContent"))),
                refused.getList("recordPosts.userErrors", Map.class).stream()
                        .map(e -> Map.of("code", e.get("code"), "field", e.get("field"))).toList());
        // an unknown content type is no value of the ContentType enum: the request is refused before it runs
        Map<String, Object> unknownType = post(instagram, "ig-6", "PODCAST", 5, 1);
        assertNotNull(GraphQL.post(RECORD, "input", List.of(unknownType)).get("errors"));
        assertEquals(before, data.fingerprint());
    }
}
