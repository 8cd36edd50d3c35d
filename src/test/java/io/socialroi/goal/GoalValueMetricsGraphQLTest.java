package io.socialroi.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;

/**
 * Goals on the returns beyond revenue: EARNED_MEDIA_VALUE, SERVICE_SAVINGS and VALUE_ROI, on a campaign and on the
 * workspace. Today is 2026-03-01; the goals run March 1–31 (31 days). Arithmetic in the comments.
 *
 * <pre>
 * campaign A   cost 300.00 (AD_SPEND on 03-02); p1 SALE 330.00 on 03-04 via A
 * EMV          "crm" CPC 2.00 from 03-01; 15 organic clicks on 03-05 with A = 30.00; 5 more on 03-20 without campaign
 * savings      A on Instagram, March 1–31, 62 contacts × 1.00 = 62.00 (2.00 a day)
 * </pre>
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class GoalValueMetricsGraphQLTest {

    static final String PROGRESS = """
            query($id: ID!, $asOf: Date) { node(id: $id) { ... on Goal { progress(asOf: $asOf) {
              currentValue undefinedReason progressPercent projectedValue status } } } }""";

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
                "amount", Map.of("amount", "300.00", "currencyCode", "EUR"), "incurredOn", "2026-03-02")));
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-03T10:00:00Z", instagram, a)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-04T10:00:00Z", "330.00")));
        GraphQL.ok("mutation { setKeywordCpc(input: [{keyword: \"crm\", cpc: {amount: \"2.00\", currencyCode: \"EUR\"},"
                + " validFrom: \"2026-03-01\"}]) { accepted } }");
        GraphQL.ok("mutation($a: ID!) { recordOrganicClicks(input: [{keyword: \"crm\", date: \"2026-03-05\", clicks: 15,"
                + " campaignId: $a}, {keyword: \"crm\", date: \"2026-03-20\", clicks: 5}]) { accepted } }", "a", a);
        GraphQL.ok("mutation($a: ID!, $ch: ID!) { recordServiceSavings(input: [{channelId: $ch, campaignId: $a,"
                + " from: \"2026-03-01\", to: \"2026-03-31\", contactsDeflected: 62,"
                + " costPerContact: {amount: \"1.00\", currencyCode: \"EUR\"}}]) { accepted } }", "a", a, "ch", instagram);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        data.reset();
    }

    String goal(String metric, String target, String campaign) {
        Map<String, Object> input = new HashMap<>(Map.of("name", metric + " goal", "metric", metric, "target", target,
                "startDate", "2026-03-01", "deadline", "2026-03-31"));
        if (campaign != null) {
            input.put("campaignId", campaign);
        }
        JsonPath r = GraphQL.ok("mutation($i: CreateGoalInput!) { createGoal(input: $i) { goal { id }"
                + " userErrors { code field } } }", "i", input);
        assertEquals(List.of(), r.getList("createGoal.userErrors"));
        return r.getString("createGoal.goal.id");
    }

    /** currentValue / progressPercent / projectedValue / status */
    static String summary(String goal, String asOf) {
        Map<String, Object> p = GraphQL.ok(PROGRESS, "id", goal, "asOf", asOf).getMap("node.progress");
        return p.get("currentValue") + " / " + p.get("progressPercent") + " / " + p.get("projectedValue") + " / "
                + p.get("status");
    }

    @Test
    void earnedMediaValueGoals() {
        String campaign = goal("EARNED_MEDIA_VALUE", "100", a);
        // 03-10: 15 × 2.00 = 30.00 over 10 of 31 days → 30 × 31 / 10 = 93.00 < 100: AT_RISK; 30 %
        assertEquals("30.00 / 30.00 / 93.00 / AT_RISK", summary(campaign, "2026-03-10"));
        String workspace = goal("EARNED_MEDIA_VALUE", "35", null);
        // the workspace counts every click: by 03-20, (15 + 5) × 2.00 = 40.00 ≥ 35: MET; 40 / 35 = 114.29 %
        assertEquals("40.00 / 114.29 / 62.00 / MET", summary(workspace, "2026-03-20"));
    }

    @Test
    void serviceSavingsGoals() {
        String campaign = goal("SERVICE_SAVINGS", "60", a);
        // 03-05: 62.00 × 5/31 = 10.00 → 10 × 31 / 5 = 62.00 ≥ 60: ON_TRACK; 10 / 60 = 16.67 %
        assertEquals("10.00 / 16.67 / 62.00 / ON_TRACK", summary(campaign, "2026-03-05"));
        // after the deadline: 62.00 ≥ 60: MET
        assertEquals("62.00 / 103.33 / 62.00 / MET", summary(campaign, "2026-04-02"));
    }

    @Test
    void valueRoiGoals() {
        String campaign = goal("VALUE_ROI", "20", a);
        // 03-10: returns 330.00 + 0 action value + 30.00 EMV + 62.00 × 10/31 = 20.00 savings = 380.00;
        // (380 − 300) × 100 / 300 = 26.67 ≥ 20: ON_TRACK (a ratio is not extrapolated)
        assertEquals("26.67 / 133.35 / 26.67 / ON_TRACK", summary(campaign, "2026-03-10"));
        // before the cost (03-01): no cost, undefined: AT_RISK
        assertEquals("null / null / null / AT_RISK", summary(campaign, "2026-03-01"));
        String workspace = goal("VALUE_ROI", "40", null);
        // after the deadline: 330 + 40.00 EMV + 62.00 = 432.00; (432 − 300) × 100 / 300 = 44.00 ≥ 40: MET
        assertEquals("44.00 / 110.00 / 44.00 / MET", summary(workspace, "2026-04-02"));
    }
}
