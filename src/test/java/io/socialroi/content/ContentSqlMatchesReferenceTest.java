package io.socialroi.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

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
 * On a random but reproducible workspace (posts on two channels, keys carried on the wrong channel, touches outside
 * the window, posts and sales outside the period), contentPerformance's SQL gives per content type and per tag what a
 * plain Java computation over the same rows gives: LINEAR credits conversion by conversion, summed per post, grouped.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ContentSqlMatchesReferenceTest {

    static final int LOOKBACK_DAYS = 7;
    static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    static final List<String> TYPES = List.of("REEL", "IMAGE", "CAROUSEL");
    static final List<String> TAGS = List.of("sale", "summer", "howto");

    record RefPost(String channel, String key, String type, List<String> tags, Instant publishedAt, long impressions,
            long engagements, long clicks) {
    }

    record RefTouch(String person, Instant at, String channel, String key) {
    }

    record RefSale(String person, Instant at, long revenue) {
    }

    @Inject
    TestData data;

    final List<RefPost> posts = new ArrayList<>();
    final List<RefTouch> touches = new ArrayList<>();
    final List<RefSale> sales = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data.reset();
        List<String> channels = List.of(TestData.createChannel("Instagram", "SOCIAL"),
                TestData.createChannel("Facebook", "SOCIAL"));
        Random random = new Random(20261202);
        List<Map<String, Object>> postInputs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextInt(3) == 0) {
                    tags.add(tag);
                }
            }
            // the last two are published in April, outside the period asked
            Instant published = (i < 14 ? MARCH : APRIL).plus(random.nextInt(28 * 24), ChronoUnit.HOURS);
            long likes = random.nextInt(500);
            long comments = random.nextInt(50);
            RefPost post = new RefPost(channels.get(random.nextInt(2)), "k" + i, TYPES.get(random.nextInt(3)), tags,
                    published, random.nextInt(20000), likes + comments, random.nextInt(300));
            posts.add(post);
            postInputs.add(new HashMap<>(Map.of("channelId", post.channel(), "externalId", "post-" + i,
                    "publishedAt", published.toString(), "contentType", post.type(), "tags", tags, "utmContent", post.key(),
                    "impressions", post.impressions(), "likes", likes, "comments", comments, "clicks", post.clicks())));
        }
        assertEquals(List.of(), GraphQL.ok(PostGraphQLTest.RECORD, "input", postInputs).getList("recordPosts.userErrors"));
        List<Map<String, Object>> touchInputs = new ArrayList<>();
        List<Map<String, Object>> saleInputs = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            String person = "person-" + p;
            for (int i = random.nextInt(6); i > 0; i--) {
                // keys k0..k17: k16 and k17 are no post's; a key on the other channel is no post's either
                int key = random.nextInt(20);
                RefTouch touch = new RefTouch(person, MARCH.plus(random.nextInt(40 * 24 / 6) * 6L, ChronoUnit.HOURS),
                        channels.get(random.nextInt(2)), key < 18 ? "k" + key : null);
                touches.add(touch);
                Map<String, Object> input = TestData.touch(person, touch.at().toString(), touch.channel(), null);
                if (touch.key() != null) {
                    input.put("utmContent", touch.key());
                }
                touchInputs.add(input);
            }
            for (int j = random.nextInt(3); j > 0; j--) {
                // whole euros: every credit sum is a multiple of 1/12, never a half cent (exact rounding to compare)
                RefSale sale = new RefSale(person, MARCH.plus(random.nextInt(40 * 24 / 6) * 6L + 3, ChronoUnit.HOURS),
                        1 + random.nextInt(1000));
                sales.add(sale);
                saleInputs.add(TestData.sale(person, sale.at().toString(), sale.revenue() + ".00"));
            }
        }
        TestData.recordTouchpoints(touchInputs);
        TestData.recordConversions(saleInputs);
    }

    /** What a group sums, computed from the rows above. */
    static final class RefGroup {
        int posts;
        long impressions;
        long engagements;
        long clicks;
        long touchpoints;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal conversions = BigDecimal.ZERO;
        final List<BigDecimal> revenues = new ArrayList<>();

        Map<String, Object> shown() {
            return Map.of("posts", posts, "impressions", impressions, "engagements", engagements, "clicks", clicks,
                    "touchpoints", touchpoints, "revenue", revenue.setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                    "conversions", conversions.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        }
    }

    /** LINEAR over the 7-day window, conversion by conversion: each touch of the path gets 1/n of the value. */
    Map<RefPost, BigDecimal[]> referenceCredits() {
        Map<RefPost, BigDecimal[]> credits = new HashMap<>();
        for (RefSale sale : sales) {
            if (sale.at().isBefore(MARCH) || !sale.at().isBefore(APRIL)) {
                continue;
            }
            List<RefTouch> path = touches.stream().filter(t -> t.person().equals(sale.person())
                    && !t.at().isAfter(sale.at()) && !t.at().isBefore(sale.at().minus(Duration.ofDays(LOOKBACK_DAYS))))
                    .toList();
            for (RefTouch touch : path) {
                RefPost post = postOf(touch);
                if (post == null) {
                    continue;
                }
                BigDecimal[] sums = credits.computeIfAbsent(post, p -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                sums[0] = sums[0].add(BigDecimal.valueOf(sale.revenue()).divide(BigDecimal.valueOf(path.size()),
                        MathContext.DECIMAL128));
                sums[1] = sums[1].add(BigDecimal.ONE.divide(BigDecimal.valueOf(path.size()), MathContext.DECIMAL128));
            }
        }
        return credits;
    }

    RefPost postOf(RefTouch touch) {
        return posts.stream().filter(p -> p.channel().equals(touch.channel()) && p.key().equals(touch.key()))
                .findFirst().orElse(null);
    }

    Map<String, RefGroup> reference(boolean byTag) {
        Map<RefPost, BigDecimal[]> credits = referenceCredits();
        Map<String, RefGroup> groups = new TreeMap<>();
        for (RefPost post : posts) {
            if (post.publishedAt().isBefore(MARCH) || !post.publishedAt().isBefore(APRIL)) {
                continue;
            }
            List<String> keys = !byTag ? List.of(post.type()) : post.tags().isEmpty() ? List.of("(none)") : post.tags();
            BigDecimal[] credit = credits.getOrDefault(post, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            for (String key : keys) {
                RefGroup group = groups.computeIfAbsent(key, k -> new RefGroup());
                group.posts++;
                group.impressions += post.impressions();
                group.engagements += post.engagements();
                group.clicks += post.clicks();
                group.touchpoints += touches.stream().filter(t -> postOf(t) == post).count();
                group.revenue = group.revenue.add(credit[0]);
                group.conversions = group.conversions.add(credit[1]);
                group.revenues.add(credit[0]);
            }
        }
        return groups;
    }

    Map<String, Map<String, Object>> served(String groupBy, Map<String, RefGroup> reference) {
        JsonPath r = GraphQL.ok("""
                query($groupBy: ContentGroupBy!) {
                  contentPerformance(groupBy: $groupBy, period: {from: "2026-03-01", to: "2026-03-31"},
                      attribution: {model: LINEAR, lookbackDays: 7}) {
                    contentType tag posts impressions engagements clicks touchpoints attributedConversions
                    attributedRevenue { amount } median { attributedRevenue { amount } }
                  }
                }""", "groupBy", groupBy);
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        for (Map<String, Object> row : r.<Map<String, Object>>getList("contentPerformance")) {
            String key = row.get("contentType") != null ? (String) row.get("contentType")
                    : row.get("tag") != null ? (String) row.get("tag") : "(none)";
            groups.put(key, Map.of("posts", row.get("posts"), "impressions", ((Number) row.get("impressions")).longValue(),
                    "engagements", ((Number) row.get("engagements")).longValue(),
                    "clicks", ((Number) row.get("clicks")).longValue(),
                    "touchpoints", ((Number) row.get("touchpoints")).longValue(),
                    "revenue", ((Map<?, ?>) row.get("attributedRevenue")).get("amount"),
                    "conversions", row.get("attributedConversions")));
            // the median post's revenue, within a cent (credits are rounded to 10 decimals before they are summed)
            BigDecimal median = ContentMath.median(reference.get(key).revenues);
            BigDecimal servedMedian = new BigDecimal((String) ((Map<?, ?>) ((Map<?, ?>) row.get("median"))
                    .get("attributedRevenue")).get("amount"));
            assertTrue(median.subtract(servedMedian).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    key + ": median " + servedMedian + " against " + median);
        }
        return groups;
    }

    @Test
    void byContentTypeTheSqlGivesWhatTheRowsGive() {
        Map<String, RefGroup> reference = reference(false);
        Map<String, Map<String, Object>> expected = new TreeMap<>();
        reference.forEach((key, group) -> expected.put(key, group.shown()));
        assertEquals(expected, served("CONTENT_TYPE", reference));
        // the data is not trivial: credits reached posts and the sum is not all of the sales
        assertTrue(reference.values().stream().anyMatch(g -> g.revenue.signum() > 0));
    }

    @Test
    void byTagTheSqlGivesWhatTheRowsGive() {
        Map<String, RefGroup> reference = reference(true);
        Map<String, Map<String, Object>> expected = new TreeMap<>();
        reference.forEach((key, group) -> expected.put(key, group.shown()));
        assertEquals(expected, served("TAG", reference));
    }
}
