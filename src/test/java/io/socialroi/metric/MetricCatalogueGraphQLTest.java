package io.socialroi.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.goal.GoalMetric;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;

/**
 * Every metric of the catalogue, on one month of data, as a campaign goal, a workspace goal and a series: each
 * shows the number of the field it reads. Today is 2026-03-01; goals run March 1–31 and are read on 03-31; the
 * series are one MONTH bucket. Arithmetic in the comments.
 *
 * <pre>
 * campaign A   AD_SPEND 200.00 on 03-02; p1 touched via A on 03-03, SALE 300.00 on 03-04 (last touch: all to A)
 * value        a SALE is worth 40.00 (actionValues)
 * EMV          "crm" CPC 2.00; 15 organic clicks with A on 03-05 = 30.00; 5 more on 03-20 without campaign = 10.00
 * savings      A on Instagram, March 1–31, 62 contacts × 1.00 = 62.00
 * engagement   A, 03-02, PAID: 1000 impressions, reach 800, 30 likes, 10 comments, 5 shares, 5 saves, 20 clicks,
 *              100 video views, +12 −2 followers; Instagram's own, 03-03, OWNED: 500 impressions, reach 400,
 *              40 likes, 5 clicks, 50 video views, +3 −1 followers (no CPM set: impressions add no EMV)
 * </pre>
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricCatalogueGraphQLTest {

    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");
    /** The series TimeSeriesMetric's description calls money: they carry the reporting currency. */
    static final Set<String> MONEY = Set.of("COST", "REVENUE", "SERVICE_SAVINGS", "EARNED_MEDIA_VALUE");

    @Inject
    TestData data;
    @Inject
    TestClock clock;

    String instagram;
    String a;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setToday("2026-03-01");
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        a = TestData.createCampaign("A", null, "2026-03-01", instagram);
        TestData.recordCost(new HashMap<>(Map.of("campaignId", a, "category", "AD_SPEND",
                "amount", Map.of("amount", "200.00", "currencyCode", "EUR"), "incurredOn", "2026-03-02")));
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-03T10:00:00Z", instagram, a)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-04T10:00:00Z", "300.00")));
        GraphQL.ok("mutation { setActionValue(input: {conversionType: SALE, value: {amount: \"40.00\","
                + " currencyCode: \"EUR\"}}) { actionValue { conversionType } } }");
        TestData.setKeywordCpc("crm", "2.00", "2026-03-01");
        TestData.recordOrganicClicks("crm", "2026-03-05", 15, a);
        TestData.recordOrganicClicks("crm", "2026-03-20", 5, null);
        TestData.recordServiceSavings(instagram, a, "2026-03-01", "2026-03-31", 62, "1.00");
        GraphQL.ok("""
                mutation($ch: ID!, $a: ID!) { recordEngagement(input: [
                  {channelId: $ch, campaignId: $a, date: "2026-03-02", mediaType: PAID, impressions: 1000, reach: 800,
                   likes: 30, comments: 10, shares: 5, saves: 5, clicks: 20, videoViews: 100, followersGained: 12,
                   followersLost: 2},
                  {channelId: $ch, date: "2026-03-03", mediaType: OWNED, impressions: 500, reach: 400, likes: 40,
                   clicks: 5, videoViews: 50, followersGained: 3, followersLost: 1}
                ]) { accepted } }""", "ch", instagram, "a", a);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        data.reset();
    }

    @Test
    void campaignFieldsHoldTheHandComputedFigures() {
        JsonPath c = GraphQL.ok("""
                query($a: ID!, $p: DateRangeInput) { node(id: $a) { ... on Campaign {
                  totalCost(period: $p) { amount } attributedRevenue(period: $p) { amount }
                  attributedValue(period: $p) { amount } conversions(period: $p)
                  roi(period: $p) { netReturn { amount } percent roas valuePercent }
                  earnedMediaValue(period: $p) { total { amount } } serviceSavings(period: $p) { savings { amount } }
                  engagement(period: $p) { impressions engagements engagementRate clicks clickThroughRate
                    followersGained netFollowers } } } }""", "a", a, "p", MARCH);
        assertEquals("200.00", c.getString("node.totalCost.amount"));
        assertEquals("300.00", c.getString("node.attributedRevenue.amount"));
        assertEquals("40.00", c.getString("node.attributedValue.amount"));
        assertEquals("1.00", c.getString("node.conversions"));
        // 300 − 200 = 100; 100 × 100 / 200 = 50 %; 300 / 200 = 1.50
        assertEquals("100.00", c.getString("node.roi.netReturn.amount"));
        assertEquals("50.00", c.getString("node.roi.percent"));
        assertEquals("1.50", c.getString("node.roi.roas"));
        // (300 + 40 + 30 + 62 − 200) × 100 / 200 = 116 %
        assertEquals("116.00", c.getString("node.roi.valuePercent"));
        assertEquals("30.00", c.getString("node.earnedMediaValue.total.amount"));
        assertEquals("62.00", c.getString("node.serviceSavings.savings.amount"));
        // 30 + 10 + 5 + 5 = 50 engagements; 50 / 1000 = 5 %; 20 / 1000 = 2 %; 12 − 2 = 10
        assertEquals(List.of(1000, 50, "5.00", 20, "2.00", 12, 10), List.of(c.getInt("node.engagement.impressions"),
                c.getInt("node.engagement.engagements"), c.getString("node.engagement.engagementRate"),
                c.getInt("node.engagement.clicks"), c.getString("node.engagement.clickThroughRate"),
                c.getInt("node.engagement.followersGained"), c.getInt("node.engagement.netFollowers")));
    }

    @Test
    void everyGoalMetricShowsItsFieldOnACampaignAndTheWorkspace() {
        Map<String, String> campaign = new LinkedHashMap<>();
        Map<String, String> workspace = new LinkedHashMap<>();
        expect(campaign, workspace, "REVENUE", "300.00", "300.00");
        expect(campaign, workspace, "COST", "200.00", "200.00");
        expect(campaign, workspace, "NET_RETURN", "100.00", "100.00");
        expect(campaign, workspace, "ROI", "50.00", "50.00");
        expect(campaign, workspace, "ROAS", "1.50", "1.50");
        expect(campaign, workspace, "CONVERSIONS", "1.00", "1.00");
        expect(campaign, workspace, "ATTRIBUTED_VALUE", "40.00", "40.00");
        // the workspace counts the channels' own rows: 500 impressions, 40 engagements (8 %), 5 clicks (1 %), +3 −1
        expect(campaign, workspace, "IMPRESSIONS", "1000", "500");
        expect(campaign, workspace, "ENGAGEMENTS", "50", "40");
        expect(campaign, workspace, "ENGAGEMENT_RATE", "5.00", "8.00");
        expect(campaign, workspace, "CLICKS", "20", "5");
        expect(campaign, workspace, "CLICK_THROUGH_RATE", "2.00", "1.00");
        expect(campaign, workspace, "FOLLOWERS_GAINED", "12", "3");
        expect(campaign, workspace, "NET_FOLLOWERS", "10", "2");
        // the workspace counts every organic click: 20 × 2.00
        expect(campaign, workspace, "EARNED_MEDIA_VALUE", "30.00", "40.00");
        expect(campaign, workspace, "SERVICE_SAVINGS", "62.00", "62.00");
        // workspace: (300 + 40 + 40 + 62 − 200) × 100 / 200 = 121 %
        expect(campaign, workspace, "VALUE_ROI", "116.00", "121.00");
        assertEquals(Arrays.stream(GoalMetric.values()).map(Enum::name).toList(), List.copyOf(campaign.keySet()),
                "every GoalMetric is checked");
        campaign.keySet().forEach(metric -> {
            goal(metric, a);
            goal(metric, null);
        });
        JsonPath goals = GraphQL.ok("""
                { goals { metric campaign { id } progress(asOf: "2026-03-31") { currentValue undefinedReason } } }""");
        Map<String, String> campaignValues = new LinkedHashMap<>();
        Map<String, String> workspaceValues = new LinkedHashMap<>();
        List<Map<String, Object>> rows = goals.getList("goals");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> progress = (Map<String, Object>) row.get("progress");
            (row.get("campaign") == null ? workspaceValues : campaignValues)
                    .put((String) row.get("metric"), (String) progress.get("currentValue"));
        }
        assertEquals(campaign, campaignValues);
        assertEquals(workspace, workspaceValues);
    }

    @Test
    void everySeriesMetricShowsTheCampaignsField() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("COST", "200.00");
        expected.put("REVENUE", "300.00");
        expected.put("ROI", "50.00");
        expected.put("CONVERSIONS", "1.00");
        expected.put("IMPRESSIONS", "1000");
        expected.put("REACH", "800");
        expected.put("ENGAGEMENTS", "50");
        expected.put("ENGAGEMENT_RATE", "5.00");
        expected.put("CLICKS", "20");
        expected.put("CLICK_THROUGH_RATE", "2.00");
        expected.put("VIDEO_VIEWS", "100");
        expected.put("FOLLOWERS_GAINED", "12");
        expected.put("NET_FOLLOWERS", "10");
        expected.put("SERVICE_SAVINGS", "62.00");
        expected.put("EARNED_MEDIA_VALUE", "30.00");
        expected.put("VALUE_ROI", "116.00");
        assertEquals(Arrays.stream(TimeSeriesMetric.values()).map(Enum::name).toList(), List.copyOf(expected.keySet()),
                "every TimeSeriesMetric is checked");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String metric : expected.keySet()) {
            JsonPath series = GraphQL.ok("""
                    query($m: TimeSeriesMetric!, $a: ID!, $p: DateRangeInput!) {
                      timeSeries(metric: $m, granularity: MONTH, period: $p, campaignId: $a) {
                        currencyCode points { value } } }""", "m", metric, "a", a, "p", MARCH);
            actual.put(metric, series.getString("timeSeries.points[0].value"));
            assertEquals(MONEY.contains(metric) ? "EUR" : null, series.getString("timeSeries.currencyCode"), metric);
        }
        assertEquals(expected, actual);
    }

    private static void expect(Map<String, String> campaign, Map<String, String> workspace, String metric,
            String ofCampaign, String ofWorkspace) {
        campaign.put(metric, ofCampaign);
        workspace.put(metric, ofWorkspace);
    }

    private static void goal(String metric, String campaign) {
        Map<String, Object> input = new HashMap<>(Map.of("name", metric + " goal", "metric", metric, "target", "1",
                "startDate", "2026-03-01", "deadline", "2026-03-31"));
        if (campaign != null) {
            input.put("campaignId", campaign);
        }
        JsonPath r = GraphQL.ok("mutation($i: CreateGoalInput!) { createGoal(input: $i) { goal { id }"
                + " userErrors { code field } } }", "i", input);
        assertEquals(List.of(), r.getList("createGoal.userErrors"), metric);
    }
}
