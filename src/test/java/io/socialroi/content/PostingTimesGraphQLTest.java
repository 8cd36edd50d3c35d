package io.socialroi.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * postingTimes in America/New_York, where the clocks jump from 02:00 to 03:00 on Sunday, March 8, 2026 (EST, UTC−5,
 * before; EDT, UTC−4, after). Every expected cell is worked out by hand in the comments.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PostingTimesGraphQLTest {

    static final String TIMES = """
            query($metric: PostingTimeMetric!, $zone: String!) {
              postingTimes(metric: $metric, timeZone: $zone, period: {from: "2026-03-01", to: "2026-04-30"}) {
                timeZone metric minimumSample
                cells { weekday hour posts sampleSize median undefinedReason }
                best { weekday hour posts sampleSize median }
              }
            }""";
    static final String NEW_YORK = "America/New_York";

    @Inject
    TestData data;

    String instagram;
    final List<Map<String, Object>> posts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        // Sunday, March 1 (EST): 07:30Z is 02:30 local. Sunday, March 8: 06:30Z is 01:30 EST, 07:30Z is 03:30 EDT
        // (02:30 does not exist that day: the post falls in hour 3, not 2)
        add("sun-1", "2026-03-01T07:30:00Z", 100, 1, 1, null);
        add("dst-1", "2026-03-08T06:30:00Z", 100, 1, 1, null);
        add("dst-2", "2026-03-08T07:30:00Z", 100, 1, 1, null);
        // Tuesdays after the change, 13:15Z = 09:15 EDT: six posts, 1,000 impressions each, engagements 10…60
        // (rates 1 % … 6 %), clicks 10, 20, 30, 40, 50 and one outlier 1,000; the first three have keys t1…t3
        List<String> tuesdays = List.of("03-10", "03-17", "03-24", "03-31", "04-07", "04-14");
        long[] clicks = { 10, 20, 30, 40, 50, 1000 };
        for (int i = 0; i < 6; i++) {
            add("tue-" + i, "2026-" + tuesdays.get(i) + "T13:15:00Z", 1000, 10 * (i + 1), clicks[i], i < 3 ? "t" + (i + 1) : null);
        }
        // Wednesdays 22:00Z = 18:00 EDT: five posts with 100 impressions, 5 engagements (5 %), 5 clicks, and one
        // without impressions and clicks
        for (String day : List.of("03-11", "03-18", "03-25", "04-01", "04-08")) {
            add("wed-" + day, "2026-" + day + "T22:00:00Z", 100, 5, 5, null);
        }
        add("wed-empty", "2026-04-15T22:00:00Z", 0, 0, 0, null);
        // Fridays 16:00Z = 12:00 EDT: four posts with 500 clicks each, one fewer than a median needs
        for (String day : List.of("03-13", "03-20", "03-27", "04-03")) {
            add("fri-" + day, "2026-" + day + "T16:00:00Z", 1000, 100, 500, null);
        }
        assertEquals(List.of(), GraphQL.ok(PostGraphQLTest.RECORD, "input", posts).getList("recordPosts.userErrors"));
        // one sale after a touch of t1, t2 and t3 each (LAST_TOUCH, the default)
        List<Map<String, Object>> touches = new ArrayList<>();
        List<Map<String, Object>> sales = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            touches.add(ContentPerformanceGraphQLTest.touch("buyer-" + i, "2026-04-20T10:00:00Z", instagram, "t" + i));
            sales.add(TestData.sale("buyer-" + i, "2026-04-21T10:00:00Z", "10.00"));
        }
        TestData.recordTouchpoints(touches);
        TestData.recordConversions(sales);
    }

    void add(String externalId, String publishedAt, long impressions, long likes, long clicks, String key) {
        Map<String, Object> post = new HashMap<>(Map.of("channelId", instagram, "externalId", externalId,
                "publishedAt", publishedAt, "contentType", "IMAGE", "impressions", impressions, "likes", likes,
                "clicks", clicks));
        if (key != null) {
            post.put("utmContent", key);
        }
        posts.add(post);
    }

    static Map<String, Object> cell(JsonPath r, String weekday, int hour) {
        int index = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").indexOf(weekday)
                * 24 + hour;
        Map<String, Object> cell = r.getMap("postingTimes.cells[" + index + "]");
        assertEquals(weekday, cell.get("weekday"));
        assertEquals(hour, cell.get("hour"));
        return cell;
    }

    @Test
    void theLocalHourAcrossTheSpringForwardDay() {
        JsonPath r = GraphQL.ok(TIMES, "metric", "CLICKS", "zone", NEW_YORK);
        assertEquals(168, r.getList("postingTimes.cells").size());
        assertEquals(NEW_YORK, r.getString("postingTimes.timeZone"));
        // Sunday: hour 1 the 01:30 EST post, hour 2 only March 1's 02:30 EST, hour 3 the 03:30 EDT post
        assertEquals(List.of(1, 1, 1), List.of(cell(r, "SUNDAY", 1).get("posts"), cell(r, "SUNDAY", 2).get("posts"),
                cell(r, "SUNDAY", 3).get("posts")));
        // under one post a cell shows its count, no value, and why
        assertNull(cell(r, "SUNDAY", 2).get("median"));
        assertEquals("Only 1 post with a value here: a median needs at least 5.", cell(r, "SUNDAY", 2).get("undefinedReason"));
        // in UTC the same three posts are Sunday 06, 07 and 07
        JsonPath utc = GraphQL.ok(TIMES, "metric", "CLICKS", "zone", "UTC");
        assertEquals(List.of(1, 2), List.of(cell(utc, "SUNDAY", 6).get("posts"), cell(utc, "SUNDAY", 7).get("posts")));
        assertEquals(0, cell(utc, "SUNDAY", 2).get("posts"));
        assertEquals("No post was published in this hour.", cell(utc, "SUNDAY", 2).get("undefinedReason"));
    }

    @Test
    void clicksTheMedianNotTheOutlier() {
        JsonPath r = GraphQL.ok(TIMES, "metric", "CLICKS", "zone", NEW_YORK);
        // Tuesday 9: clicks {10, 20, 30, 40, 50, 1000} → (30 + 40) / 2 = 35, whatever the outlier
        assertEquals(Map.of("weekday", "TUESDAY", "hour", 9, "posts", 6, "sampleSize", 6, "median", "35"),
                TestData.withoutNulls(cell(r, "TUESDAY", 9)));
        // Wednesday 18: {5, 5, 5, 5, 5, 0} → 5; Friday 12: four posts, no median
        assertEquals("5", cell(r, "WEDNESDAY", 18).get("median"));
        assertEquals(4, cell(r, "FRIDAY", 12).get("posts"));
        assertNull(cell(r, "FRIDAY", 12).get("median"));
        assertEquals("Only 4 posts with a value here: a median needs at least 5.", cell(r, "FRIDAY", 12).get("undefinedReason"));
        // best: the two cells with a median, highest first, with their sample sizes; Friday's 500 clicks are not
        // "best" on four posts
        assertEquals(List.of(Map.of("weekday", "TUESDAY", "hour", 9, "posts", 6, "sampleSize", 6, "median", "35"),
                Map.of("weekday", "WEDNESDAY", "hour", 18, "posts", 6, "sampleSize", 6, "median", "5")),
                r.getList("postingTimes.best"));
    }

    @Test
    void engagementRateLeavesOutPostsWithoutImpressions() {
        JsonPath r = GraphQL.ok(TIMES, "metric", "ENGAGEMENT_RATE", "zone", NEW_YORK);
        // Tuesday 9: rates {1, 2, 3, 4, 5, 6} % → 3.50; Wednesday 18: five posts at 5 % and one without impressions
        // (no rate: 6 posts, a sample of 5) → 5.00, now the best
        assertEquals(List.of(Map.of("weekday", "WEDNESDAY", "hour", 18, "posts", 6, "sampleSize", 5, "median", "5.00"),
                Map.of("weekday", "TUESDAY", "hour", 9, "posts", 6, "sampleSize", 6, "median", "3.50")),
                r.getList("postingTimes.best"));
    }

    @Test
    void attributedConversionsPerPost() {
        JsonPath r = GraphQL.ok(TIMES, "metric", "ATTRIBUTED_CONVERSIONS", "zone", NEW_YORK);
        // Tuesday 9: t1, t2, t3 one conversion each (last touch), the other three none: {0, 0, 0, 1, 1, 1} → 0.50
        assertEquals("0.50", cell(r, "TUESDAY", 9).get("median"));
        assertEquals("0.00", cell(r, "WEDNESDAY", 18).get("median"));
    }

    @Test
    void aTimeZoneThatIsNoIanaNameIsRefused() {
        for (String zone : List.of("Mars/Olympus", "+02:00", "")) {
            JsonPath refused = GraphQL.post(TIMES, "metric", "CLICKS", "zone", zone);
            assertEquals("BAD_ARGUMENT", refused.getString("errors[0].extensions.code"), zone);
            assertTrue(refused.getString("errors[0].message").contains("not an IANA time zone"), zone);
        }
    }
}
