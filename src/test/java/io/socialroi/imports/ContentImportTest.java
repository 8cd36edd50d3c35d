package io.socialroi.imports;

import static io.socialroi.imports.ImportGraphQLTest.assertNoLeak;
import static io.socialroi.imports.ImportGraphQLTest.ok;
import static io.socialroi.imports.ImportGraphQLTest.raw;
import static io.socialroi.imports.ImportGraphQLTest.withoutHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * The post-performance and audience formats through POST /imports against PostgreSQL: the fixtures under
 * src/test/resources/imports (Instagram's, Facebook's, LinkedIn's and X's per-post exports, a tidy audience export)
 * imported, their totals worked out by hand in the comments; re-imports, restatements, refusals and undo.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ContentImportTest {

    static final String DELETE = ImportGraphQLTest.DELETE;

    static final String REPORT = """
            query($channelId: ID) {
              contentPerformance(groupBy: CONTENT_TYPE, period: {from: "2026-03-01", to: "2026-03-31"},
                  channelId: $channelId) { contentType posts impressions reach clicks videoViews }
            }""";

    static final String RECORD_POSTS = """
            mutation($input: [PostInput!]!) { recordPosts(input: $input) { accepted replaced userErrors { code } } }""";

    static final String COMPARE = """
            query($ids: [String!]!) {
              audienceComparison(channelIds: $ids, date: "2026-03-01") {
                differences { dimension segment spread shares { channelId share } }
              }
            }""";

    /** The posts, metric by metric, in a fixed order: what "nothing changed" compares (not import_id, updated_at). */
    static final String POSTS = """
            select string_agg(concat_ws('|', channel_id, external_id, published_at, content_type, url, impressions,
              reach, likes, comments, shares, saves, clicks, video_views), ',' order by channel_id, external_id)
            from post""";

    static final String SHARES = """
            select string_agg(concat_ws('|', channel_id, day, dimension, segment, share), ','
              order by channel_id, dimension, segment) from audience_share""";

    @Inject
    TestData data;

    String instagram;
    String facebook;
    String linkedIn;
    String twitter;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        twitter = TestData.createChannel("Twitter", "SOCIAL");
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of(ContentImportTest.class.getResource("/imports/" + name).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A channel's report rows by content type: type → [posts, impressions, reach, clicks, videoViews]. */
    static Map<String, List<Integer>> byType(String channelId) {
        List<Map<String, Object>> rows = GraphQL.ok(REPORT, "channelId", channelId).getList("contentPerformance");
        Map<String, List<Integer>> result = new java.util.TreeMap<>();
        rows.forEach(r -> result.put((String) r.get("contentType"), List.of((Integer) r.get("posts"),
                (Integer) r.get("impressions"), (Integer) r.get("reach"), (Integer) r.get("clicks"),
                (Integer) r.get("videoViews"))));
        return result;
    }

    @Test
    void aDryRunOfAPostExportCountsItsPostsAndWritesNothing() {
        Map<String, String> before = withoutHistory(data.fingerprint());
        JsonPath preview = ok(raw("instagram.csv", fixture("instagram_posts.csv"), "dryRun", "true"));
        assertEquals("DRY_RUN", preview.getString("status"));
        assertEquals("POST_PERFORMANCE", preview.getString("format"));
        assertEquals(3, preview.getInt("counts.read"));
        // three posts, all on Instagram: the permalinks' host (instagram.com) names the platform
        assertEquals(Map.of("costs", 0, "engagementDays", 0, "conversions", 0, "touchpoints", 0, "posts", 3,
                "audienceSnapshots", 0), preview.getMap("targets"));
        assertEquals(List.of("Instagram"), preview.getList("channelTotals.name"));
        assertEquals(List.of(3), preview.getList("channelTotals.rows"));
        assertEquals(List.of(List.of()), preview.getList("channelTotals.costs"));
        assertEquals(List.of(), preview.getList("campaignTotals"));
        assertEquals(before, withoutHistory(data.fingerprint()));
    }

    @Test
    void eachPlatformsExportRecordsItsPostsAndTheSameFileAgainChangesNothing() {
        JsonPath ig = ok(raw("instagram.csv", fixture("instagram_posts.csv")));
        assertEquals(Map.of("read", 3, "written", 3, "replaced", 0, "rejected", 0, "skipped", 0), ig.getMap("counts"));
        // Instagram: IG image 1200 impressions, 900 reach; IG reel 5400, 4100, 9800 plays; IG carousel 800, 650.
        // No link clicks column: 0 clicks.
        assertEquals(Map.of("CAROUSEL", List.of(1, 800, 650, 0, 0), "IMAGE", List.of(1, 1200, 900, 0, 0),
                "REEL", List.of(1, 5400, 4100, 0, 9800)), byType(instagram));
        // likes 80 + 300 + 45 = 425, comments 10 + 25 + 6 = 41, shares 5 + 40 + 3 = 48, saves 15 + 60 + 20 = 95
        assertEquals("425|41|48|95", data.scalar("select sum(likes) || '|' || sum(comments) || '|' || sum(shares)"
                + " || '|' || sum(saves) from post where url like '%instagram.com%'"));
        // the Publish time 03/16/2026 18:05 is UTC
        assertEquals("2026-03-16T18:05Z", data.scalar("select to_char(published_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') from post where external_id = '17900000000000002'"));

        ok(raw("facebook.csv", fixture("facebook_posts.csv")));
        // Facebook: Photos 3000 impressions, 2500 reach, 40 link clicks; Videos 6000, 4800, 120, 2100 3-second views;
        // Links 1500, 1300, 95. Reactions are the likes: 120 + 350 + 25 = 495.
        assertEquals(Map.of("IMAGE", List.of(1, 3000, 2500, 40, 0), "VIDEO", List.of(1, 6000, 4800, 120, 2100),
                "LINK", List.of(1, 1500, 1300, 95, 0)), byType(facebook));
        assertEquals("495", data.scalar("select sum(likes) from post where url like '%facebook.com%'"));

        ok(raw("linkedin.csv", fixture("linkedin_posts.csv")));
        // LinkedIn: no post id, the link is the id; Post type "Organic" is no type, Content Type is: Image 2500
        // impressions and 60 clicks, Document (a carousel) 4100 and 210. No reach column: 0.
        assertEquals(Map.of("CAROUSEL", List.of(1, 4100, 0, 210, 0), "IMAGE", List.of(1, 2500, 0, 60, 0)),
                byType(linkedIn));
        assertEquals("https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000001|2026-03-12",
                data.scalar("select external_id || '|' || (published_at at time zone 'UTC')::date from post"
                        + " where likes = 45 and url like '%linkedin.com%'"));

        ok(raw("x.csv", fixture("x_posts.csv")));
        // X: twitter.com links go to the channel named Twitter; no type column: OTHER. Impressions 3200 + 1800 = 5000,
        // url clicks 41 + 22 = 63, media views 740; likes 60 + 35 = 95, replies 7 + 3 = 10, retweets 12 + 6 = 18.
        assertEquals(Map.of("OTHER", List.of(2, 5000, 0, 63, 740)), byType(twitter));
        assertEquals("95|10|18|2026-03-14 16:20", data.scalar("select sum(likes) || '|' || sum(comments) || '|'"
                + " || sum(shares) || '|' || to_char(min(published_at) at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"
                + " from post where url like '%twitter.com%'"));
        assertEquals(10, data.count("post"));

        String posts = data.scalar(POSTS);
        // the workspace's data version moves with every write; the posts are compared by value (their import changes)
        Map<String, String> before = withoutHistory(data.fingerprint());
        before.remove("post");
        before.remove("workspace");
        JsonPath again = ok(raw("instagram.csv", fixture("instagram_posts.csv")));
        // every post was recorded: replaced, not added, with the same values
        assertEquals(Map.of("read", 3, "written", 0, "replaced", 3, "rejected", 0, "skipped", 0), again.getMap("counts"));
        assertEquals(posts, data.scalar(POSTS));
        Map<String, String> after = withoutHistory(data.fingerprint());
        after.remove("post");
        after.remove("workspace");
        assertEquals(before, after);
    }

    @Test
    void aLaterFileRestatesAPostAndTheSameIdTwiceInAFileKeepsTheLaterRow() {
        ok(raw("instagram.csv", fixture("instagram_posts.csv")));
        String restated = """
                Post ID,Publish time,Permalink,Post type,Impressions,Reach,Likes,Comments,Plays
                17900000000000002,03/16/2026 18:05,https://www.instagram.com/reel/AbC2/,IG reel,5800,4300,310,26,10100
                17900000000000002,03/16/2026 18:05,https://www.instagram.com/reel/AbC2/,IG reel,6000,4400,320,27,10400
                """;
        JsonPath result = ok(raw("restated.csv", restated));
        assertEquals(1, result.getInt("counts.replaced"));
        assertEquals(0, result.getInt("counts.written"));
        // the reel: the later row (6000 impressions) wins; impressions 1200 + 6000 + 800 = 8000; its saves and shares,
        // absent from this file, are 0 now (lifetime metrics are replaced as a whole, as recordPosts does)
        assertEquals("8000|3", data.scalar("select sum(impressions) || '|' || count(*) from post"));
        assertEquals("6000|4400|320|27|10400|0|0", data.scalar("select concat_ws('|', impressions, reach, likes,"
                + " comments, video_views, saves, shares) from post where external_id = '17900000000000002'"));
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndNothingIsWritten() {
        String bad = """
                Post ID,Publish time,Permalink,Post type,Impressions,Likes
                1,03/15/2026 10:30,https://www.instagram.com/p/A1/,IG image,100,5
                2,03/15/2026 11:30,https://www.instagram.com/p/A2/,Hologram,100,5
                3,03/15/2026 12:30,https://www.instagram.com/p/A3/,IG image,100,-5
                ,03/15/2026 13:30,,IG image,100,5
                5,yesterday,https://www.instagram.com/p/A5/,IG image,100,5
                """;
        Map<String, String> before = withoutHistory(data.fingerprint());
        Response response = raw("bad.csv", bad);
        assertEquals(422, response.statusCode(), response.asString());
        JsonPath answer = response.jsonPath();
        // the header is line 1: the data rows are lines 2 to 6
        assertEquals(List.of(3, 4, 5, 6), answer.getList("errors.line"));
        assertEquals(List.of("UNKNOWN_CONTENT_TYPE", "NEGATIVE_COUNT", "MISSING_VALUE", "INVALID_DATE"),
                answer.getList("errors.code"));
        assertEquals(List.of("post type", "metrics", "Post ID", "Publish time"), answer.getList("errors.column"));
        assertEquals(4, answer.getInt("result.counts.rejected"));
        assertEquals(before, withoutHistory(data.fingerprint()));
        assertNoLeak(response.asString());
    }

    @Test
    void theChannelComesFromChannelIdOrPlatformWhenTheRowsDoNotTellIt() {
        String tidy = """
                post_id,published_at,content_type,impressions,clicks
                li-1,2026-03-10T08:00:00Z,TEXT,700,12
                """;
        Response unknown = raw("tidy.csv", tidy);
        assertEquals(422, unknown.statusCode(), unknown.asString());
        assertEquals("UNKNOWN_CHANNEL", unknown.jsonPath().getString("errors[0].code"));
        assertEquals(2, unknown.jsonPath().getInt("errors[0].line"));
        assertEquals(0, data.count("post"));
        ok(raw("tidy.csv", tidy, "platform", "LINKEDIN"));
        assertEquals(Map.of("TEXT", List.of(1, 700, 0, 12, 0)), byType(linkedIn));
        // channelId wins over the rows' own platform: the Instagram export onto Facebook
        ok(raw("instagram.csv", fixture("instagram_posts.csv"), "channelId", facebook, "dryRun", "false"));
        assertEquals(3, byType(facebook).size());
        assertEquals(Map.of(), byType(instagram));
    }

    @Test
    void deletingAnImportRemovesThePostsItStillOwns() {
        String first = ok(raw("instagram.csv", fixture("instagram_posts.csv"))).getString("id");
        // recordPosts updates the reel: it is no import's now
        Map<String, Object> reel = Map.of("channelId", instagram, "externalId", "17900000000000002",
                "publishedAt", "2026-03-16T18:05:00Z", "contentType", "REEL", "impressions", 7000);
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()),
                GraphQL.ok(RECORD_POSTS, "input", List.of(reel)).getMap("recordPosts"));
        // a later import sends the carousel again: that import owns it now
        String carousel = """
                Post ID,Publish time,Permalink,Post type,Impressions
                17900000000000003,03/17/2026 08:00,https://www.instagram.com/p/AbC3/,IG carousel,900
                """;
        String second = ok(raw("carousel.csv", carousel)).getString("id");

        JsonPath deleted = GraphQL.ok(DELETE, "id", first);
        assertEquals(List.of(), deleted.getList("deleteImport.userErrors"));
        // the image goes; the reel (recordPosts') and the carousel (the later import's) stay
        assertEquals("17900000000000002|7000,17900000000000003|900", data.scalar("select string_agg(external_id"
                + " || '|' || impressions, ',' order by external_id) from post"));
        GraphQL.ok(DELETE, "id", second);
        assertEquals("17900000000000002", data.scalar("select string_agg(external_id, ',') from post"));
    }

    @Test
    void anAudienceExportRecordsEachChannelsSnapshot() {
        String file = fixture("audience.csv");
        Map<String, String> before = withoutHistory(data.fingerprint());
        JsonPath preview = ok(raw("audience.csv", file, "dryRun", "true"));
        assertEquals("AUDIENCE", preview.getString("format"));
        // two snapshots: Instagram and Facebook on 2026-03-01; 9 rows for Instagram, 6 for Facebook
        assertEquals(2, preview.getInt("targets.audienceSnapshots"));
        assertEquals(0, preview.getInt("targets.posts"));
        assertEquals(Map.of("Instagram", 9, "Facebook", 6), Map.of(preview.getString("channelTotals[0].name"),
                preview.getInt("channelTotals[0].rows"), preview.getString("channelTotals[1].name"),
                preview.getInt("channelTotals[1].rows")));
        assertEquals(before, withoutHistory(data.fingerprint()));

        JsonPath result = ok(raw("audience.csv", file));
        assertEquals(Map.of("read", 15, "written", 2, "replaced", 0, "rejected", 0, "skipped", 0),
                result.getMap("counts"));
        assertEquals(15, data.count("audience_share"));
        // 18-24: Instagram 41 against Facebook 12 ("18–24" with an en dash is the same segment): spread 29, the largest
        JsonPath compared = GraphQL.ok(COMPARE, "ids", List.of(instagram, facebook));
        assertEquals("18-24", compared.getString("audienceComparison.differences[0].segment"));
        assertEquals("29", compared.getString("audienceComparison.differences[0].spread"));
        assertEquals(List.of(Map.of("channelId", instagram, "share", "41"), Map.of("channelId", facebook, "share", "12")),
                compared.getList("audienceComparison.differences[0].shares"));
        // "55%" is 55
        assertEquals("1", data.scalar("select count(*) from audience_share where segment = 'BR' and share = 55"));

        String shares = data.scalar(SHARES);
        JsonPath again = ok(raw("audience.csv", file));
        assertEquals(Map.of("read", 15, "written", 0, "replaced", 2, "rejected", 0, "skipped", 0),
                again.getMap("counts"));
        assertEquals(shares, data.scalar(SHARES));

        GraphQL.ok(DELETE, "id", again.getString("id"));
        assertEquals(0, data.count("audience_share"));
    }

    @Test
    void anAudienceFileWhoseSharesDoNotAddUpIsRefused() {
        String bad = """
                date,platform,dimension,segment,share
                2026-03-01,instagram,gender,female,60.2
                2026-03-01,instagram,gender,male,38.5
                2026-03-01,instagram,income,high,100
                2026-03-01,facebook,age,18-24,50
                2026-03-01,facebook,age,18–24,50
                """;
        Map<String, String> before = withoutHistory(data.fingerprint());
        Response response = raw("audience.csv", bad);
        assertEquals(422, response.statusCode(), response.asString());
        JsonPath answer = response.jsonPath();
        // line 4: an unknown dimension; line 6: 18–24 is 18-24 again; gender 60.2 + 38.5 = 98.7, not 100 ± 0.5, told
        // at its first line (2) once the whole file is read
        assertEquals(List.of(4, 6, 2), answer.getList("errors.line"));
        assertEquals(List.of("UNKNOWN_DIMENSION", "DUPLICATE", "SHARES_NOT_100"), answer.getList("errors.code"));
        assertEquals(before, withoutHistory(data.fingerprint()));
        assertNoLeak(response.asString());
    }
}
