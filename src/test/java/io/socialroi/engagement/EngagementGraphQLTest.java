package io.socialroi.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.engagement.EngagementMath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Daily engagement recorded per channel (and per campaign) and media type, and the figures computed from it.
 * Every expected value is worked out by hand in the comments.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class EngagementGraphQLTest {

    static final String RECORD = """
            mutation($input: [EngagementInput!]!) {
              recordEngagement(input: $input) { accepted replaced userErrors { code field message } }
            }""";
    static final String FIELDS = """
            mediaType impressions reach likes comments shares saves engagements clicks videoViews
            followersGained followersLost netFollowers engagementRate clickThroughRate rateUndefinedReason
            followerGrowthRate adSpend { amount } costPerClick { amount } costPerMille { amount }
            costPerEngagement { amount }""";
    static final String CAMPAIGN = "query($id: ID!, $period: DateRangeInput) { campaign(id: $id) { engagement(period: $period) { "
            + FIELDS + " byMediaType { " + FIELDS + " } } } }";
    static final String CHANNELS = "query($period: DateRangeInput) { channels { name engagement(period: $period) { "
            + FIELDS + " byMediaType { " + FIELDS + " } } } }";
    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");

    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;

    String instagram;
    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        campaign = TestData.createCampaign("Launch", "launch", "2026-01-01", instagram);
        // 300.00 EUR of ad spend in March, booked on the campaign and the channel
        TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "channelId", instagram, "category", "AD_SPEND",
                "amount", Map.of("amount", "300.00", "currencyCode", "EUR"), "incurredOn", "2026-03-02")));
        JsonPath recorded = GraphQL.ok(RECORD, "input", List.of(
                day(campaign, "2026-03-01", "PAID", 10000, 8000, 150, 20, 25, 5, 200, 1000, 30, 5, null),
                day(campaign, "2026-03-02", "PAID", 5000, 4000, 50, 10, 10, 5, 100, 400, 10, 5, null),
                day(campaign, "2026-03-01", "OWNED", 2000, 1500, 80, 15, 5, 0, 40, 0, 12, 2, null),
                day(campaign, "2026-04-01", "PAID", 999, 999, 0, 0, 0, 0, 9, 0, 0, 0, null),
                // the channel's own totals, recorded without a campaign
                day(null, "2026-03-01", "OWNED", 3000, 2500, 90, 10, 0, 0, 30, 0, 20, 5, 1000L),
                day(null, "2026-03-02", "OWNED", 2000, 1800, 40, 10, 0, 0, 20, 0, 12, 2, 1010L)));
        assertEquals(Map.of("accepted", 6, "replaced", 0, "userErrors", List.of()), recorded.getMap("recordEngagement"));
    }

    Map<String, Object> day(String campaignId, String date, String media, long impressions, long reach, long likes,
            long comments, long shares, long saves, long clicks, long videoViews, long gained, long lost, Long total) {
        Map<String, Object> item = new HashMap<>(Map.of("channelId", instagram, "date", date, "mediaType", media,
                "impressions", impressions, "reach", reach, "likes", likes, "comments", comments, "shares", shares,
                "saves", saves, "clicks", clicks));
        item.putAll(Map.of("videoViews", videoViews, "followersGained", gained, "followersLost", lost));
        if (campaignId != null) {
            item.put("campaignId", campaignId);
        }
        if (total != null) {
            item.put("followersTotal", total);
        }
        return item;
    }

    @Test
    void campaignFiguresPaidAndOrganicSideBySide() {
        JsonPath e = GraphQL.ok(CAMPAIGN, "id", campaign, "period", MARCH).setRootPath("data.campaign.engagement");
        // PAID in March: impressions 10,000 + 5,000 = 15,000; engagements (150+20+25+5) + (50+10+10+5) = 275;
        // clicks 300. Rate 275/15,000 = 1.8333 % → 1.83; CTR 300/15,000 = 2.00 %.
        // Ad spend 300.00: CPC 300/300 = 1.00; CPM 300 × 1000/15,000 = 20.00; per engagement 300/275 = 1.0909 → 1.09.
        assertEquals(Map.ofEntries(Map.entry("mediaType", "PAID"), Map.entry("impressions", 15000), Map.entry("reach", 12000),
                Map.entry("likes", 200), Map.entry("comments", 30), Map.entry("shares", 35), Map.entry("saves", 10),
                Map.entry("engagements", 275), Map.entry("clicks", 300), Map.entry("videoViews", 1400),
                Map.entry("followersGained", 40), Map.entry("followersLost", 10), Map.entry("netFollowers", 30),
                Map.entry("engagementRate", "1.83"), Map.entry("clickThroughRate", "2.00"),
                Map.entry("adSpend", Map.of("amount", "300.00")), Map.entry("costPerClick", Map.of("amount", "1.00")),
                Map.entry("costPerMille", Map.of("amount", "20.00")), Map.entry("costPerEngagement", Map.of("amount", "1.09"))),
                withoutNulls(e.getMap("byMediaType[0]")));
        // OWNED: 2,000 impressions, 80+15+5+0 = 100 engagements → 5.00 %; 40 clicks → 2.00 %; no ad spend figures
        assertEquals("OWNED", e.getString("byMediaType[1].mediaType"));
        assertEquals(100, e.getInt("byMediaType[1].engagements"));
        assertEquals("5.00", e.getString("byMediaType[1].engagementRate"));
        assertEquals("2.00", e.getString("byMediaType[1].clickThroughRate"));
        assertNull(e.get("byMediaType[1].adSpend"));
        assertNull(e.get("byMediaType[1].costPerClick"));
        // EARNED: nothing recorded: zeros, rates undefined with the reason
        assertEquals("EARNED", e.getString("byMediaType[2].mediaType"));
        assertEquals(0, e.getInt("byMediaType[2].impressions"));
        assertNull(e.get("byMediaType[2].engagementRate"));
        assertEquals(EngagementMath.NO_IMPRESSIONS, e.getString("byMediaType[2].rateUndefinedReason"));
        // Total: 17,000 impressions, 375 engagements → 2.2059 % → 2.21; 340 clicks → 2.00 %; net 52 − 12 = 40;
        // cost ratios from the PAID figures, as above; no followers total known → no growth rate
        assertNull(e.get("mediaType"));
        assertEquals(17000, e.getInt("impressions"));
        assertEquals(375, e.getInt("engagements"));
        assertEquals("2.21", e.getString("engagementRate"));
        assertEquals("2.00", e.getString("clickThroughRate"));
        assertEquals(40, e.getInt("netFollowers"));
        assertNull(e.get("followerGrowthRate"));
        assertEquals("1.00", e.getString("costPerClick.amount"));
        assertEquals("20.00", e.getString("costPerMille.amount"));
        assertEquals("1.09", e.getString("costPerEngagement.amount"));
    }

    @Test
    void allTimeIncludesTheAprilDay() {
        JsonPath e = GraphQL.ok(CAMPAIGN, "id", campaign).setRootPath("data.campaign.engagement");
        // 15,000 + 999 paid impressions, 300 + 9 clicks: CPC 300/309 = 0.9709 → 0.97
        assertEquals(15999, e.getInt("byMediaType[0].impressions"));
        assertEquals(309, e.getInt("byMediaType[0].clicks"));
        assertEquals("0.97", e.getString("costPerClick.amount"));
    }

    @Test
    void channelFiguresUseItsOwnTotalsAndFollowerGrowth() {
        JsonPath e = GraphQL.ok(CHANNELS, "period", MARCH).setRootPath("data.channels[0].engagement");
        // the channel's own rows only (campaign rows are not added): OWNED 3,000 + 2,000 impressions,
        // 100 + 50 engagements → 3.00 %; 50 clicks → 1.00 %
        assertEquals(5000, e.getInt("impressions"));
        assertEquals(150, e.getInt("engagements"));
        assertEquals("3.00", e.getString("engagementRate"));
        assertEquals("1.00", e.getString("clickThroughRate"));
        // followers: start = 1,000 − 20 + 5 = 985 (first day's total minus its net change); net (20+12) − (5+2) = 25;
        // growth 25 / 985 = 2.538 % → 2.54
        assertEquals(25, e.getInt("netFollowers"));
        assertEquals("2.54", e.getString("followerGrowthRate"));
        // 300.00 of channel ad spend but no paid clicks, impressions or engagements: the ratios are undefined
        assertEquals("300.00", e.getString("adSpend.amount"));
        assertNull(e.get("costPerClick"));
        assertNull(e.get("costPerMille"));
        assertNull(e.get("costPerEngagement"));
    }

    @Test
    void aDaySentAgainReplacesIt() {
        JsonPath again = GraphQL.ok(RECORD, "input", List.of(
                day(campaign, "2026-03-02", "PAID", 6000, 4000, 50, 10, 10, 5, 150, 400, 10, 5, null)));
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()), again.getMap("recordEngagement"));
        assertEquals(6L, data.count("engagement_day"));
        JsonPath e = GraphQL.ok(CAMPAIGN, "id", campaign, "period", MARCH).setRootPath("data.campaign.engagement");
        // 10,000 + 6,000 paid impressions; clicks 200 + 150 = 350 → CTR 2.19 %; CPC 300/350 = 0.857 → 0.86
        assertEquals(16000, e.getInt("byMediaType[0].impressions"));
        assertEquals("2.19", e.getString("byMediaType[0].clickThroughRate"));
        assertEquals("0.86", e.getString("costPerClick.amount"));
    }

    @Test
    void badItemsAreUserErrorsAndTheBatchChangesNothing() {
        long before = data.count("engagement_day");
        Map<String, Object> negative = day(campaign, "2026-03-03", "PAID", 10, 10, -1, 0, 0, 0, 0, 0, 0, 0, null);
        Map<String, Object> lostTooMany = day(null, "2026-03-03", "OWNED", 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 40L);
        Map<String, Object> unknownChannel = day(null, "2026-03-04", "OWNED", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        unknownChannel.put("channelId", "Q2hhbm5lbDo5OTk5");
        Map<String, Object> good = day(null, "2026-03-05", "EARNED", 100, 100, 1, 0, 0, 0, 0, 0, 0, 0, null);
        Map<String, Object> twice = day(null, "2026-03-05", "EARNED", 100, 100, 1, 0, 0, 0, 0, 0, 0, 0, null);
        JsonPath result = GraphQL.ok(RECORD, "input", List.of(negative, lostTooMany, unknownChannel, good, twice));
        assertEquals(List.of(
                Map.of("code", "NEGATIVE_COUNT", "field", List.of("input", "0", "likes"),
                        "message", "likes cannot be negative (got -1)."),
                Map.of("code", "FOLLOWERS_LOST_EXCEED_TOTAL", "field", List.of("input", "1", "followersLost"),
                        "message", "followersLost (50) exceeds followersTotal (40)."),
                Map.of("code", "NOT_FOUND", "field", List.of("input", "2", "channelId"),
                        "message", "No channel with ID Q2hhbm5lbDo5OTk5."),
                Map.of("code", "DUPLICATE", "field", List.of("input", "4", "date"),
                        "message", "The same channel, campaign, date and media type is already in this batch.")),
                result.getList("recordEngagement.userErrors"));
        assertEquals(0, result.getInt("recordEngagement.accepted"));
        assertEquals(before, data.count("engagement_day"));
    }

    @Test
    void aBatchOfMoreThan5000DaysIsRefusedWhole() {
        long before = data.count("engagement_day");
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            days.add(day(null, java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString(), "OWNED",
                    1, 1, 0, 0, 0, 0, 0, 0, 0, 0, null));
        }
        JsonPath result = GraphQL.ok(RECORD, "input", days);
        assertEquals(List.of("BATCH_TOO_LARGE"), result.getList("recordEngagement.userErrors.code"));
        assertEquals(before, data.count("engagement_day"));
    }

    static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.values().removeIf(v -> v == null);
        copy.remove("byMediaType");
        return copy;
    }

    /** One persistence rule (design.md): a batch is one upsert statement, so 1,000 days cost what 1 day costs. */
    @Test
    void aBatchOf1000DaysCostsTheStatementsOfOneDay() {
        long before = data.count("engagement_day");
        long one = statementsToRecord(days(1), 1, 0);
        long thousand = statementsToRecord(days(1_000), 999, 1);
        assertEquals(one, thousand, "statements for 1 day: " + one + ", for 1,000: " + thousand);
        // sent again, all 1,000 replace the days recorded, still in as many statements
        assertEquals(one, statementsToRecord(days(1_000), 0, 1_000));
        assertEquals(before + 1_000, data.count("engagement_day"));
    }

    private List<Map<String, Object>> days(int count) {
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(Map.of("channelId", instagram, "campaignId", campaign, "mediaType", "OWNED",
                    "date", java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString(), "likes", i));
        }
        return days;
    }

    private long statementsToRecord(List<Map<String, Object>> days, int accepted, int replaced) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath recorded = GraphQL.ok(RECORD, "input", days);
        long statements = statistics.getPrepareStatementCount();
        assertEquals(Map.of("accepted", accepted, "replaced", replaced, "userErrors", List.of()),
                recorded.getMap("recordEngagement"));
        return statements;
    }
}
