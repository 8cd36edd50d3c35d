package io.socialroi.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * contentPerformance on a small workspace whose every figure is worked out by hand in the comments.
 *
 * <p>Posts (March unless said): on Instagram A REEL [summer] 1,000 impressions, 100 engagements (80+10+5+5), 20 clicks,
 * key reel-a, cost 100; B REEL [summer, sale] 2,000 impressions, 40 engagements (30+5+5+0), 10 clicks, key reel-b;
 * C REEL [sale], the viral one: 100,000 impressions, 10,000 engagements (9000+500+400+100), 2,000 clicks, key
 * reel-c; D IMAGE, no tags, 500 impressions, 10 likes, 5 clicks, key img-d, cost 50; F REEL in April. On Facebook
 * E IMAGE [Summer], no impressions, 5 likes, key reel-a (the same key as A, on another channel).
 *
 * <p>Paths: p1 A (Mar 5), B (Mar 6), SALE 300 (Mar 7); p2 A (Mar 10), a Facebook touch with reel-a (E's, not A's:
 * a touchpoint belongs to the post of its own channel) (Mar 11), SALE 200 (Mar 12); p3 an Instagram touch without a
 * key (Mar 15), C (Mar 16), SALE 90 (Mar 17); p4 D (Mar 20), SALE 1,000 on April 2 (outside March); p5 C (Mar 20),
 * SALE 60 (Mar 21).
 *
 * <p>LINEAR: A 150 + 100 = 250 (conversions 0.5 + 0.5 = 1); B 150 (0.5); C 45 + 60 = 105 (0.5 + 1 = 1.5); D 0;
 * E 100 (0.5). LAST_TOUCH (the default, from the stored credits): B 300, E 200, C 90 + 60 = 150, A 0, D 0.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ContentPerformanceGraphQLTest {

    static final String REPORT = """
            query($groupBy: ContentGroupBy!, $period: DateRangeInput, $attribution: AttributionInput, $channelId: ID) {
              contentPerformance(groupBy: $groupBy, period: $period, attribution: $attribution, channelId: $channelId) {
                rank contentType tag post { externalId tags } posts impressions reach engagements clicks videoViews
                touchpoints engagementRate clickThroughRate rateUndefinedReason attributedConversions
                attributedRevenue { amount } productionCost { amount } costPerEngagement { amount } roi
                costUndefinedReason
                median { impressions engagements engagementRate clicks attributedConversions attributedRevenue { amount } }
              }
            }""";
    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");
    static final Map<String, Object> LINEAR = Map.of("model", "LINEAR", "lookbackDays", 30);

    @Inject
    TestData data;

    String instagram;
    String facebook;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        List<Map<String, Object>> posts = List.of(
                post(instagram, "A", "2026-03-01T10:00:00Z", "REEL", List.of("summer"), "reel-a", 1000, 80, 10, 5, 5, 20, "100.00"),
                post(instagram, "B", "2026-03-02T10:00:00Z", "REEL", List.of("summer", "sale"), "reel-b", 2000, 30, 5, 5, 0, 10, null),
                post(instagram, "C", "2026-03-03T10:00:00Z", "REEL", List.of("sale"), "reel-c", 100000, 9000, 500, 400, 100, 2000, null),
                post(instagram, "D", "2026-03-04T10:00:00Z", "IMAGE", List.of(), "img-d", 500, 10, 0, 0, 0, 5, "50.00"),
                post(facebook, "E", "2026-03-05T10:00:00Z", "IMAGE", List.of("Summer"), "reel-a", 0, 5, 0, 0, 0, 0, null),
                post(instagram, "F", "2026-04-01T10:00:00Z", "REEL", List.of("summer"), "reel-f", 900, 9, 0, 0, 0, 9, null));
        JsonPath recorded = GraphQL.ok(PostGraphQLTest.RECORD, "input", posts);
        assertEquals(List.of(), recorded.getList("recordPosts.userErrors"));
        TestData.recordTouchpoints(List.of(touch("p1", "2026-03-05T10:00:00Z", instagram, "reel-a"),
                touch("p1", "2026-03-06T10:00:00Z", instagram, "reel-b"),
                touch("p2", "2026-03-10T10:00:00Z", instagram, "reel-a"),
                touch("p2", "2026-03-11T10:00:00Z", facebook, "reel-a"),
                touch("p3", "2026-03-15T10:00:00Z", instagram, null),
                touch("p3", "2026-03-16T10:00:00Z", instagram, "reel-c"),
                touch("p4", "2026-03-20T10:00:00Z", instagram, "img-d"),
                touch("p5", "2026-03-20T10:00:00Z", instagram, "reel-c")));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-07T10:00:00Z", "300.00"),
                TestData.sale("p2", "2026-03-12T10:00:00Z", "200.00"),
                TestData.sale("p3", "2026-03-17T10:00:00Z", "90.00"),
                TestData.sale("p4", "2026-04-02T10:00:00Z", "1000.00"),
                TestData.sale("p5", "2026-03-21T10:00:00Z", "60.00")));
    }

    static Map<String, Object> post(String channelId, String externalId, String publishedAt, String type,
            List<String> tags, String key, long impressions, long likes, long comments, long shares, long saves,
            long clicks, String cost) {
        Map<String, Object> post = new HashMap<>(Map.of("channelId", channelId, "externalId", externalId,
                "publishedAt", publishedAt, "contentType", type, "tags", tags, "utmContent", key,
                "impressions", impressions, "likes", likes, "comments", comments, "shares", shares));
        post.putAll(Map.of("saves", saves, "clicks", clicks, "reach", impressions / 2));
        if (cost != null) {
            post.put("productionCost", Map.of("amount", cost, "currencyCode", "EUR"));
        }
        return post;
    }

    static Map<String, Object> touch(String person, String at, String channelId, String key) {
        Map<String, Object> touch = TestData.touch(person, at, channelId, null);
        touch.put("mediaType", "OWNED");
        if (key != null) {
            touch.put("utmContent", key);
        }
        return touch;
    }

    @Test
    void byContentTypeUnderLinearTheMedianBesideTheViralTotal() {
        JsonPath r = GraphQL.ok(REPORT, "groupBy", "CONTENT_TYPE", "period", MARCH, "attribution", LINEAR);
        assertEquals(2, r.getList("contentPerformance").size());
        // REEL: A, B, C. Impressions 103,000 (the viral C alone 100,000; the median post 2,000); engagements 10,140
        // → 10,140 / 103,000 = 9.8447 % → 9.84; clicks 2,030 → 1.9709 % → 1.97. Revenue 250 + 150 + 105 = 505,
        // conversions 1 + 0.5 + 1.5 = 3. Cost: A's 100 alone, against A's revenue 250: ROI (250 − 100) / 100 = 150 %,
        // per engagement 100 / 100 = 1.00. Medians: impressions {1000, 2000, 100000} → 2000; engagements
        // {100, 40, 10000} → 100; rates {10 %, 2 %, 10 %} → 10.00; clicks {20, 10, 2000} → 20; conversions
        // {1, 0.5, 1.5} → 1; revenue {250, 150, 105} → 150. Touchpoints: A 2 (p1, p2 on Instagram), B 1, C 2 = 5.
        assertEquals(Map.ofEntries(Map.entry("rank", 1), Map.entry("contentType", "REEL"), Map.entry("posts", 3),
                Map.entry("impressions", 103000), Map.entry("reach", 51500), Map.entry("engagements", 10140),
                Map.entry("clicks", 2030), Map.entry("videoViews", 0), Map.entry("touchpoints", 5),
                Map.entry("engagementRate", "9.84"), Map.entry("clickThroughRate", "1.97"),
                Map.entry("attributedConversions", "3.00"), Map.entry("attributedRevenue", Map.of("amount", "505.00")),
                Map.entry("productionCost", Map.of("amount", "100.00")),
                Map.entry("costPerEngagement", Map.of("amount", "1.00")), Map.entry("roi", "150.00"),
                Map.entry("median", Map.of("impressions", "2000", "engagements", "100", "engagementRate", "10.00",
                        "clicks", "20", "attributedConversions", "1.00", "attributedRevenue", Map.of("amount", "150.00")))),
                TestData.withoutNulls(r.getMap("contentPerformance[0]")));
        // IMAGE: D and E (Facebook). Impressions 500, engagements 10 + 5 = 15 → 3.00 %, clicks 5 → 1.00 %. Revenue
        // E's 100 (0.5 conversion). Cost: D's 50 against D's revenue 0: ROI −100 %, per engagement 50 / 10 = 5.00.
        // Medians: impressions {500, 0} → 250; engagements {10, 5} → 7.5; rates: D 2 %, E none → 2.00;
        // clicks {5, 0} → 2.5; conversions {0, 0.5} → 0.25; revenue {0, 100} → 50. Touchpoints: D 1, E 1.
        assertEquals(Map.ofEntries(Map.entry("rank", 2), Map.entry("contentType", "IMAGE"), Map.entry("posts", 2),
                Map.entry("impressions", 500), Map.entry("reach", 250), Map.entry("engagements", 15),
                Map.entry("clicks", 5), Map.entry("videoViews", 0), Map.entry("touchpoints", 2),
                Map.entry("engagementRate", "3.00"), Map.entry("clickThroughRate", "1.00"),
                Map.entry("attributedConversions", "0.50"), Map.entry("attributedRevenue", Map.of("amount", "100.00")),
                Map.entry("productionCost", Map.of("amount", "50.00")),
                Map.entry("costPerEngagement", Map.of("amount", "5.00")), Map.entry("roi", "-100.00"),
                Map.entry("median", Map.of("impressions", "250", "engagements", "7.5", "engagementRate", "2.00",
                        "clicks", "2.5", "attributedConversions", "0.25", "attributedRevenue", Map.of("amount", "50.00")))),
                TestData.withoutNulls(r.getMap("contentPerformance[1]")));
    }

    @Test
    void byTagAPostCountsInEachOfItsTags() {
        JsonPath r = GraphQL.ok(REPORT, "groupBy", "TAG", "period", MARCH, "attribution", LINEAR);
        // summer: A, B and E ("Summer" on Facebook: tags group whatever their case, shown as the oldest post writes
        // it) → 250 + 150 + 100 = 500; sale: B and C → 150 + 105 = 255; untagged: D → 0. B counts in both tags.
        assertEquals(List.of("summer", "sale"), List.of(r.getString("contentPerformance[0].tag"), r.getString("contentPerformance[1].tag")));
        assertEquals(List.of(3, 2, 1), r.getList("contentPerformance.posts"));
        assertEquals(List.of("500.00", "255.00", "0.00"), r.getList("contentPerformance.attributedRevenue.amount"));
        assertNull(r.get("contentPerformance[2].tag"));
        // summer's engagement rate: (100 + 40 + 5) / (1000 + 2000 + 0) = 4.8333 % → 4.83
        assertEquals("4.83", r.getString("contentPerformance[0].engagementRate"));
        assertEquals(List.of(1, 2, 3), r.getList("contentPerformance.rank"));
    }

    @Test
    void byPostUnderTheDefaultReadsTheStoredCredits() {
        JsonPath r = GraphQL.ok(REPORT, "groupBy", "POST", "period", MARCH);
        // LAST_TOUCH: B 300, E 200, C 150, then A and D with 0, A first by its engagement rate (10 % against 2 %);
        // F (April) is not in March
        assertEquals(List.of("B", "E", "C", "A", "D"), r.getList("contentPerformance.post.externalId"));
        assertEquals(List.of("300.00", "200.00", "150.00", "0.00", "0.00"), r.getList("contentPerformance.attributedRevenue.amount"));
        assertEquals(List.of("1.00", "1.00", "2.00", "0.00", "0.00"), r.getList("contentPerformance.attributedConversions"));
        // E has no impressions: its rates are undefined, with the reason
        assertNull(r.get("contentPerformance[1].engagementRate"));
        assertEquals(ContentReports.NO_IMPRESSIONS, r.getString("contentPerformance[1].rateUndefinedReason"));
        // A's cost 100 against its revenue 0: ROI −100 %; B has no cost: no ROI, and the reason
        assertEquals("-100.00", r.getString("contentPerformance[3].roi"));
        assertNull(r.get("contentPerformance[0].roi"));
        assertEquals(ContentReports.NO_COST, r.getString("contentPerformance[0].costUndefinedReason"));
    }

    @Test
    void oneChannelAndAllTime() {
        JsonPath r = GraphQL.ok(REPORT, "groupBy", "CONTENT_TYPE", "channelId", facebook);
        // Facebook has E alone; all time, LAST_TOUCH: E 200
        assertEquals(1, r.getList("contentPerformance").size());
        assertEquals("IMAGE", r.getString("contentPerformance[0].contentType"));
        assertEquals("200.00", r.getString("contentPerformance[0].attributedRevenue.amount"));
        // all time on Instagram: F (April) joins REEL; p4's April sale is D's (last touch): 1,000
        JsonPath all = GraphQL.ok(REPORT, "groupBy", "POST", "channelId", instagram);
        assertEquals(List.of("D", "B", "C", "A", "F"), all.getList("contentPerformance.post.externalId"));
        assertEquals("1000.00", all.getString("contentPerformance[0].attributedRevenue.amount"));
    }

    @Test
    void badArgumentsAreTopLevelErrors() {
        JsonPath refused = GraphQL.post(REPORT, "groupBy", "POST", "channelId", "not-a-channel");
        assertEquals("BAD_ARGUMENT", refused.getString("errors[0].extensions.code"));
        assertNull(refused.get("data.contentPerformance"));
    }
}
