package io.socialroi.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Every query and mutation of the served schema, run by callers who must be refused: a member of another
 * workspace naming this one, a VIEWER (for every mutation) and an ANALYST (for the ADMIN operations). Each
 * refusal is a FORBIDDEN error with no data, and the database is exactly as before. The operation list is
 * read from the schema: a new query or mutation without an entry here fails {@link #everyOperationIsCovered}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WorkspaceAccessMatrixTest {

    static final String OUTSIDER = "outsider@other.test";
    static final String VIEWER = "viewer@social-roi.test";
    static final String ANALYST = "analyst@social-roi.test";

    /** Operations that work on no particular workspace: any authenticated caller may run them. */
    static final Set<String> OUTSIDE_WORKSPACE = Set.of("myWorkspaces", "createWorkspace");
    /** Operations that need ADMIN. */
    static final Set<String> ADMIN_ONLY = Set.of("workspaceMembers", "updateWorkspace", "setExchangeRate",
            "setWorkspaceMember", "removeWorkspaceMember", "setActionValue", "setEarnedMediaCpm", "setKeywordCpc",
            "setDefaultAttribution", "erasePerson");

    record Operation(String name, boolean mutation, String document, Object[] variables) {
    }

    @Inject
    TestData data;
    @Inject
    DataSource dataSource;

    Map<String, Operation> operations;

    @BeforeEach
    void setUp() {
        data.reset();
        String channel = TestData.createChannel("Instagram", "SOCIAL");
        String campaign = TestData.createCampaign("Launch", "launch", "2026-01-01", channel);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "category", "AD_SPEND",
                "amount", Map.of("amount", "100.00", "currencyCode", "EUR"), "incurredOn", "2026-03-01")));
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T10:00:00Z", channel, campaign)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-02T10:00:00Z", "250.00")));
        // what the corrections name by externalId (each its own, so that every one finds its row in any order)
        for (String externalId : List.of("cost-to-update", "cost-to-delete")) {
            TestData.recordCost(new HashMap<>(Map.of("campaignId", campaign, "category", "AD_SPEND", "externalId", externalId,
                    "amount", Map.of("amount", "10.00", "currencyCode", "EUR"), "incurredOn", "2026-03-01")));
        }
        Map<String, Object> touchToDelete = TestData.touch("p8", "2026-03-01T10:00:00Z", channel, campaign);
        touchToDelete.put("externalId", "touch-to-delete");
        TestData.recordTouchpoints(List.of(touchToDelete));
        List<Map<String, Object>> conversionsToCorrect = new ArrayList<>();
        for (String externalId : List.of("conversion-to-update", "conversion-to-delete")) {
            Map<String, Object> sale = TestData.sale("p8", "2026-03-02T10:00:00Z", "80.00");
            sale.put("externalId", externalId);
            conversionsToCorrect.add(sale);
        }
        TestData.recordConversions(conversionsToCorrect);
        GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                "i", Map.of("subject", VIEWER, "role", "VIEWER"));
        GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                "i", Map.of("subject", ANALYST, "role", "ANALYST"));
        // the outsider's own workspace
        JsonPath created = GraphQL.as(OUTSIDER).ok("""
                mutation { createWorkspace(input: {slug: "other", name: "Other brand"}) { workspace { slug } userErrors { code } } }""");
        assertEquals("other", created.getString("createWorkspace.workspace.slug"));

        String goal = GraphQL.ok("""
                mutation($c: ID!) { createGoal(input: {name: "Revenue", campaignId: $c, metric: "REVENUE", target: "1000",
                  deadline: "2099-12-31"}) { goal { id } userErrors { code } } }""", "c", campaign)
                .getString("createGoal.goal.id");

        operations = new java.util.LinkedHashMap<>();
        query("attributionComparison", "{ attributionComparison(models: [LAST_TOUCH]) { models } }");
        query("attributionSummary", "{ attributionSummary { conversions } }");
        query("campaign", "query($id: ID!) { campaign(id: $id) { id name } }", "id", campaign);
        query("campaigns", "{ campaigns(first: 5) { totalCount } }");
        query("channelPerformance", "{ channelPerformance { channel { name } conversions } }");
        query("channels", "{ channels { id name } }");
        query("conversionPaths", "{ conversionPaths(first: 5) { totalCount } }");
        query("conversions", "{ conversions(first: 5) { totalCount } }");
        query("exchangeRates", "{ exchangeRates { id } }");
        query("funnel", "{ funnel { total { stages { stage persons } } } }");
        query("markovModel", "{ markovModel { conversionProbability } }");
        query("node", "query($id: ID!) { node(id: $id) { id } }", "id", campaign);
        query("timeSeries", "{ timeSeries(metric: COST, granularity: MONTH, period: {from: \"2026-01-01\", to: \"2026-03-31\"})"
                + " { points { value } } }");
        query("workspace", "{ workspace { name slug reportingCurrency } }");
        query("workspaceRoi", "{ workspaceRoi { percent cost { amount } } }");
        query("myWorkspaces", "{ myWorkspaces { role workspace { slug } } }");
        query("workspaceMembers", "{ workspaceMembers { subject role } }");
        mutation("createCampaign", "mutation { createCampaign(input: {name: \"New\", objective: AWARENESS,"
                + " startDate: \"2026-04-01\"}) { userErrors { code } } }");
        mutation("createChannel", "mutation { createChannel(input: {name: \"TikTok\", kind: SOCIAL}) { userErrors { code } } }");
        mutation("recordConversions", "mutation { recordConversions(input: [{personKey: \"p9\","
                + " occurredAt: \"2026-03-05T10:00:00Z\", type: LEAD}]) { accepted userErrors { code } } }");
        mutation("recordCost", "mutation($c: ID!) { recordCost(input: {campaignId: $c, category: TOOLS,"
                + " amount: {amount: \"5.00\", currencyCode: \"EUR\"}, incurredOn: \"2026-03-03\"}) { userErrors { code } } }",
                "c", campaign);
        mutation("recordTouchpoints", "mutation($ch: ID!) { recordTouchpoints(input: [{personKey: \"p9\","
                + " occurredAt: \"2026-03-04T10:00:00Z\", channelId: $ch, mediaType: PAID}]) { accepted userErrors { code } } }",
                "ch", channel);
        mutation("recordEngagement", "mutation($ch: ID!) { recordEngagement(input: [{channelId: $ch, date: \"2026-03-04\","
                + " mediaType: OWNED, impressions: 100}]) { accepted userErrors { code } } }", "ch", channel);
        mutation("recordPosts", "mutation($ch: ID!) { recordPosts(input: [{channelId: $ch, externalId: \"p-9\","
                + " publishedAt: \"2026-03-04T10:00:00Z\", contentType: REEL, impressions: 100}]) { accepted userErrors { code } } }",
                "ch", channel);
        query("contentPerformance", "{ contentPerformance(groupBy: CONTENT_TYPE) { rank posts attributedRevenue { amount } } }");
        query("postingTimes", "{ postingTimes(metric: CLICKS, timeZone: \"Europe/Oslo\") { best { hour } cells { posts } } }");
        mutation("recordAudiences", "mutation($ch: ID!) { recordAudiences(input: [{channelId: $ch, date: \"2026-03-04\","
                + " genders: [{segment: \"female\", share: \"100\"}]}]) { accepted userErrors { code } } }", "ch", channel);
        query("audienceComparison", "query($ch: String!) { audienceComparison(channelIds: [$ch], date: \"2026-03-31\")"
                + " { differences { segment spread } } }", "ch", channel);
        mutation("recordSentiment", "mutation($ch: ID!) { recordSentiment(input: [{channelId: $ch, date: \"2026-03-04\","
                + " positive: 3, negative: 1}]) { accepted userErrors { code } } }", "ch", channel);
        query("sentimentImpact", "{ sentimentImpact(period: {from: \"2026-03-01\", to: \"2026-03-31\"}, maxLagDays: 1)"
                + " { warning revenue { r } } }");
        query("customerCount", "{ customerCount }");
        query("customers", "{ customers(first: 5) { totalCount nodes { personKey socialEngaged } } }");
        query("socialCohortLift", "{ socialCohortLift(asOf: \"2026-06-01\") { engaged { customers } lifts { metric } } }");
        mutation("recordCustomers", "mutation { recordCustomers(input: [{personKey: \"p9\", becameCustomerOn: \"2026-03-05\","
                + " contractValue: {amount: \"100\", currencyCode: \"EUR\"}}]) { accepted userErrors { code } } }");
        query("actionValues", "{ actionValues { value { amount } } }");
        query("serviceSavings", "{ serviceSavings { savings { amount } } }");
        mutation("recordServiceSavings", "mutation($ch: ID!) { recordServiceSavings(input: [{channelId: $ch,"
                + " from: \"2026-03-01\", to: \"2026-03-31\", contactsDeflected: 10, costPerContact: {amount: \"4.00\","
                + " currencyCode: \"EUR\"}}]) { accepted userErrors { code } } }", "ch", channel);
        mutation("setActionValue", "mutation { setActionValue(input: {conversionType: LEAD, value: {amount: \"40\","
                + " currencyCode: \"EUR\"}}) { userErrors { code } } }");
        query("keywordCpcs", "{ keywordCpcs { keyword cpc { amount } } }");
        query("earnedMediaCpms", "{ earnedMediaCpms { mediaType cpm { amount } } }");
        query("earnedMediaValue", "{ earnedMediaValue(organicClicks: TOUCHPOINTS) { total { amount } } }");
        mutation("setKeywordCpc", "mutation { setKeywordCpc(input: [{keyword: \"crm\", cpc: {amount: \"1.20\","
                + " currencyCode: \"EUR\"}, validFrom: \"2026-01-01\"}]) { accepted userErrors { code } } }");
        mutation("recordOrganicClicks", "mutation($ch: ID!) { recordOrganicClicks(input: [{keyword: \"crm\","
                + " date: \"2026-03-04\", clicks: 10, channelId: $ch}]) { accepted userErrors { code } } }", "ch", channel);
        mutation("setEarnedMediaCpm", "mutation { setEarnedMediaCpm(input: {mediaType: OWNED, cpm: {amount: \"5\","
                + " currencyCode: \"EUR\"}}) { userErrors { code } } }");
        mutation("setDefaultAttribution", "mutation { setDefaultAttribution(input: {model: LINEAR, lookbackDays: 7})"
                + " { defaultAttribution { model } userErrors { code } } }");
        mutation("setExchangeRate", "mutation { setExchangeRate(input: {base: \"GBP\", quote: \"EUR\", rate: \"1.17\","
                + " validFrom: \"2026-01-01\"}) { userErrors { code } } }");
        mutation("updateCampaign", "mutation($id: ID!) { updateCampaign(input: {id: $id, name: \"Renamed\"}) { userErrors { code } } }",
                "id", campaign);
        mutation("updateWorkspace", "mutation { updateWorkspace(input: {name: \"Taken over\", reportingCurrency: \"USD\", timeZone: \"Asia/Tokyo\"})"
                + " { userErrors { code } } }");
        mutation("createWorkspace", "mutation { createWorkspace(input: {slug: \"made-by-matrix\", name: \"M\"})"
                + " { userErrors { code } } }");
        mutation("setWorkspaceMember", "mutation { setWorkspaceMember(input: {subject: \"intruder@x.test\", role: ADMIN})"
                + " { userErrors { code } } }");
        query("goals", "{ goals { id name progress { status currentValue } campaign { name } } }");
        mutation("createGoal", "mutation($c: ID!) { createGoal(input: {name: \"Sales\", campaignId: $c, metric: \"CONVERSIONS\","
                + " conversionType: SALE, target: \"5\", deadline: \"2099-12-31\"}) { userErrors { code } } }", "c", campaign);
        mutation("updateGoal", "mutation($id: ID!) { updateGoal(input: {id: $id, target: \"2000\"}) { userErrors { code } } }",
                "id", goal);
        mutation("deleteGoal", "mutation($id: ID!) { deleteGoal(input: {id: $id}) { userErrors { code } } }", "id", goal);
        // an import of one cost row (through POST /imports) and a stored mapping, for the import operations
        String imported = given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .contentType("text/csv").queryParam("fileName", "ads.csv")
                .body("date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency\n"
                        + "2026-03-01,instagram_ads,a1,Brand,c1,Launch,3,300,7.00,EUR\n")
                .when().post("/imports").then().statusCode(200).extract().jsonPath().getString("id");
        String mapping = GraphQL.ok("mutation($c: ID!) { setPlatformCampaignMapping(input: {platform: \"meta\","
                + " platformCampaign: \"Launch 1\", campaignId: $c}) { mapping { id } } }", "c", campaign)
                .getString("setPlatformCampaignMapping.mapping.id");
        query("imports", "{ imports(first: 5) { totalCount nodes { status } } }");
        query("import", "query($id: ID!) { import(id: $id) { status counts { written } } }", "id", imported);
        query("platformCampaignMappings", "{ platformCampaignMappings { platform campaignId } }");
        mutation("deleteImport", "mutation($id: ID!) { deleteImport(input: {id: $id}) { userErrors { code } } }",
                "id", imported);
        mutation("setPlatformCampaignMapping", "mutation($c: ID!) { setPlatformCampaignMapping(input: {platform:"
                + " \"linkedin\", platformCampaign: \"LI 7\", campaignId: $c}) { userErrors { code } } }", "c", campaign);
        mutation("removePlatformCampaignMapping", "mutation($id: ID!) { removePlatformCampaignMapping(input: {id: $id})"
                + " { userErrors { code } } }", "id", mapping);
        String savedReport = GraphQL.ok("""
                mutation { createSavedReport(input: {name: "Channels", kind: CHANNEL_PERFORMANCE,
                  period: {rule: LAST_30_DAYS}}) { savedReport { id } } }""").getString("createSavedReport.savedReport.id");
        String schedule = GraphQL.ok("""
                mutation($r: ID!) { createSchedule(input: {savedReportId: $r, frequency: DAILY, localTime: "08:00",
                  channel: EMAIL, recipients: ["team@brand.test"]}) { schedule { id } } }""", "r", savedReport)
                .getString("createSchedule.schedule.id");
        query("schedules", "{ schedules { id nextDueAt } }");
        query("deliveries", "{ deliveries { status } }");
        mutation("createSchedule", "mutation($r: ID!) { createSchedule(input: {savedReportId: $r, frequency: WEEKLY,"
                + " dayOfWeek: MONDAY, localTime: \"09:00\", channel: EMAIL, recipients: [\"a@brand.test\"]})"
                + " { userErrors { code } } }", "r", savedReport);
        mutation("updateSchedule", "mutation($id: ID!, $r: ID!) { updateSchedule(input: {id: $id, schedule: {savedReportId: $r,"
                + " frequency: DAILY, localTime: \"07:00\", channel: EMAIL, recipients: [\"b@brand.test\"]}})"
                + " { userErrors { code } } }", "id", schedule, "r", savedReport);
        mutation("deleteSchedule", "mutation($id: ID!) { deleteSchedule(input: {id: $id}) { userErrors { code } } }",
                "id", schedule);
        query("anomalyAlerts", "{ anomalyAlerts(day: \"2026-03-02\") { metric scope value } }");
        mutation("acknowledgeAnomalyAlert", "mutation($id: ID!) { acknowledgeAnomalyAlert(input: {id: $id})"
                + " { userErrors { code } } }", "id", Base64.getUrlEncoder().withoutPadding()
                .encodeToString("AnomalyAlert:2026-03-02:COST:WORKSPACE:0".getBytes(StandardCharsets.UTF_8)));
        query("savedReports", "{ savedReports { id name } }");
        query("runSavedReport", "query($id: ID!) { runSavedReport(id: $id) { from rows } }", "id", savedReport);
        mutation("createSavedReport", "mutation { createSavedReport(input: {name: \"Funnel\", kind: FUNNEL,"
                + " period: {rule: MONTH_TO_DATE}}) { userErrors { code } } }");
        mutation("updateSavedReport", "mutation($id: ID!) { updateSavedReport(input: {id: $id, report: {name: \"Paths\","
                + " kind: TOP_PATHS, period: {rule: LAST_7_DAYS}}}) { userErrors { code } } }", "id", savedReport);
        mutation("deleteSavedReport", "mutation($id: ID!) { deleteSavedReport(input: {id: $id}) { userErrors { code } } }",
                "id", savedReport);
        mutation("archiveCampaign", "mutation($id: ID!) { archiveCampaign(input: {id: $id}) { userErrors { code } } }",
                "id", campaign);
        mutation("recordCosts", "mutation($c: ID!) { recordCosts(input: [{campaignId: $c, category: TOOLS,"
                + " amount: {amount: \"5.00\", currencyCode: \"EUR\"}, incurredOn: \"2026-03-03\"}]) { accepted userErrors { code } } }",
                "c", campaign);
        mutation("updateCost", "mutation { updateCost(input: {externalId: \"cost-to-update\", amount: {amount: \"12.00\","
                + " currencyCode: \"EUR\"}}) { userErrors { code } } }");
        mutation("deleteCost", "mutation { deleteCost(input: {externalId: \"cost-to-delete\"}) { userErrors { code } } }");
        mutation("updateConversion", "mutation { updateConversion(input: {externalId: \"conversion-to-update\","
                + " revenue: {amount: \"60.00\", currencyCode: \"EUR\"}}) { userErrors { code } } }");
        mutation("deleteConversions", "mutation { deleteConversions(input: {externalIds: [\"conversion-to-delete\"]})"
                + " { deleted userErrors { code } } }");
        mutation("deleteTouchpoints", "mutation { deleteTouchpoints(input: {externalIds: [\"touch-to-delete\"]})"
                + " { deleted userErrors { code } } }");
        mutation("erasePerson", "mutation { erasePerson(personKey: \"p8\") { touchpoints userErrors { code } } }");
        mutation("removeWorkspaceMember", "mutation { removeWorkspaceMember(input: {subject: \"" + Tokens.TESTER + "\"})"
                + " { userErrors { code } } }");
    }

    void query(String name, String document, Object... variables) {
        operations.put(name, new Operation(name, false, document, variables));
    }

    void mutation(String name, String document, Object... variables) {
        operations.put(name, new Operation(name, true, document, variables));
    }

    @Test
    void everyOperationIsCovered() {
        // two requests: graphql-java refuses one that lists fields of two types ("bad faith introspection")
        Set<String> served = new TreeSet<>(GraphQL.ok("{ __schema { queryType { fields { name } } } }")
                .getList("__schema.queryType.fields.name"));
        served.addAll(GraphQL.ok("{ __schema { mutationType { fields { name } } } }").getList("__schema.mutationType.fields.name"));
        assertEquals(served, new TreeSet<>(operations.keySet()),
                "every query and mutation needs an entry in this matrix (and in the role rules it checks)");
    }

    @Test
    void aMemberOfAnotherWorkspaceCanNeitherReadNorChangeThisOne() {
        String before = snapshot();
        for (Operation operation : operations.values()) {
            if (OUTSIDE_WORKSPACE.contains(operation.name())) {
                continue;
            }
            assertRefused(GraphQL.as(OUTSIDER).in("default"), operation);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void aViewerReadsEverythingAndChangesNothing() {
        String before = snapshot();
        for (Operation operation : operations.values()) {
            if (OUTSIDE_WORKSPACE.contains(operation.name())) {
                continue;
            }
            if (operation.mutation() || ADMIN_ONLY.contains(operation.name())) {
                assertRefused(GraphQL.as(VIEWER), operation);
            } else {
                JsonPath response = GraphQL.as(VIEWER).post(operation.document(), operation.variables());
                assertNull(response.get("errors"), operation.name() + ": " + response.get("errors"));
                assertNotNull(response.get("data." + operation.name()), operation.name());
            }
        }
        assertEquals(before, snapshot());
    }

    @Test
    void anAnalystRecordsDataButChangesNoSettingsOrMembers() {
        String before = snapshot();
        for (String name : ADMIN_ONLY) {
            assertRefused(GraphQL.as(ANALYST), operations.get(name));
        }
        assertEquals(before, snapshot());
        for (Operation operation : operations.values()) {
            if (operation.mutation() && !ADMIN_ONLY.contains(operation.name())
                    && !OUTSIDE_WORKSPACE.contains(operation.name())) {
                JsonPath response = GraphQL.as(ANALYST).post(operation.document(), operation.variables());
                assertNull(response.get("errors"), operation.name() + ": " + response.get("errors"));
                assertEquals(List.of(), response.getList("data." + operation.name() + ".userErrors"), operation.name());
            }
        }
    }

    @Test
    void idsOfAnotherWorkspaceResolveToNothing() {
        String campaign = GraphQL.ok("{ campaigns(first: 1) { nodes { id } } }").getString("campaigns.nodes[0].id");
        String rate = GraphQL.ok("{ exchangeRates { id } }").getString("exchangeRates[0].id");
        // the outsider, in their own workspace, asks for this workspace's objects by ID
        JsonPath response = GraphQL.as(OUTSIDER).ok("""
                query($c: ID!, $r: ID!) { campaign(id: $c) { name } byNode: node(id: $c) { id } rate: node(id: $r) { id } }""",
                "c", campaign, "r", rate);
        assertNull(response.get("campaign"));
        assertNull(response.get("byNode"));
        assertNull(response.get("rate"));
        // and their reports see none of this workspace's figures
        JsonPath other = GraphQL.as(OUTSIDER).ok("{ channels { id } campaigns(first: 5) { totalCount } attributionSummary { conversions } }");
        assertEquals(List.of(), other.getList("channels"));
        assertEquals(0, other.getInt("campaigns.totalCount"));
        assertEquals(0, other.getInt("attributionSummary.conversions"));
    }

    void assertRefused(GraphQL.Caller caller, Operation operation) {
        JsonPath response = caller.post(operation.document(), operation.variables());
        List<Object> codes = response.getList("errors.extensions.code");
        assertNotNull(codes, operation.name() + " was not refused: " + response.prettify());
        assertTrue(codes.contains("FORBIDDEN"), operation.name() + ": " + codes);
        assertNull(response.get("data." + operation.name()), operation.name() + " returned data");
        String messages = String.valueOf(response.getList("errors.message"));
        // a refusal names no other workspace's data
        assertTrue(!messages.contains("Launch") && !messages.contains("Instagram") && !messages.contains("250"),
                operation.name() + ": " + messages);
    }

    /** Every row a request could have changed, as text. */
    String snapshot() {
        List<String> parts = new ArrayList<>();
        String[] queries = {
                "select string_agg(slug || ':' || name || ':' || reporting_currency, ',' order by slug) from workspace",
                "select string_agg(workspace_id || ':' || subject || ':' || role, ',' order by workspace_id, subject) from workspace_member",
                "select string_agg(name || ':' || status, ',' order by id) from campaign",
                "select string_agg(name, ',' order by id) from channel",
                "select count(*) || ':' || coalesce(sum(amount), 0) from cost_entry",
                "select string_agg(base || quote || rate, ',' order by id) from exchange_rate",
                "select count(*) from touchpoint", "select count(*) || ':' || coalesce(sum(revenue_amount), 0) from conversion",
                "select count(*) from erasure_audit", "select count(*) from engagement_day",
                "select count(*) || ':' || coalesce(sum(amount), 0) from action_value",
                "select count(*) || ':' || coalesce(sum(contacts), 0) from service_saving",
                "select count(*) || ':' || coalesce(sum(amount), 0) from keyword_cpc",
                "select count(*) || ':' || coalesce(sum(clicks), 0) from organic_clicks",
                "select count(*) || ':' || coalesce(sum(amount), 0) from earned_media_cpm",
                "select count(*) || ':' || coalesce(string_agg(name || ':' || target || ':' || deadline, ',' order by id), '')"
                        + " from goal",
                "select count(*) || ':' || coalesce(sum(contract_amount), 0) from customer",
                "select count(*) || ':' || coalesce(string_agg(model || ':' || lookback_days, ','), '') from attribution_default",
                "select count(*) || ':' || coalesce(string_agg(name || ':' || kind || ':' || period_rule, ',' order by id), '')"
                        + " from saved_report",
                "select string_agg(slug || ':' || time_zone, ',' order by slug) from workspace",
                "select count(*) || ':' || coalesce(string_agg(frequency || ':' || local_time || ':' || recipients, ','"
                        + " order by id), '') from delivery_schedule",
                "select count(*) from anomaly_acknowledgement" };
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String sql : queries) {
                try (var rs = statement.executeQuery(sql)) {
                    rs.next();
                    parts.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.join(" | ", parts);
    }
}
