package io.socialroi.audience;

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
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/** Audience snapshots recorded, replaced, refused, and compared across channels; expected values by hand. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AudienceGraphQLTest {

    static final String RECORD = """
            mutation($input: [AudienceSnapshotInput!]!) {
              recordAudiences(input: $input) { accepted replaced userErrors { code field message } }
            }""";
    static final String COMPARE = """
            query($ids: [String!]!, $date: Date!) {
              audienceComparison(channelIds: $ids, date: $date) {
                date differences { dimension segment spread shares { channelId share snapshotDate } }
              }
            }""";

    @Inject
    TestData data;

    String instagram;
    String facebook;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        Map<String, Object> igMarch1 = snapshot(instagram, "2026-03-01");
        igMarch1.put("ageBands", shares("18\u201324", "41", "25-34", "35", "35-44", "24"));
        igMarch1.put("genders", shares("female", "60", "male", "39.7")); // 99.7: within the rounding tolerance
        Map<String, Object> igMarch20 = snapshot(instagram, "2026-03-20");
        igMarch20.put("ageBands", shares("18-24", "45", "25-34", "35", "35-44", "20"));
        Map<String, Object> fbMarch10 = snapshot(facebook, "2026-03-10");
        fbMarch10.put("ageBands", shares("18-24", "12", "25-34", "30", "35-44", "38", "45-54", "20"));
        fbMarch10.put("genders", shares("Female", "50", "male", "50"));
        assertEquals(Map.of("accepted", 3, "replaced", 0, "userErrors", List.of()),
                GraphQL.ok(RECORD, "input", List.of(igMarch1, igMarch20, fbMarch10)).getMap("recordAudiences"));
    }

    static Map<String, Object> snapshot(String channelId, String date) {
        return new HashMap<>(Map.of("channelId", channelId, "date", date));
    }

    static List<Map<String, Object>> shares(String... segmentsAndShares) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (int i = 0; i < segmentsAndShares.length; i += 2) {
            shares.add(Map.of("segment", segmentsAndShares[i], "share", segmentsAndShares[i + 1]));
        }
        return shares;
    }

    @Test
    void theLargestDifferencesFirstFromEachChannelsLatestSnapshot() {
        JsonPath r = GraphQL.ok(COMPARE, "ids", List.of(instagram, facebook), "date", "2026-03-15");
        // on March 15 Instagram's latest snapshot is March 1's, Facebook's March 10's.
        // 18-24: 41 against 12 → 29; 45-54: Instagram does not list it (0) against 20 → 20; 35-44: 24 against 38 → 14;
        // male 39.7 against 50 → 10.3; female 60 against 50 → 10 ("Female" is the same segment); 25-34: 35 against 30 → 5
        assertEquals(List.of("18-24", "45-54", "35-44", "male", "female", "25-34"),
                r.getList("audienceComparison.differences.segment"));
        assertEquals(List.of("29", "20", "14", "10.3", "10", "5"), r.getList("audienceComparison.differences.spread"));
        assertEquals(List.of(Map.of("channelId", instagram, "share", "41", "snapshotDate", "2026-03-01"),
                Map.of("channelId", facebook, "share", "12", "snapshotDate", "2026-03-10")),
                r.getList("audienceComparison.differences[0].shares"));
        assertEquals("0", r.getString("audienceComparison.differences[1].shares[0].share"));
        // on March 25 Instagram's March 20 snapshot answers: 18-24 45 against 12 → 33
        JsonPath later = GraphQL.ok(COMPARE, "ids", List.of(instagram, facebook), "date", "2026-03-25");
        assertEquals("33", later.getString("audienceComparison.differences[0].spread"));
        // on March 5 Facebook has no snapshot yet: its shares are null, the spreads over Instagram alone 0
        JsonPath early = GraphQL.ok(COMPARE, "ids", List.of(instagram, facebook), "date", "2026-03-05");
        assertNull(early.get("audienceComparison.differences[0].shares[1].share"));
        assertEquals("0", early.getString("audienceComparison.differences[0].spread"));
    }

    @Test
    void aDimensionSentAgainReplacesItTheOthersStay() {
        Map<String, Object> again = snapshot(instagram, "2026-03-01");
        again.put("ageBands", shares("18-24", "50", "25-34", "50"));
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()),
                GraphQL.ok(RECORD, "input", List.of(again)).getMap("recordAudiences"));
        JsonPath r = GraphQL.ok(COMPARE, "ids", List.of(instagram), "date", "2026-03-01");
        // age bands as sent again (35-44 is gone), genders of March 1 kept
        assertEquals(List.of("18-24", "25-34", "female", "male"), r.getList("audienceComparison.differences.segment")
                .stream().sorted().toList());
    }

    @Test
    void badSnapshotsChangeNothing() {
        Map<String, String> before = data.fingerprint();
        Map<String, Object> notHundred = snapshot(instagram, "2026-04-01");
        notHundred.put("ageBands", shares("18-24", "50", "25-34", "40"));
        Map<String, Object> negative = snapshot(instagram, "2026-04-02");
        negative.put("genders", shares("female", "101", "male", "-1"));
        Map<String, Object> twice = snapshot(facebook, "2026-04-01");
        twice.put("genders", shares("female", "50", "Female", "50"));
        Map<String, Object> empty = snapshot(facebook, "2026-04-02");
        JsonPath refused = GraphQL.ok(RECORD, "input", List.of(notHundred, negative, twice, empty));
        assertEquals(0, refused.getInt("recordAudiences.accepted"));
        assertEquals(List.of(
                Map.of("code", "SHARES_NOT_100", "field", List.of("input", "0", "ageBands")),
                Map.of("code", "INVALID_VALUE", "field", List.of("input", "1", "genders", "0", "share")),
                Map.of("code", "INVALID_VALUE", "field", List.of("input", "1", "genders", "1", "share")),
                Map.of("code", "DUPLICATE", "field", List.of("input", "2", "genders", "1", "segment")),
                Map.of("code", "REQUIRED", "field", List.of("input", "3", "ageBands"))),
                refused.getList("recordAudiences.userErrors", Map.class).stream()
                        .map(e -> Map.of("code", e.get("code"), "field", e.get("field"))).toList());
        assertEquals("The shares add up to 90 %, not 100 % (± 0.5).",
                refused.getString("recordAudiences.userErrors[0].message"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void badArgumentsAreTopLevelErrors() {
        for (Object ids : List.of(List.of(), List.of("not-a-channel"), List.of(instagram, instagram))) {
            assertEquals("BAD_ARGUMENT", GraphQL.post(COMPARE, "ids", ids, "date", "2026-03-01")
                    .getString("errors[0].extensions.code"), ids.toString());
        }
        assertEquals("BAD_ARGUMENT", GraphQL.post(COMPARE, "ids", List.of(instagram), "date", "soon")
                .getString("errors[0].extensions.code"));
    }
}
