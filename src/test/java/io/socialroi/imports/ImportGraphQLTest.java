package io.socialroi.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.socialroi.attribution.StoredCreditRows;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * POST /imports and the import history over HTTP against PostgreSQL: previews, imports, re-imports (restatements),
 * undo, refusals. Every expected figure is worked out by hand in the comments.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ImportGraphQLTest {

    /** Three ad days of "Spring Sale" on Meta (facebook_ads) and Google Ads. */
    static final String ADS = """
            date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency
            2026-03-01,facebook_ads,act_1,Brand,c1,Spring Sale,10,1000,25.50,EUR
            2026-03-02,facebook_ads,act_1,Brand,c1,Spring Sale,20,2000,30.25,EUR
            2026-03-01,google_ads,g_1,Brand,g9,Spring Sale,5,500,12.00,EUR
            """;

    static final String CAMPAIGN = """
            query($id: ID!) { campaign(id: $id) { totalCost { amount currencyCode } engagement { impressions clicks } } }""";

    static final String HISTORY = """
            { imports(first: 10) { totalCount nodes { id status fileName format counts { read written replaced rejected skipped }
                settings { encoding delimiter headerLine } errors { line column code } } } }""";

    static final String DELETE = """
            mutation($id: ID!) { deleteImport(input: {id: $id}) { deletedImport { status } userErrors { code field message } } }""";

    @Inject
    TestData data;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.http.test-port")
    int testPort;

    String facebook;
    String google;
    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        google = TestData.createChannel("Google", "SEARCH");
        campaign = TestData.createCampaign("Spring Sale", "spring", "2026-01-01", facebook, google);
    }

    static RequestSpecification as(String subject) {
        return given().header("Authorization", "Bearer " + Tokens.forSubject(subject));
    }

    /** Uploads a file as a multipart part. */
    static Response multipart(String fileName, String content, Object... query) {
        RequestSpecification request = as(Tokens.TESTER)
                .multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), "text/csv");
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().post("/imports");
    }

    /** Uploads a file as the raw body. */
    static Response raw(String fileName, String content, Object... query) {
        RequestSpecification request = as(Tokens.TESTER).contentType("text/csv").queryParam("fileName", fileName)
                .body(content.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().post("/imports");
    }

    static JsonPath ok(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    JsonPath campaignFigures() {
        return GraphQL.ok(CAMPAIGN, "id", campaign).setRootPath("data.campaign");
    }

    @Test
    void aDryRunShowsWhatWouldBeWrittenAndWritesNothing() {
        Map<String, String> before = data.fingerprint();
        JsonPath preview = ok(multipart("ads.csv", ADS, "dryRun", "true"));
        assertEquals("DRY_RUN", preview.getString("status"));
        assertEquals("AD_REPORTING", preview.getString("format"));
        assertEquals("UTF-8", preview.getString("settings.encoding"));
        assertEquals(",", preview.getString("settings.delimiter"));
        assertEquals(1, preview.getInt("settings.headerLine"));
        assertEquals(3, preview.getInt("counts.read"));
        // 3 cost rows; engagement days: Facebook × Spring Sale × {03-01, 03-02} and Google × Spring Sale × 03-01
        assertEquals(Map.of("costs", 3, "engagementDays", 3, "conversions", 0, "touchpoints", 0, "posts", 0,
                "audienceSnapshots", 0),
                preview.getMap("targets"));
        // Spring Sale: 25.50 + 30.25 + 12.00 = 67.75 EUR over 3 rows
        assertEquals("Spring Sale", preview.getString("campaignTotals[0].name"));
        assertEquals(campaign, preview.getString("campaignTotals[0].id"));
        assertEquals(List.of(Map.of("amount", "67.75", "currencyCode", "EUR")), preview.getList("campaignTotals[0].costs"));
        // Facebook: 25.50 + 30.25 = 55.75; Google: 12.00
        assertEquals(List.of("Facebook", "Google"), preview.getList("channelTotals.name"));
        assertEquals(List.of(List.of("55.75"), List.of("12.00")), preview.getList("channelTotals.costs.amount"));
        // matched by the campaign's name (its utmCampaign is "spring"), once per platform campaign
        assertEquals(List.of("NAME", "NAME"), preview.getList("matched.matchedBy"));
        assertEquals(List.of(), preview.getList("unmapped"));
        // only the history changed
        Map<String, String> after = data.fingerprint();
        after.remove("import_run");
        before.remove("import_run");
        assertEquals(before, after);
        JsonPath history = GraphQL.ok(HISTORY);
        assertEquals(1, history.getInt("imports.totalCount"));
        assertEquals("DRY_RUN", history.getString("imports.nodes[0].status"));
        assertEquals(preview.getString("id"), history.getString("imports.nodes[0].id"));
    }

    @Test
    void anImportRecordsCostsAndEngagementAndTheSameFileAgainChangesNothing() {
        JsonPath first = ok(raw("ads.csv", ADS));
        assertEquals("COMPLETED", first.getString("status"));
        assertEquals(Map.of("read", 3, "written", 3, "replaced", 0, "rejected", 0, "skipped", 0), first.getMap("counts"));
        // cost 25.50 + 30.25 + 12.00 = 67.75; PAID impressions 1000 + 2000 + 500 = 3500, clicks 10 + 20 + 5 = 35
        JsonPath figures = campaignFigures();
        assertEquals("67.75", figures.getString("totalCost.amount"));
        assertEquals(3500, figures.getInt("engagement.impressions"));
        assertEquals(35, figures.getInt("engagement.clicks"));
        // the channels: Facebook 55.75, Google 12.00
        JsonPath channels = GraphQL.ok("{ channelPerformance { channel { name } cost { amount } } }");
        assertEquals(List.of("55.75", "12.00"), List.of(channelCost(channels, "Facebook"), channelCost(channels, "Google")));
        assertEquals(3, data.count("cost_entry"));
        assertEquals(3, data.count("engagement_day"));

        Map<String, String> before = withoutHistory(data.fingerprint());
        JsonPath second = ok(multipart("ads.csv", ADS));
        // every key was recorded by the first import: replaced, not added
        assertEquals(Map.of("read", 3, "written", 0, "replaced", 3, "rejected", 0, "skipped", 0), second.getMap("counts"));
        assertEquals(3, data.count("cost_entry"));
        assertEquals(3, data.count("engagement_day"));
        JsonPath again = campaignFigures();
        assertEquals("67.75", again.getString("totalCost.amount"));
        assertEquals(3500, again.getInt("engagement.impressions"));
        // the same figures; only the rows' import (the later one) changed
        assertEquals(before.keySet(), withoutHistory(data.fingerprint()).keySet());
        assertEquals("3", data.scalar("select count(*) from cost_entry where import_id = "
                + GraphQLIds.databaseId(second.getString("id"))));
    }

    @Test
    void aRestatedDayReplacesOnlyThatDay() {
        ok(raw("ads.csv", ADS));
        // Meta restates 2026-03-02: 40.00 EUR, 2500 impressions, 25 clicks
        String restated = """
                date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency
                2026-03-02,facebook_ads,act_1,Brand,c1,Spring Sale,25,2500,40.00,EUR
                """;
        String before01 = data.scalar("select string_agg(amount::text || '/' || currency, ',' order by id) from cost_entry"
                + " where incurred_on = '2026-03-01'");
        JsonPath result = ok(raw("restated.csv", restated));
        assertEquals(1, result.getInt("counts.replaced"));
        // cost 25.50 + 40.00 + 12.00 = 77.50; impressions 1000 + 2500 + 500 = 4000; clicks 10 + 25 + 5 = 40
        JsonPath figures = campaignFigures();
        assertEquals("77.50", figures.getString("totalCost.amount"));
        assertEquals(4000, figures.getInt("engagement.impressions"));
        assertEquals(40, figures.getInt("engagement.clicks"));
        assertEquals(3, data.count("cost_entry"));
        assertEquals(before01, data.scalar("select string_agg(amount::text || '/' || currency, ',' order by id)"
                + " from cost_entry where incurred_on = '2026-03-01'"));
        assertEquals("2500", data.scalar("select impressions from engagement_day where day = '2026-03-02'"));
    }

    @Test
    void deletingAnImportRemovesWhatItWrote() {
        String id = ok(raw("ads.csv", ADS)).getString("id");
        assertEquals(3, data.count("cost_entry"));
        JsonPath deleted = GraphQL.ok(DELETE, "id", id);
        assertEquals(List.of(), deleted.getList("deleteImport.userErrors"));
        assertEquals("DELETED", deleted.getString("deleteImport.deletedImport.status"));
        assertEquals(0, data.count("cost_entry"));
        assertEquals(0, data.count("engagement_day"));
        assertEquals(0, data.count("imported_ad_day"));
        JsonPath figures = campaignFigures();
        assertEquals("0.00", figures.getString("totalCost.amount"));
        assertEquals(0, figures.getInt("engagement.impressions"));
        // again: nothing left to delete; an unknown id: not found
        assertEquals("INVALID_VALUE", GraphQL.ok(DELETE, "id", id).getString("deleteImport.userErrors[0].code"));
        JsonPath unknown = GraphQL.ok(DELETE, "id", "nope");
        assertEquals("INVALID_ID", unknown.getString("deleteImport.userErrors[0].code"));
        assertEquals(List.of("input", "id"), unknown.getList("deleteImport.userErrors[0].field"));
        // by node(id:) too
        assertEquals("DELETED", GraphQL.ok("query($id: ID!) { node(id: $id) { ... on Import { status } } }", "id", id)
                .getString("node.status"));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndNothingIsWritten() {
        String bad = """
                date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency
                2026-03-01,facebook_ads,act_1,Brand,c1,Spring Sale,10,1000,25.50,EUR
                2026-03-02,facebook_ads,act_1,Brand,c1,Spring Sale,20,2000,thirty,EUR
                """;
        Map<String, String> before = withoutHistory(data.fingerprint());
        Response response = raw("bad.csv", bad);
        assertEquals(422, response.statusCode(), response.asString());
        JsonPath answer = response.jsonPath();
        // the header is line 1: the second data row is line 3
        assertEquals(3, answer.getInt("errors[0].line"));
        assertEquals("spend", answer.getString("errors[0].column"));
        assertEquals("INVALID_NUMBER", answer.getString("errors[0].code"));
        assertEquals("FAILED", answer.getString("result.status"));
        assertEquals(1, answer.getInt("result.counts.rejected"));
        assertEquals(before, withoutHistory(data.fingerprint()));
        assertNoLeak(response.asString());
    }

    @Test
    void unmappedCampaignsStopTheImportOrAreCreatedOrGoToTheChannel() {
        String promo = """
                date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency
                2026-03-01,facebook_ads,act_1,Brand,c7,Winter Promo,4,400,8.00,EUR
                2026-03-02,facebook_ads,act_1,Brand,c7,Winter Promo,6,600,9.50,EUR
                """;
        Map<String, String> before = withoutHistory(data.fingerprint());
        Response stopped = raw("promo.csv", promo);
        assertEquals(422, stopped.statusCode(), stopped.asString());
        assertEquals("UNMAPPED_CAMPAIGN", stopped.jsonPath().getString("errors[0].code"));
        assertEquals("Winter Promo", stopped.jsonPath().getString("result.unmapped[0].name"));
        assertEquals(List.of(2, 3), stopped.jsonPath().getList("result.unmapped[0].lines"));
        assertEquals(before, withoutHistory(data.fingerprint()));

        // CHANNEL_ONLY: 8.00 + 9.50 = 17.50 on Facebook, on no campaign
        JsonPath channelOnly = ok(raw("promo.csv", promo, "onUnmapped", "CHANNEL_ONLY"));
        assertEquals(2, channelOnly.getInt("counts.written"));
        assertEquals("17.50", data.scalar("select sum(amount) from cost_entry where campaign_id is null"));
        JsonPath channels = GraphQL.ok("{ channelPerformance { channel { name } cost { amount } } }");
        assertEquals("17.50", channelCost(channels, "Facebook"));
        assertEquals("0.00", campaignFigures().getString("totalCost.amount"));
        GraphQL.ok(DELETE, "id", channelOnly.getString("id"));

        // CREATE_CAMPAIGNS: a campaign "Winter Promo" with the costs, and its mapping stored for the next file
        JsonPath created = ok(raw("promo.csv", promo, "onUnmapped", "CREATE_CAMPAIGNS"));
        assertEquals("CREATED", created.getString("matched[0].matchedBy"));
        JsonPath campaigns = GraphQL.ok("{ campaigns(first: 10) { nodes { id name totalCost { amount } } } }");
        assertEquals(List.of("Spring Sale", "Winter Promo"), campaigns.getList("campaigns.nodes.name"));
        assertEquals("17.50", campaigns.getString("campaigns.nodes[1].totalCost.amount"));
        JsonPath mappings = GraphQL.ok("{ platformCampaignMappings { platform accountId platformCampaign campaignId } }");
        assertEquals(List.of(Map.of("platform", "facebook", "accountId", "act_1", "platformCampaign", "c7",
                "campaignId", campaigns.getString("campaigns.nodes[1].id"))), mappings.getList("platformCampaignMappings"));
        // the next file of that campaign matches by the mapping
        JsonPath next = ok(raw("promo.csv", promo, "dryRun", "true"));
        assertEquals("MAPPING", next.getString("matched[0].matchedBy"));
    }

    @Test
    void mappingsAreSetAndRemoved() {
        JsonPath set = GraphQL.ok("""
                mutation($c: ID!) { setPlatformCampaignMapping(input: {platform: "linkedin", platformCampaign: "LI Launch",
                  campaignId: $c}) { mapping { id platform accountId platformCampaign } userErrors { code } } }""",
                "c", campaign);
        assertEquals(List.of(), set.getList("setPlatformCampaignMapping.userErrors"));
        String id = set.getString("setPlatformCampaignMapping.mapping.id");
        JsonPath unknownCampaign = GraphQL.ok("""
                mutation { setPlatformCampaignMapping(input: {platform: "linkedin", platformCampaign: "x",
                  campaignId: "nope"}) { mapping { id } userErrors { code field } } }""");
        assertEquals("INVALID_ID", unknownCampaign.getString("setPlatformCampaignMapping.userErrors[0].code"));
        JsonPath removed = GraphQL.ok("mutation($id: ID!) { removePlatformCampaignMapping(input: {id: $id})"
                + " { removedMappingId userErrors { code } } }", "id", id);
        assertEquals(id, removed.getString("removePlatformCampaignMapping.removedMappingId"));
        assertEquals(List.of(), GraphQL.ok("{ platformCampaignMappings { id } }").getList("platformCampaignMappings"));
        assertEquals("NOT_FOUND", GraphQL.ok("mutation($id: ID!) { removePlatformCampaignMapping(input: {id: $id})"
                + " { removedMappingId userErrors { code } } }", "id", id)
                .getString("removePlatformCampaignMapping.userErrors[0].code"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // announce 51 MiB and send only the headers: refused from Content-Length alone, with a JSON error
        try (java.net.Socket socket = new java.net.Socket("localhost", testPort)) {
            socket.setSoTimeout(10_000);
            String request = "POST /imports?fileName=big.csv HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Bearer " + Tokens.forSubject(Tokens.TESTER) + "\r\nContent-Length: "
                    + 55 * 1024 * 1024 + "\r\n\r\ndate_day,";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the answer up to the end of its JSON body (the connection may stay open after it)
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int c; !answer.toString().endsWith("]}") && (c = in.read()) >= 0;) {
                answer.append((char) c);
            }
            assertTrue(answer.toString().startsWith("HTTP/1.1 413"), answer.toString());
            assertTrue(answer.toString().contains("\"code\":\"TOO_LARGE\""), answer.toString());
        }
        // a body streamed without a length is counted as it arrives: 50 MiB + 1 byte is refused
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Response response = as(Tokens.TESTER).contentType("application/octet-stream").queryParam("fileName", "big.csv")
                .body(new java.io.ByteArrayInputStream(big)).when().post("/imports");
        assertEquals(413, response.statusCode(), response.asString());
        assertEquals("TOO_LARGE", response.jsonPath().getString("errors[0].code"));
        assertEquals(0, data.count("import_run"));
    }

    @Test
    void onlyAnAnalystOrAdminWithATokenImports() {
        GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                "i", Map.of("subject", "viewer@social-roi.test", "role", "VIEWER"));
        Response viewer = as("viewer@social-roi.test").contentType("text/csv").body(ADS).when().post("/imports");
        assertEquals(403, viewer.statusCode(), viewer.asString());
        assertEquals("FORBIDDEN", viewer.jsonPath().getString("errors[0].code"));
        Response anonymous = given().contentType("text/csv").body(ADS).when().post("/imports");
        assertEquals(401, anonymous.statusCode());
        Response outsider = as("outsider@other.test").header("X-Workspace", "default").contentType("text/csv").body(ADS)
                .when().post("/imports");
        assertEquals(403, outsider.statusCode());
        assertEquals(0, data.count("import_run"));
        assertEquals(0, data.count("cost_entry"));
        // a content type no upload has: refused with its status, in JSON
        Response xml = as(Tokens.TESTER).contentType("application/xml").body("<a/>").when().post("/imports");
        assertEquals(415, xml.statusCode(), xml.asString());
        assertEquals("INVALID_REQUEST", xml.jsonPath().getString("errors[0].code"));
        Response badOption = raw("ads.csv", ADS, "onUnmapped", "MAYBE");
        assertEquals(400, badOption.statusCode());
        assertEquals("INVALID_PARAMETER", badOption.jsonPath().getString("errors[0].code"));
        assertNoLeak(badOption.asString());
    }

    @Test
    void aDealsExportRecordsConversionsWhoseStoredCreditsMatchTheOnDemandOnes() {
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T10:00:00Z", facebook, campaign),
                TestData.touch("p2", "2026-03-02T10:00:00Z", google, campaign)));
        String deals = """
                Record ID,Deal Name,Deal Stage,Amount,Currency,Close Date,Create Date,Associated Contact IDs
                101,Deal A,Closed Won,1000.00,EUR,2026-03-05,2026-02-01,p1
                102,Deal B,appointmentscheduled,500,EUR,,2026-02-10,p2
                103,Deal C,qualifiedtobuy,700,EUR,,2026-03-03,p2
                """;
        JsonPath first = ok(raw("deals.csv", deals, "stageMapping", "qualifiedtobuy:OPPORTUNITY"));
        assertEquals("HUBSPOT_DEALS", first.getString("format"));
        // a SALE (closed won) and an OPPORTUNITY (mapped stage); appointmentscheduled is skipped
        assertEquals(Map.of("read", 3, "written", 2, "replaced", 0, "rejected", 0, "skipped", 1), first.getMap("counts"));
        TestData.awaitStoredCredits();
        // last touch of p1 before the sale: Facebook × Spring Sale, 1000.00 EUR
        assertEquals("1000.00", GraphQL.ok("query($id: ID!) { campaign(id: $id) { attributedRevenue(conversionTypes: [SALE])"
                + " { amount } } }", "id", campaign).getString("campaign.attributedRevenue.amount"));
        assertEquals(StoredCreditRows.onDemand(em), StoredCreditRows.stored(em));
        String saleId = data.scalar("select id from conversion where external_id = '101'");

        // the deal's amount is corrected to 1200.00: the same conversion, updated, and credited again
        JsonPath second = ok(raw("deals.csv", deals.replace("1000.00", "1200.00"),
                "stageMapping", "qualifiedtobuy:OPPORTUNITY"));
        assertEquals(Map.of("read", 3, "written", 0, "replaced", 1, "rejected", 0, "skipped", 1), second.getMap("counts"));
        assertEquals(saleId, data.scalar("select id from conversion where external_id = '101'"));
        assertEquals(2, data.count("conversion"));
        assertEquals("1200.00", GraphQL.ok("query($id: ID!) { campaign(id: $id) { attributedRevenue(conversionTypes: [SALE])"
                + " { amount } } }", "id", campaign).getString("campaign.attributedRevenue.amount"));
        assertEquals(StoredCreditRows.onDemand(em), StoredCreditRows.stored(em));

        // undo the first import: its conversions go, with their credits
        GraphQL.ok(DELETE, "id", first.getString("id"));
        assertEquals(0, data.count("conversion"));
        assertEquals(StoredCreditRows.onDemand(em), StoredCreditRows.stored(em));
    }

    static String channelCost(JsonPath channels, String name) {
        List<Map<String, Object>> rows = channels.getList("channelPerformance");
        return rows.stream().filter(r -> name.equals(((Map<?, ?>) r.get("channel")).get("name")))
                .map(r -> (String) ((Map<?, ?>) r.get("cost")).get("amount")).findFirst().orElseThrow();
    }

    static Map<String, String> withoutHistory(Map<String, String> fingerprint) {
        Map<String, String> copy = new java.util.TreeMap<>(fingerprint);
        copy.remove("import_run");
        return copy;
    }

    static void assertNoLeak(String answer) {
        for (String leak : List.of("Exception", "java.", "at io.", "SQL", "select ")) {
            assertFalse(answer.contains(leak), "leaks '" + leak + "': " + answer);
        }
    }

    /** The database id inside an Import's global ID. */
    static final class GraphQLIds {
        static long databaseId(String globalId) {
            return io.socialroi.common.GlobalId.decode(Import.TYPE, globalId).orElseThrow();
        }
    }

    @Test
    void aBrowserAppOfAnAllowedOriginMayUpload() {
        // the service's CORS rules cover /imports as /graphql: an allowed origin's preflight is answered
        Response preflight = given().header("Origin", "https://app.example.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-workspace")
                .when().options("/imports");
        assertEquals("https://app.example.test", preflight.header("Access-Control-Allow-Origin"));
        Response refused = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/imports");
        assertNull(refused.header("Access-Control-Allow-Origin"));
    }

    @Test
    void historyIsNewestFirst() {
        ok(raw("a.csv", ADS, "dryRun", "true"));
        ok(raw("b.csv", ADS));
        JsonPath history = GraphQL.ok(HISTORY);
        assertEquals(List.of("b.csv", "a.csv"), history.getList("imports.nodes.fileName"));
        assertEquals(List.of("COMPLETED", "DRY_RUN"), history.getList("imports.nodes.status"));
        JsonPath page = GraphQL.ok("{ imports(first: 1) { nodes { fileName } pageInfo { hasNextPage endCursor } } }");
        assertEquals(List.of("b.csv"), page.getList("imports.nodes.fileName"));
        assertTrue(page.getBoolean("imports.pageInfo.hasNextPage"));
        JsonPath next = GraphQL.ok("query($a: String) { imports(first: 1, after: $a) { nodes { fileName } } }",
                "a", page.getString("imports.pageInfo.endCursor"));
        assertEquals(List.of("a.csv"), next.getList("imports.nodes.fileName"));
        assertNull(GraphQL.ok("{ import(id: \"nope\") { id } }").get("import"));
    }
}
