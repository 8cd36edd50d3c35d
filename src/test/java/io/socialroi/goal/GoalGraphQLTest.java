package io.socialroi.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.socialroi.engagement.EngagementMath;
import io.socialroi.money.RoiCalculator;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * SMART goals through GraphQL: creation and its validation, and progress evaluated at several days with the
 * arithmetic in the comments. "Today" is 2026-03-01 (the test clock). The campaign "Launch" starts 2026-03-01;
 * attribution LAST_TOUCH, 30 days, and "Launch" is the only campaign, so it gets all attributed credit.
 *
 * <pre>
 * costs        AD_SPEND 200.00 on 03-02, TOOLS 100.00 on 03-12
 * revenue      p1 SALE 300.00 on 03-03, p2 SALE 200.00 on 03-08, p3 SALE 500.00 on 03-16 (all via Launch)
 *              p2 LEAD on 03-06 (no revenue); p9 SALE 100.00 on 03-10 with no touchpoint (unattributed)
 * engagement   Launch PAID 03-01: 1000 impressions, 30 likes + 10 comments = 40 engagements
 *              Launch PAID 03-02: 1000 impressions, 60 likes + 20 shares = 80
 *              Launch PAID 03-09: 2000 impressions, 20 likes = 20
 * </pre>
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class GoalGraphQLTest {

    static final String CREATE = """
            mutation($i: CreateGoalInput!) {
              createGoal(input: $i) { goal { id name metric metricKind conversionType target startDate deadline
                attributionModel lookbackDays createdBy campaign { name } } userErrors { code field message } }
            }""";
    static final String PROGRESS = """
            query($id: ID!, $asOf: Date) { node(id: $id) { ... on Goal { progress(asOf: $asOf) {
              asOf periodFrom periodTo elapsedDays totalDays currentValue undefinedReason progressPercent
              projectedValue status } } } }""";

    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    org.hibernate.SessionFactory sessionFactory;

    String instagram;
    String launch;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.setToday("2026-03-01");
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        launch = TestData.createCampaign("Launch", "launch", "2026-03-01", instagram);
        cost("AD_SPEND", "200.00", "2026-03-02");
        cost("TOOLS", "100.00", "2026-03-12");
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-02T10:00:00Z", instagram, launch),
                TestData.touch("p2", "2026-03-05T10:00:00Z", instagram, launch),
                TestData.touch("p3", "2026-03-15T10:00:00Z", instagram, launch)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-03T10:00:00Z", "300.00"),
                new HashMap<>(Map.of("personKey", "p2", "occurredAt", "2026-03-06T10:00:00Z", "type", "LEAD")),
                TestData.sale("p2", "2026-03-08T10:00:00Z", "200.00"),
                TestData.sale("p9", "2026-03-10T10:00:00Z", "100.00"),
                TestData.sale("p3", "2026-03-16T10:00:00Z", "500.00")));
        GraphQL.ok("""
                mutation($ch: ID!, $c: ID!) { recordEngagement(input: [
                  {channelId: $ch, campaignId: $c, date: "2026-03-01", mediaType: PAID, impressions: 1000, likes: 30, comments: 10},
                  {channelId: $ch, campaignId: $c, date: "2026-03-02", mediaType: PAID, impressions: 1000, likes: 60, shares: 20},
                  {channelId: $ch, campaignId: $c, date: "2026-03-09", mediaType: PAID, impressions: 2000, likes: 20}
                ]) { accepted } }""", "ch", instagram, "c", launch);
    }

    /** Back to the system clock, and no data left behind (GraphQLLimitsTest, next in order, counts on none). */
    @AfterEach
    void tearDown() {
        clock.reset();
        data.reset();
    }

    void cost(String category, String amount, String day) {
        TestData.recordCost(new HashMap<>(Map.of("campaignId", launch, "category", category,
                "amount", Map.of("amount", amount, "currencyCode", "EUR"), "incurredOn", day)));
    }

    static JsonPath create(Map<String, Object> input) {
        return GraphQL.ok(CREATE, "i", new HashMap<>(input));
    }

    static String createOk(Map<String, Object> input) {
        JsonPath r = create(input);
        assertEquals(List.of(), r.getList("createGoal.userErrors"));
        return r.getString("createGoal.goal.id");
    }

    static Map<String, Object> progress(String goal, String asOf) {
        return GraphQL.ok(PROGRESS, "id", goal, "asOf", asOf).getMap("node.progress");
    }

    /** currentValue / progressPercent / projectedValue / status */
    static String summary(String goal, String asOf) {
        Map<String, Object> p = progress(goal, asOf);
        return p.get("currentValue") + " / " + p.get("progressPercent") + " / " + p.get("projectedValue") + " / "
                + p.get("status");
    }

    @Test
    void aRevenueGoalOnACampaignIsProjectedLinearly() {
        JsonPath created = create(Map.of("name", "Q1 revenue", "campaignId", launch, "metric", "REVENUE",
                "target", "1500", "deadline", "2026-03-31"));
        assertEquals(List.of(), created.getList("createGoal.userErrors"));
        Map<String, Object> goal = created.getMap("createGoal.goal");
        // the start defaults to the campaign's start
        assertEquals("2026-03-01", goal.get("startDate"));
        assertEquals("REVENUE", goal.get("metric"));
        assertEquals("CUMULATIVE", goal.get("metricKind"));
        assertEquals("LAST_TOUCH", goal.get("attributionModel"));
        assertEquals(30, goal.get("lookbackDays"));
        assertEquals(Tokens.TESTER, goal.get("createdBy"));
        assertEquals(Map.of("name", "Launch"), goal.get("campaign"));
        String id = (String) goal.get("id");
        // totalDays = 03-01..03-31 = 31
        // 03-05: 300.00 (p1); elapsed 5; 300 × 31 / 5 = 1860.00 ≥ 1500 → ON_TRACK; 300 × 100 / 1500 = 20.00 %
        assertEquals(Map.of("asOf", "2026-03-05", "periodFrom", "2026-03-01", "periodTo", "2026-03-05",
                "elapsedDays", 5, "totalDays", 31, "currentValue", "300.00", "progressPercent", "20.00",
                "projectedValue", "1860.00", "status", "ON_TRACK"), without(progress(id, "2026-03-05"), "undefinedReason"));
        assertNull(progress(id, "2026-03-05").get("undefinedReason"));
        // 03-14: 300 + 200 = 500.00 (p9's unattributed 100 is not the campaign's); 500 × 31 / 14 = 1107.142… → 1107.14
        // < 1500 → AT_RISK; 500 × 100 / 1500 = 33.333… → 33.33 %
        assertEquals("500.00 / 33.33 / 1107.14 / AT_RISK", summary(id, "2026-03-14"));
        // 03-16: + 500 = 1000.00; 1000 × 31 / 16 = 1937.50 → ON_TRACK; 66.666… → 66.67 %
        assertEquals("1000.00 / 66.67 / 1937.50 / ON_TRACK", summary(id, "2026-03-16"));
        // the deadline day: elapsed = total, projected = current; 1000 < 1500 → AT_RISK (not yet MISSED)
        assertEquals("1000.00 / 66.67 / 1000.00 / AT_RISK", summary(id, "2026-03-31"));
        // 04-05: measured up to the deadline, 1000 < 1500 → MISSED
        Map<String, Object> after = progress(id, "2026-04-05");
        assertEquals("2026-03-31", after.get("periodTo"));
        assertEquals(31, after.get("elapsedDays"));
        assertEquals("MISSED", after.get("status"));

        // lowered to 1000 (updateGoal): reached on 03-16 → MET; 1000 × 100 / 1000 = 100.00 %
        JsonPath updated = GraphQL.ok("""
                mutation($id: ID!) { updateGoal(input: {id: $id, target: "1000", name: "Q1 revenue (revised)"}) {
                  goal { name target deadline } userErrors { code } } }""", "id", id);
        assertEquals(Map.of("name", "Q1 revenue (revised)", "target", "1000", "deadline", "2026-03-31"),
                updated.getMap("updateGoal.goal"));
        assertEquals("1000.00 / 100.00 / 1937.50 / MET", summary(id, "2026-03-16"));
        assertEquals("MET", progress(id, "2026-04-05").get("status"));
    }

    static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.remove(key);
        return copy;
    }

    @Test
    void aConversionGoalCountsOneType() {
        String sales = createOk(Map.of("name", "3 sales", "campaignId", launch, "metric", "CONVERSIONS",
                "conversionType", "SALE", "target", "3", "deadline", "2026-03-20"));
        String all = createOk(Map.of("name", "3 conversions", "campaignId", launch, "metric", "CONVERSIONS",
                "target", "3", "deadline", "2026-03-20"));
        assertEquals("SALE", GraphQL.ok("{ goals { conversionType } }").getList("goals.conversionType").get(0));
        // totalDays 03-01..03-20 = 20
        // SALE on 03-08: p1, p2 = 2.00; 2 × 20 / 8 = 5.00 ≥ 3 → ON_TRACK; 2 × 100 / 3 = 66.67 %
        assertEquals("2.00 / 66.67 / 5.00 / ON_TRACK", summary(sales, "2026-03-08"));
        // every type on 03-08: + p2's LEAD = 3.00 → MET, 100.00 %; 3 × 20 / 8 = 7.50
        assertEquals("3.00 / 100.00 / 7.50 / MET", summary(all, "2026-03-08"));
        // SALE on 03-14: still 2 (p9's sale is unattributed); 2 × 20 / 14 = 2.857… → 2.86 < 3 → AT_RISK
        assertEquals("2.00 / 66.67 / 2.86 / AT_RISK", summary(sales, "2026-03-14"));
        // SALE after the deadline 03-20: p3's sale (03-16) counts: 3.00 → MET
        assertEquals("3.00 / 100.00 / 3.00 / MET", summary(sales, "2026-03-25"));
    }

    @Test
    void anRoiGoalIsARatioAndUndefinedAtZeroCost() {
        String roi = createOk(Map.of("name", "ROI 100 %", "campaignId", launch, "metric", "ROI", "target", "100",
                "deadline", "2026-03-31"));
        // 03-01: no cost yet → undefined, with the reason; AT_RISK before the deadline
        Map<String, Object> first = progress(roi, "2026-03-01");
        assertNull(first.get("currentValue"));
        assertEquals(RoiCalculator.ZERO_COST_REASON, first.get("undefinedReason"));
        assertNull(first.get("progressPercent"));
        assertNull(first.get("projectedValue"));
        assertEquals("AT_RISK", first.get("status"));
        // 03-10: cost 200, revenue 300 + 200 = 500: (500 − 200) × 100 / 200 = 150.00 ≥ 100 → ON_TRACK; 150.00 %;
        // a ratio is not extrapolated: projected = current
        assertEquals("150.00 / 150.00 / 150.00 / ON_TRACK", summary(roi, "2026-03-10"));
        // 03-14: cost 300, revenue 500: 200 × 100 / 300 = 66.666… → 66.67 < 100 → AT_RISK
        assertEquals("66.67 / 66.67 / 66.67 / AT_RISK", summary(roi, "2026-03-14"));
        // 04-02 (measured to 03-31): cost 300, revenue 1000: 700 × 100 / 300 = 233.33 → MET
        assertEquals("233.33 / 233.33 / 233.33 / MET", summary(roi, "2026-04-02"));
    }

    @Test
    void anEngagementRateGoalOnAndAfterItsDeadline() {
        String rate = createOk(Map.of("name", "5 % engagement", "campaignId", launch, "metric", "ENGAGEMENT_RATE",
                "target", "5", "deadline", "2026-03-10"));
        // 03-01: 40 / 1000 × 100 = 4.00 < 5 → AT_RISK; 4 × 100 / 5 = 80.00 %
        assertEquals("4.00 / 80.00 / 4.00 / AT_RISK", summary(rate, "2026-03-01"));
        // 03-02: (40 + 80) / 2000 × 100 = 6.00 ≥ 5 → ON_TRACK; 120.00 %
        assertEquals("6.00 / 120.00 / 6.00 / ON_TRACK", summary(rate, "2026-03-02"));
        // the deadline day 03-10: (40 + 80 + 20) / 4000 × 100 = 3.50 → AT_RISK; 70.00 %
        assertEquals("3.50 / 70.00 / 3.50 / AT_RISK", summary(rate, "2026-03-10"));
        // the day after: MISSED
        assertEquals("3.50 / 70.00 / 3.50 / MISSED", summary(rate, "2026-03-11"));
        // before any impression (a goal from 02-20): undefined, the engagement reason
        String early = createOk(Map.of("name", "early", "campaignId", launch, "metric", "ENGAGEMENT_RATE",
                "target", "5", "startDate", "2026-02-20", "deadline", "2026-03-10"));
        Map<String, Object> p = progress(early, "2026-02-25");
        assertNull(p.get("currentValue"));
        assertEquals(EngagementMath.NO_IMPRESSIONS, p.get("undefinedReason"));
        assertEquals("AT_RISK", p.get("status"));
        // a zero target: no progress percent; 4000 impressions ≥ 0 → MET
        String zero = createOk(Map.of("name", "zero", "campaignId", launch, "metric", "IMPRESSIONS", "target", "0",
                "deadline", "2026-03-10"));
        assertEquals("4000 / null / 4000.00 / MET", summary(zero, "2026-03-10"));
    }

    @Test
    void aWorkspaceGoalCountsEveryConversionAndWaitsForItsStart() {
        String revenue = createOk(Map.of("name", "Brand revenue", "metric", "REVENUE", "target", "900",
                "startDate", "2026-03-05", "deadline", "2026-03-31"));
        assertNull(GraphQL.ok("{ goals { campaign { name } } }").get("goals[0].campaign"));
        // 03-03 is before the start: no value, "not started", ON_TRACK, elapsed 0
        Map<String, Object> p = progress(revenue, "2026-03-03");
        assertNull(p.get("currentValue"));
        assertEquals(GoalService.NOT_STARTED, p.get("undefinedReason"));
        assertEquals("ON_TRACK", p.get("status"));
        assertEquals(0, p.get("elapsedDays"));
        assertEquals(27, p.get("totalDays")); // 03-05..03-31
        // 03-16: every conversion of 03-05..03-16, attributed or not: 200 (p2) + 100 (p9) + 500 (p3) = 800.00;
        // elapsed 12: 800 × 27 / 12 = 1800.00 ≥ 900 → ON_TRACK; 800 × 100 / 900 = 88.888… → 88.89 %
        assertEquals("800.00 / 88.89 / 1800.00 / ON_TRACK", summary(revenue, "2026-03-16"));
        // the workspace's ROI over 03-05..03-31: cost = every entry of those days = TOOLS 100 (the AD_SPEND of 03-02
        // is before the start); revenue 800: (800 − 100) × 100 / 100 = 700.00; 700 × 100 / 150 = 466.67 %; MET after
        String roi = createOk(Map.of("name", "Brand ROI", "metric", "ROI", "target", "150", "startDate", "2026-03-05",
                "deadline", "2026-03-31"));
        assertEquals("700.00 / 466.67 / 700.00 / MET", summary(roi, "2026-04-01"));
        // and from 03-01: cost 300, revenue 300 + 200 + 100 + 500 = 1100: 800 × 100 / 300 = 266.666… → 266.67
        String roiAll = createOk(Map.of("name", "Brand ROI (March)", "metric", "ROI", "target", "150",
                "deadline", "2026-03-31"));
        assertEquals("266.67 / 177.78 / 266.67 / MET", summary(roiAll, "2026-04-01"));
    }

    @Test
    void goalsAreListedPerCampaignAndResolvedByNode() {
        String other = TestData.createCampaign("Other", "other", "2026-03-01", instagram);
        String a = createOk(Map.of("name", "A", "campaignId", launch, "metric", "CLICKS", "target", "10",
                "deadline", "2026-03-31"));
        String b = createOk(Map.of("name", "B", "campaignId", other, "metric", "IMPRESSIONS", "target", "10",
                "deadline", "2026-03-31"));
        String w = createOk(Map.of("name", "W", "metric", "FOLLOWERS_GAINED", "target", "10", "deadline", "2026-03-31"));
        assertEquals(List.of("A", "B", "W"), GraphQL.ok("{ goals { name } }").getList("goals.name"));
        assertEquals(List.of("B"), GraphQL.ok("query($c: ID) { goals(campaignId: $c) { name } }", "c", other)
                .getList("goals.name"));
        JsonPath campaigns = GraphQL.ok("{ campaigns(first: 10) { nodes { name goals { id } } } }");
        assertEquals(List.of(List.of(Map.of("id", a)), List.of(Map.of("id", b))), campaigns.getList("campaigns.nodes.goals"));
        assertEquals("W", GraphQL.ok("query($id: ID!) { node(id: $id) { ... on Goal { name } } }", "id", w)
                .getString("node.name"));
        // two campaign goals of one metric and period and the workspace goal, in one request
        JsonPath all = GraphQL.ok("{ goals { name progress(asOf: \"2026-03-02\") { currentValue } } }");
        // A: Launch has no clicks recorded → 0; B: Other has no engagement → 0; W: no channel totals → 0
        assertEquals(List.of("0", "0", "0"), all.getList("goals.progress.currentValue"));

        JsonPath deleted = GraphQL.ok("mutation($id: ID!) { deleteGoal(input: {id: $id}) { deletedGoalId userErrors { code } } }",
                "id", a);
        assertEquals(a, deleted.getString("deleteGoal.deletedGoalId"));
        assertNull(GraphQL.ok("query($id: ID!) { node(id: $id) { id } }", "id", a).get("node"));
        assertEquals(2L, data.count("goal"));
        JsonPath again = GraphQL.ok("mutation($id: ID!) { deleteGoal(input: {id: $id}) { deletedGoalId userErrors { code field } } }",
                "id", a);
        assertEquals(List.of(Map.of("code", "NOT_FOUND", "field", List.of("input", "id"))),
                again.getList("deleteGoal.userErrors"));
    }

    @Test
    void campaignGoalsOfOneMetricAndPeriodShareTheirStatements() {
        createOk(Map.of("name", "R0", "campaignId", launch, "metric", "REVENUE", "target", "100", "deadline", "2026-03-31"));
        long one = statementsForProgress(1);
        for (int i = 1; i < 6; i++) {
            String campaign = TestData.createCampaign("C" + i, "c" + i, "2026-03-01", instagram);
            createOk(Map.of("name", "R" + i, "campaignId", campaign, "metric", "REVENUE", "target", "100",
                    "deadline", "2026-03-31"));
        }
        assertEquals(one, statementsForProgress(6), "six campaign goals of one metric and period: one evaluation");
    }

    long statementsForProgress(int goals) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath r = GraphQL.ok("{ goals { name progress(asOf: \"2026-03-10\") { currentValue } } }");
        long statements = statistics.getPrepareStatementCount();
        // Launch: 300 + 200 = 500.00 by 03-10; the other campaigns have no conversions
        List<String> values = r.getList("goals.progress.currentValue");
        assertEquals(goals, values.size());
        assertEquals("500.00", values.get(0));
        values.subList(1, goals).forEach(v -> assertEquals("0.00", v));
        return statements;
    }

    @Test
    void theGoalsAttributionIsStoredAndUsed() {
        String retarget = TestData.createCampaign("Retarget", "retarget", "2026-03-01", instagram);
        // p1 also touches Retarget after Launch, before the 300.00 sale of 03-03
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-02T12:00:00Z", instagram, retarget)));
        String last = createOk(Map.of("name", "last", "campaignId", launch, "metric", "REVENUE", "target", "1000",
                "deadline", "2026-03-31"));
        JsonPath linear = create(Map.of("name", "linear", "campaignId", launch, "metric", "REVENUE", "target", "1000",
                "deadline", "2026-03-31", "attribution", Map.of("model", "LINEAR", "lookbackDays", 7)));
        assertEquals("LINEAR", linear.getString("createGoal.goal.attributionModel"));
        assertEquals(7, linear.getInt("createGoal.goal.lookbackDays"));
        // 03-05, LAST_TOUCH: the sale goes to Retarget, the later touch: Launch 0.00
        assertEquals("0.00", progress(last, "2026-03-05").get("currentValue"));
        // LINEAR: 300 / 2 = 150.00 to Launch
        assertEquals("150.00", progress(linear.getString("createGoal.goal.id"), "2026-03-05").get("currentValue"));
        // an attribution the reports refuse is a user error
        assertErrors(Map.of("name", "bad", "campaignId", launch, "metric", "REVENUE", "target", "1", "deadline",
                "2026-03-31", "attribution", Map.of("lookbackDays", 0)), "INVALID_VALUE", "attribution");
    }

    @Test
    void workspaceEngagementIsTheChannelsOwnTotals() {
        String email = TestData.createChannel("Email", "EMAIL");
        GraphQL.ok("""
                mutation($a: ID!, $b: ID!) { recordEngagement(input: [
                  {channelId: $a, date: "2026-03-01", mediaType: OWNED, impressions: 500, likes: 20, clicks: 5},
                  {channelId: $b, date: "2026-03-02", mediaType: OWNED, impressions: 300, likes: 12, clicks: 3}
                ]) { accepted } }""", "a", instagram, "b", email);
        String impressions = createOk(Map.of("name", "reach", "metric", "IMPRESSIONS", "target", "20000",
                "deadline", "2026-03-31"));
        String ctr = createOk(Map.of("name", "ctr", "metric", "CLICK_THROUGH_RATE", "target", "1",
                "deadline", "2026-03-31"));
        // the channels' own rows only (the campaign's 4000 impressions are not added twice): 500 + 300 = 800;
        // 03-02 is day 2 of 31: 800 × 31 / 2 = 12400.00 < 20000 → AT_RISK; 800 × 100 / 20000 = 4.00 %
        assertEquals("800 / 4.00 / 12400.00 / AT_RISK", summary(impressions, "2026-03-02"));
        // CTR: (5 + 3) / 800 × 100 = 1.00 ≥ 1 → ON_TRACK
        assertEquals("1.00 / 100.00 / 1.00 / ON_TRACK", summary(ctr, "2026-03-02"));
    }

    @Test
    void badInputIsAUserErrorAndChangesNothing() {
        assertErrors(Map.of("name", "late", "metric", "REVENUE", "target", "10", "deadline", "2026-02-28"),
                "DEADLINE_IN_PAST", "deadline");
        JsonPath unknown = create(Map.of("name", "clv", "metric", "CLV", "target", "10", "deadline", "2026-03-31"));
        Map<String, Object> error = unknown.getMap("createGoal.userErrors[0]");
        assertEquals("UNKNOWN_METRIC", error.get("code"));
        assertEquals(List.of("input", "metric"), error.get("field"));
        assertTrue(((String) error.get("message")).contains("REVENUE, COST, NET_RETURN, ROI"), (String) error.get("message"));
        assertErrors(Map.of("name", "typed", "metric", "REVENUE", "conversionType", "SALE", "target", "10",
                "deadline", "2026-03-31"), "INVALID_VALUE", "conversionType");
        assertErrors(Map.of("name", "neg", "metric", "REVENUE", "target", "-5", "deadline", "2026-03-31"),
                "NEGATIVE_AMOUNT", "target");
        assertErrors(Map.of("name", "ghost", "campaignId", io.socialroi.campaign.Campaign.globalId(999_999),
                "metric", "REVENUE", "target", "10", "deadline", "2026-03-31"), "NOT_FOUND", "campaignId");
        assertErrors(Map.of("name", "bad id", "campaignId", "nope", "metric", "REVENUE", "target", "10",
                "deadline", "2026-03-31"), "INVALID_ID", "campaignId");
        assertErrors(Map.of("name", "reversed", "metric", "REVENUE", "target", "10", "startDate", "2026-03-10",
                "deadline", "2026-03-05"), "END_BEFORE_START", "deadline");
        assertErrors(Map.of("name", " ", "metric", "REVENUE", "target", "10", "deadline", "2026-03-31"),
                "REQUIRED", "name");
        assertErrors(Map.of("name", "x", "metric", "REVENUE", "target", "ten", "deadline", "2026-03-31"),
                "INVALID_DECIMAL", "target");
        assertEquals(0L, data.count("goal"));
        // a negative ROI target is meaningful ("lose at most 10 %")
        createOk(Map.of("name", "ROI ≥ −10 %", "metric", "ROI", "target", "-10", "deadline", "2026-03-31"));

        // update: the same rules, and nothing changes
        String goal = createOk(Map.of("name", "keep", "metric", "REVENUE", "target", "10", "deadline", "2026-03-31"));
        clock.setToday("2026-03-05");
        JsonPath update = GraphQL.ok("""
                mutation($id: ID!) { updateGoal(input: {id: $id, name: "changed", target: "-1", deadline: "2026-03-04"}) {
                  goal { id } userErrors { code field } } }""", "id", goal);
        assertEquals(List.of(Map.of("code", "NEGATIVE_AMOUNT", "field", List.of("input", "target")),
                Map.of("code", "DEADLINE_IN_PAST", "field", List.of("input", "deadline"))),
                update.getList("updateGoal.userErrors"));
        assertEquals("keep:10:2026-03-31", data.scalar("select name || ':' || target || ':' || deadline from goal"
                + " where name = 'keep'"));
    }

    void assertErrors(Map<String, Object> input, String code, String field) {
        JsonPath r = create(input);
        assertNull(r.get("createGoal.goal"), input.toString());
        assertEquals(List.of(Map.of("code", code, "field", List.of("input", field))),
                r.getList("createGoal.userErrors").stream().map(e -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) e;
                    return Map.of("code", m.get("code"), "field", m.get("field"));
                }).toList(), input.toString());
    }
}
