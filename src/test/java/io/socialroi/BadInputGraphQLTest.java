package io.socialroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The "bad input" rules of docs/api.md, through HTTP GraphQL: every invalid input is a userErrors entry with
 * a stable code and the exact field path, the payload object is null (or accepted 0), and nothing
 * changes — checked by reading the data back.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class BadInputGraphQLTest {

    @Inject
    TestData data;
    @Inject
    DataSource dataSource;

    String linkedIn;
    String facebook;
    String spring;

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL", "fb");
        spring = TestData.createCampaign("Spring", "spring", "2026-03-01", linkedIn);
    }

    // ---- requests ------------------------------------------------------------------------------

    static final String CREATE_CAMPAIGN = """
            mutation($input: CreateCampaignInput!) {
              createCampaign(input: $input) { campaign { id } userErrors { field message code } }
            }""";
    static final String UPDATE_CAMPAIGN = """
            mutation($input: UpdateCampaignInput!) {
              updateCampaign(input: $input) { campaign { id } userErrors { field message code } }
            }""";
    static final String RECORD_COST = """
            mutation($input: RecordCostInput!) {
              recordCost(input: $input) { costEntry { id externalId amount { amount currencyCode } } duplicate
                userErrors { field message code } }
            }""";
    static final String SET_RATE = """
            mutation($input: SetExchangeRateInput!) {
              setExchangeRate(input: $input) { exchangeRate { id } userErrors { field message code } }
            }""";
    static final String UPDATE_WORKSPACE = """
            mutation($input: UpdateWorkspaceInput!) {
              updateWorkspace(input: $input) { workspace { reportingCurrency } userErrors { field message code } }
            }""";
    static final String RECORD_TOUCHPOINTS = """
            mutation($input: [TouchpointInput!]!) {
              recordTouchpoints(input: $input) { accepted duplicates userErrors { field message code } }
            }""";
    static final String RECORD_CONVERSIONS = """
            mutation($input: [ConversionInput!]!) {
              recordConversions(input: $input) { accepted duplicates userErrors { field message code } }
            }""";

    /** The payload of a mutation that must answer without top-level errors. */
    static JsonPath payload(String mutation, String name, Object input) {
        return GraphQL.ok(mutation, "input", input).setRootPath("data." + name);
    }

    /** Asserts the userErrors are exactly these (code, field path) pairs, in any order, each with a message. */
    static void assertUserErrors(JsonPath payload, Object... codeAndFields) {
        List<Map<String, Object>> errors = payload.getList("userErrors");
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> e : errors) {
            assertTrue(e.get("message") instanceof String m && !m.isBlank(), "message of " + e);
            actual.add(e.get("code") + " " + e.get("field"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < codeAndFields.length; i += 2) {
            expected.add(codeAndFields[i] + " " + codeAndFields[i + 1]);
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), payload.prettify());
    }

    static List<String> path(String... segments) {
        return List.of(segments);
    }

    static String globalId(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currencyCode", currency);
    }

    Map<String, Object> campaignInput(String name) {
        return new HashMap<>(Map.of("name", name, "objective", "AWARENESS", "startDate", "2026-04-01"));
    }

    Map<String, Object> costInput() {
        return new HashMap<>(Map.of("campaignId", spring, "category", "AD_SPEND", "incurredOn", "2026-03-10",
                "amount", money("100.00", "EUR")));
    }

    static Map<String, Object> touch(String person, String at, String channelId) {
        return new HashMap<>(Map.of("personKey", person, "occurredAt", at, "channelId", channelId, "mediaType", "PAID"));
    }

    static Map<String, Object> conversion(String person, String at) {
        return new HashMap<>(Map.of("personKey", person, "occurredAt", at, "type", "SALE",
                "revenue", money("100.00", "EUR")));
    }

    /** Single-column rows of a SQL query, straight from the database. */
    List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** The campaigns as a client sees them, for "nothing changed" checks. */
    static List<Map<String, Object>> campaigns() {
        return GraphQL.ok("""
                { campaigns(filter: { status: [DRAFT, ACTIVE, PAUSED, COMPLETED, ARCHIVED] }) {
                    totalCount nodes { id name objective status startDate endDate budget { amount currencyCode }
                    utmCampaign channels { id } } } }""").getList("campaigns.nodes");
    }

    void assertCampaignCreateRejected(Map<String, Object> input, Object... codeAndFields) {
        var before = campaigns();
        JsonPath p = payload(CREATE_CAMPAIGN, "createCampaign", input);
        assertNull(p.get("campaign"), p.prettify());
        assertUserErrors(p, codeAndFields);
        assertEquals(1, data.count("campaign"));
        assertEquals(1, data.count("campaign_channel"));
        assertEquals(before, campaigns());
    }

    // ---- createCampaign ------------------------------------------------------------------------

    @Test
    void createCampaignWithNegativeBudgetIsRejected() {
        var input = campaignInput("Summer");
        input.put("budget", money("-1.00", "EUR"));
        assertCampaignCreateRejected(input, "NEGATIVE_AMOUNT", path("input", "budget", "amount"));
    }

    @Test
    void createCampaignWithUnknownCurrencyIsRejected() {
        var input = campaignInput("Summer");
        input.put("budget", money("1000.00", "EUX"));
        assertCampaignCreateRejected(input, "INVALID_CURRENCY", path("input", "budget", "currencyCode"));
    }

    @Test
    void createCampaignEndingBeforeItStartsIsRejected() {
        var input = campaignInput("Summer");
        input.put("endDate", "2026-03-31");
        assertCampaignCreateRejected(input, "END_BEFORE_START", path("input", "endDate"));
    }

    @Test
    void createCampaignWithMalformedStartDateIsRejected() {
        var input = campaignInput("Summer");
        input.put("startDate", "2026-13-01");
        assertCampaignCreateRejected(input, "INVALID_DATE", path("input", "startDate"));
    }

    @Test
    void createCampaignWithUnknownChannelIsRejected() {
        var input = campaignInput("Summer");
        input.put("channelIds", List.of(globalId("Channel", 999_999)));
        assertCampaignCreateRejected(input, "NOT_FOUND", path("input", "channelIds", "0"));
    }

    @Test
    void createCampaignWithMalformedChannelIdIsRejected() {
        var input = campaignInput("Summer");
        input.put("channelIds", List.of(linkedIn, "nope"));
        assertCampaignCreateRejected(input, "INVALID_ID", path("input", "channelIds", "1"));
    }

    @Test
    void createCampaignWithACampaignIdAsChannelIdIsRejected() {
        var input = campaignInput("Summer");
        input.put("channelIds", List.of(spring));
        assertCampaignCreateRejected(input, "INVALID_ID", path("input", "channelIds", "0"));
    }

    @Test
    void createCampaignWithDuplicateUtmCampaignIsRejectedCaseInsensitively() {
        var input = campaignInput("Summer");
        input.put("utmCampaign", " SPRING ");
        assertCampaignCreateRejected(input, "DUPLICATE", path("input", "utmCampaign"));
    }

    @Test
    void createCampaignReportsEveryErrorTogether() {
        var input = campaignInput("   ");
        input.put("startDate", "2026-05-01");
        input.put("endDate", "2026-04-30");
        input.put("budget", money("-5", "EUX"));
        input.put("utmCampaign", "spring");
        input.put("channelIds", List.of("nope", globalId("Channel", 999_999)));
        assertCampaignCreateRejected(input,
                "REQUIRED", path("input", "name"),
                "END_BEFORE_START", path("input", "endDate"),
                "NEGATIVE_AMOUNT", path("input", "budget", "amount"),
                "INVALID_CURRENCY", path("input", "budget", "currencyCode"),
                "DUPLICATE", path("input", "utmCampaign"),
                "INVALID_ID", path("input", "channelIds", "0"),
                "NOT_FOUND", path("input", "channelIds", "1"));
    }

    // ---- updateCampaign ------------------------------------------------------------------------

    @Test
    void updateCampaignWithUnknownIdIsNotFound() {
        var before = campaigns();
        JsonPath p = payload(UPDATE_CAMPAIGN, "updateCampaign",
                Map.of("id", globalId("Campaign", 999_999), "name", "Renamed"));
        assertNull(p.get("campaign"), p.prettify());
        assertUserErrors(p, "NOT_FOUND", path("input", "id"));
        assertEquals(before, campaigns());
    }

    @Test
    void updateCampaignWithMalformedIdIsInvalidId() {
        var before = campaigns();
        for (String id : List.of("nope", linkedIn)) { // garbage, and a channel's ID
            JsonPath p = payload(UPDATE_CAMPAIGN, "updateCampaign", Map.of("id", id, "name", "Renamed"));
            assertNull(p.get("campaign"), p.prettify());
            assertUserErrors(p, "INVALID_ID", path("input", "id"));
        }
        assertEquals(before, campaigns());
    }

    @Test
    void updateCampaignEndingBeforeItsExistingStartLeavesItUnchanged() {
        var before = campaigns();
        JsonPath p = payload(UPDATE_CAMPAIGN, "updateCampaign",
                Map.of("id", spring, "name", "Renamed", "endDate", "2026-02-28", "budget", money("10.00", "EUR"),
                        "channelIds", List.of(facebook)));
        assertNull(p.get("campaign"), p.prettify());
        assertUserErrors(p, "END_BEFORE_START", path("input", "endDate"));

        assertEquals(before, campaigns());
        JsonPath c = GraphQL.ok("query($id: ID!) { campaign(id: $id) { name endDate budget { amount } channels { id } } }",
                "id", spring);
        assertEquals("Spring", c.getString("campaign.name"));
        assertNull(c.get("campaign.endDate"));
        assertNull(c.get("campaign.budget"));
        assertEquals(List.of(linkedIn), c.getList("campaign.channels.id"));
    }

    // ---- recordCost ----------------------------------------------------------------------------

    void assertCostRejected(Map<String, Object> input, Object... codeAndFields) {
        JsonPath p = payload(RECORD_COST, "recordCost", input);
        assertNull(p.get("costEntry"), p.prettify());
        assertFalse(p.getBoolean("duplicate"), p.prettify());
        assertUserErrors(p, codeAndFields);
        assertEquals(0, data.count("cost_entry"));
        assertEquals("0.00", GraphQL.ok("query($id: ID!) { campaign(id: $id) { totalCost { amount } } }", "id", spring)
                .getString("campaign.totalCost.amount"));
    }

    @Test
    void recordCostWithNegativeAmountIsRejected() {
        var input = costInput();
        input.put("amount", money("-0.01", "EUR"));
        assertCostRejected(input, "NEGATIVE_AMOUNT", path("input", "amount", "amount"));
    }

    @Test
    void recordCostWithUnknownCurrencyIsRejected() {
        var input = costInput();
        input.put("amount", money("10.00", "EUX"));
        assertCostRejected(input, "INVALID_CURRENCY", path("input", "amount", "currencyCode"));
    }

    @Test
    void recordCostWithBothAmountAndHoursIsRejected() {
        var input = costInput();
        input.put("category", "LABOR");
        input.put("hours", "3");
        input.put("hourlyRate", money("50.00", "EUR"));
        assertCostRejected(input, "AMOUNT_OR_HOURS", path("input", "amount"));
    }

    @Test
    void recordCostWithHoursOutsideLaborIsRejected() {
        var input = costInput();
        input.remove("amount");
        input.put("hours", "3");
        input.put("hourlyRate", money("50.00", "EUR"));
        assertCostRejected(input, "HOURS_ONLY_FOR_LABOR", path("input", "hours"));
    }

    @Test
    void recordCostWithMalformedIncurredOnIsRejected() {
        var input = costInput();
        input.put("incurredOn", "10/03/2026");
        assertCostRejected(input, "INVALID_DATE", path("input", "incurredOn"));
    }

    @Test
    void recordCostForUnknownCampaignIsRejected() {
        var input = costInput();
        input.put("campaignId", globalId("Campaign", 999_999));
        assertCostRejected(input, "NOT_FOUND", path("input", "campaignId"));
    }

    @Test
    void recordCostWithMalformedCampaignIdIsRejected() {
        var input = costInput();
        input.put("campaignId", "nope");
        assertCostRejected(input, "INVALID_ID", path("input", "campaignId"));
    }

    @Test
    void recordCostWithMalformedDecimalIsRejected() {
        var input = costInput();
        input.put("amount", money("12,50", "EUR"));
        assertCostRejected(input, "INVALID_DECIMAL", path("input", "amount", "amount"));
    }

    // ---- setExchangeRate -----------------------------------------------------------------------

    void assertRateRejected(Map<String, Object> input, Object... codeAndFields) {
        JsonPath p = payload(SET_RATE, "setExchangeRate", input);
        assertNull(p.get("exchangeRate"), p.prettify());
        assertUserErrors(p, codeAndFields);
        assertEquals(0, data.count("exchange_rate"));
        assertEquals(List.of(), GraphQL.ok("{ exchangeRates { id } }").getList("exchangeRates"));
    }

    @Test
    void exchangeRateOfZeroIsRejected() {
        assertRateRejected(Map.of("base", "USD", "quote", "EUR", "rate", "0", "validFrom", "2026-01-01"),
                "NOT_POSITIVE", path("input", "rate"));
        assertRateRejected(Map.of("base", "USD", "quote", "EUR", "rate", "-0.9", "validFrom", "2026-01-01"),
                "NOT_POSITIVE", path("input", "rate"));
    }

    @Test
    void exchangeRateOfACurrencyToItselfIsRejected() {
        assertRateRejected(Map.of("base", "EUR", "quote", "eur", "rate", "1", "validFrom", "2026-01-01"),
                "INVALID_VALUE", path("input", "quote"));
    }

    @Test
    void exchangeRateWithUnknownCurrencyIsRejected() {
        assertRateRejected(Map.of("base", "EUX", "quote", "EUR", "rate", "1.1", "validFrom", "2026-01-01"),
                "INVALID_CURRENCY", path("input", "base"));
    }

    // ---- updateWorkspace -----------------------------------------------------------------------

    @Test
    void workspaceWithUnknownReportingCurrencyIsRejected() {
        JsonPath p = payload(UPDATE_WORKSPACE, "updateWorkspace", Map.of("reportingCurrency", "EUX", "name", "Renamed"));
        assertNull(p.get("workspace"), p.prettify());
        assertUserErrors(p, "INVALID_CURRENCY", path("input", "reportingCurrency"));
        JsonPath ws = GraphQL.ok("{ workspace { name reportingCurrency } }");
        assertEquals("EUR", ws.getString("workspace.reportingCurrency"));
        assertEquals("Default workspace", ws.getString("workspace.name"));
    }

    // ---- recordTouchpoints ---------------------------------------------------------------------

    JsonPath assertTouchpointsRejected(List<Map<String, Object>> items, Object... codeAndFields) {
        JsonPath p = payload(RECORD_TOUCHPOINTS, "recordTouchpoints", items);
        assertEquals(0, p.getInt("accepted"), p.prettify());
        assertEquals(0, p.getInt("duplicates"), p.prettify());
        assertUserErrors(p, codeAndFields);
        assertEquals(0, data.count("touchpoint"));
        return p;
    }

    @Test
    void touchpointBatchWithOneBadItemRecordsNothing() {
        assertTouchpointsRejected(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn),
                touch("P2", "yesterday", linkedIn),
                touch("P3", "2026-03-02T12:00:00Z", facebook)),
                "INVALID_DATE", path("input", "1", "occurredAt"));
    }

    @Test
    void controlCharactersOversizedDecimalsAndFarDatesAreUserErrorsNotServerErrors() {
        // NUL cannot be stored by PostgreSQL: it must be refused before it reaches the database.
        assertTouchpointsRejected(List.of(touch("a\u0000b", "2026-03-01T12:00:00Z", linkedIn)),
                "INVALID_VALUE", path("input", "0", "personKey"));
        // A year PostgreSQL cannot store.
        assertTouchpointsRejected(List.of(touch("P1", "+300000-01-01T00:00:00Z", linkedIn)),
                "INVALID_DATE", path("input", "0", "occurredAt"));
        // 16,000 decimals would overflow NUMERIC; 19 integer digits are beyond any amount.
        assertCostRejected(withAmount("0." + "0".repeat(16000) + "1"), "INVALID_DECIMAL", path("input", "amount", "amount"));
        assertCostRejected(withAmount("1234567890123456789"), "INVALID_DECIMAL", path("input", "amount", "amount"));
        assertCostRejected(withAmount("0.0000000000001"), "INVALID_DECIMAL", path("input", "amount", "amount"));
        var description = costInput();
        description.put("description", "line\u0007bell");
        assertCostRejected(description, "INVALID_VALUE", path("input", "description"));
        // 100 dotted capital I's are 100 characters, but 200 once lower-cased: still no server error.
        JsonPath channel = payload("""
                mutation($input: CreateChannelInput!) { createChannel(input: $input) { channel { name } userErrors { field message code } } }""",
                "createChannel", Map.of("name", "\u0130".repeat(100), "kind", "SOCIAL"));
        assertEquals(List.of(), channel.getList("userErrors"), channel.prettify());
    }

    Map<String, Object> withAmount(String amount) {
        var input = costInput();
        input.put("amount", money(amount, "EUR"));
        return input;
    }

    @Test
    void aReportPeriodAtTheEndOfTimeIsABadArgument() {
        JsonPath response = GraphQL.post("""
                { channelPerformance(period: { from: "2026-01-01", to: "+999999999-12-31" }) { conversions } }""");
        assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"), response.prettify());
    }

    @Test
    void touchpointWithUnknownUtmSourceIsRejected() {
        var bad = touch("P2", "2026-03-01T12:00:00Z", linkedIn);
        bad.remove("channelId");
        bad.put("utmSource", "tiktok");
        assertTouchpointsRejected(List.of(touch("P1", "2026-03-01T12:00:00Z", linkedIn), bad),
                "UNKNOWN_SOURCE", path("input", "1", "utmSource"));
    }

    @Test
    void touchpointWithUnknownUtmCampaignIsRejected() {
        var bad = touch("P1", "2026-03-01T12:00:00Z", linkedIn);
        bad.put("utmCampaign", "autumn");
        assertTouchpointsRejected(List.of(bad), "UNKNOWN_CAMPAIGN", path("input", "0", "utmCampaign"));
    }

    @Test
    void touchpointWithoutMediaTypeAndAnUnknownMediumIsRejected() {
        var bad = touch("P1", "2026-03-01T12:00:00Z", linkedIn);
        bad.remove("mediaType");
        bad.put("utmMedium", "weird");
        assertTouchpointsRejected(List.of(bad), "UNKNOWN_MEDIUM", path("input", "0", "mediaType"));
    }

    @Test
    void touchpointWithUnknownOrMalformedChannelIdIsRejected() {
        assertTouchpointsRejected(List.of(
                touch("P1", "2026-03-01T12:00:00Z", globalId("Channel", 999_999)),
                touch("P2", "2026-03-01T12:00:00Z", "nope")),
                "NOT_FOUND", path("input", "0", "channelId"),
                "INVALID_ID", path("input", "1", "channelId"));
    }

    @Test
    void utmSourceMatchesChannelNameOrAliasCaseInsensitivelyAndCpcMeansPaid() {
        var byName = new HashMap<String, Object>(Map.of("personKey", "P1", "occurredAt", "2026-03-01T12:00:00Z",
                "utmSource", "LINKEDIN", "utmMedium", "cpc", "utmCampaign", "Spring"));
        Map<String, Object> result = TestData.recordTouchpoints(List.of(byName));
        assertEquals(1, result.get("accepted"), result.toString());
        assertEquals(List.of(), result.get("userErrors"));
        var byAlias = new HashMap<String, Object>(Map.of("personKey", "P2", "occurredAt", "2026-03-01T12:00:00Z",
                "utmSource", "FB", "mediaType", "EARNED"));
        result = TestData.recordTouchpoints(List.of(byAlias));
        assertEquals(1, result.get("accepted"), result.toString());

        assertEquals(List.of("P1 PAID LinkedIn Spring", "P2 EARNED Facebook null"), column("""
                select t.person_key || ' ' || t.media_type || ' ' || ch.name || ' ' || coalesce(c.name, 'null')
                from touchpoint t join channel ch on ch.id = t.channel_id left join campaign c on c.id = t.campaign_id
                order by t.person_key"""));
    }

    @Test
    void utmParametersAreReadFromTheLandingUrlWhenAbsent() {
        var item = new HashMap<String, Object>(Map.of("personKey", "P1", "occurredAt", "2026-03-01T12:00:00Z",
                "landingUrl", "https://example.com/offer?utm_source=Fb&utm_medium=paid_social&utm_campaign=SPRING#top"));
        Map<String, Object> result = TestData.recordTouchpoints(List.of(item));
        assertEquals(1, result.get("accepted"), result.toString());
        assertEquals(List.of("PAID Facebook Spring Fb paid_social SPRING"), column("""
                select t.media_type || ' ' || ch.name || ' ' || c.name || ' ' || t.utm_source || ' ' || t.utm_medium
                       || ' ' || t.utm_campaign
                from touchpoint t join channel ch on ch.id = t.channel_id join campaign c on c.id = t.campaign_id"""));
    }

    @Test
    void utmParametersInTheLandingUrlAreValidatedToo() {
        var item = new HashMap<String, Object>(Map.of("personKey", "P1", "occurredAt", "2026-03-01T12:00:00Z",
                "landingUrl", "https://example.com/?utm_source=tiktok&utm_medium=weird&utm_campaign=autumn"));
        assertTouchpointsRejected(List.of(item),
                "UNKNOWN_SOURCE", path("input", "0", "utmSource"),
                "UNKNOWN_CAMPAIGN", path("input", "0", "utmCampaign"),
                "UNKNOWN_MEDIUM", path("input", "0", "mediaType"));
    }

    @Test
    void touchpointBatchOverFiveThousandIsRejectedWhole() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            items.add(touch("P" + i, "2026-03-01T12:00:00Z", linkedIn));
        }
        assertTouchpointsRejected(items, "BATCH_TOO_LARGE", path("input"));
    }

    // ---- recordConversions ---------------------------------------------------------------------

    void assertConversionsRejected(List<Map<String, Object>> items, Object... codeAndFields) {
        JsonPath p = payload(RECORD_CONVERSIONS, "recordConversions", items);
        assertEquals(0, p.getInt("accepted"), p.prettify());
        assertEquals(0, p.getInt("duplicates"), p.prettify());
        assertUserErrors(p, codeAndFields);
        assertEquals(0, data.count("conversion"));
    }

    @Test
    void conversionWithNegativeRevenueIsRejected() {
        var bad = conversion("P1", "2026-03-31T12:00:00Z");
        bad.put("revenue", money("-100.00", "EUR"));
        assertConversionsRejected(List.of(bad), "NEGATIVE_AMOUNT", path("input", "0", "revenue", "amount"));
    }

    @Test
    void conversionWithUnknownCurrencyIsRejected() {
        var bad = conversion("P1", "2026-03-31T12:00:00Z");
        bad.put("revenue", money("100.00", "EUX"));
        assertConversionsRejected(List.of(bad), "INVALID_CURRENCY", path("input", "0", "revenue", "currencyCode"));
    }

    @Test
    void conversionWithUnknownCampaignIsRejected() {
        var bad = conversion("P1", "2026-03-31T12:00:00Z");
        bad.put("campaignId", globalId("Campaign", 999_999));
        assertConversionsRejected(List.of(bad), "NOT_FOUND", path("input", "0", "campaignId"));
    }

    @Test
    void conversionBatchWithOneBadItemRecordsNothing() {
        var bad = conversion("P2", "2026-03-31T12:00:00Z");
        bad.put("revenue", money("12,50", "EUR"));
        assertConversionsRejected(List.of(conversion("P1", "2026-03-31T12:00:00Z"), conversion("P3", "2026-03-31T12:00:00Z"),
                bad, conversion("P4", "2026-03-31"), conversion("P5", "2026-03-31T12:00:00Z")),
                "INVALID_DECIMAL", path("input", "2", "revenue", "amount"),
                "INVALID_DATE", path("input", "3", "occurredAt"));
    }

    @Test
    void conversionBatchOverFiveThousandIsRejectedWhole() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            items.add(conversion("P" + i, "2026-03-31T12:00:00Z"));
        }
        assertConversionsRejected(items, "BATCH_TOO_LARGE", path("input"));
    }

    // ---- idempotency ---------------------------------------------------------------------------

    @Test
    void resendingTouchpointsWithExternalIdsRecordsNothingNew() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var t = touch("P" + i, "2026-03-01T12:00:00Z", linkedIn);
            t.put("externalId", "tp-" + i);
            batch.add(t);
        }
        Map<String, Object> first = TestData.recordTouchpoints(batch);
        assertEquals(3, first.get("accepted"));
        assertEquals(0, first.get("duplicates"));
        Map<String, Object> second = TestData.recordTouchpoints(batch);
        assertEquals(0, second.get("accepted"), second.toString());
        assertEquals(3, second.get("duplicates"), second.toString());
        assertEquals(List.of(), second.get("userErrors"));
        assertEquals(3, data.count("touchpoint"));
    }

    @Test
    void theSameTouchpointExternalIdTwiceInOneBatchIsRecordedOnce() {
        var a = touch("P1", "2026-03-01T12:00:00Z", linkedIn);
        a.put("externalId", "tp-1");
        var b = touch("P1", "2026-03-01T12:00:00Z", linkedIn);
        b.put("externalId", " tp-1 ");
        Map<String, Object> result = TestData.recordTouchpoints(List.of(a, b));
        assertEquals(1, result.get("accepted"), result.toString());
        assertEquals(1, result.get("duplicates"), result.toString());
        assertEquals(1, data.count("touchpoint"));
    }

    @Test
    void resendingConversionsWithExternalIdsRecordsNothingNew() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var c = conversion("P" + i, "2026-03-31T12:00:00Z");
            c.put("externalId", "deal-" + i);
            batch.add(c);
        }
        Map<String, Object> first = TestData.recordConversions(batch);
        assertEquals(2, first.get("accepted"));
        Map<String, Object> second = TestData.recordConversions(batch);
        assertEquals(0, second.get("accepted"), second.toString());
        assertEquals(2, second.get("duplicates"), second.toString());
        assertEquals(List.of(), second.get("userErrors"));
        assertEquals(2, data.count("conversion"));
    }

    @Test
    void theSameConversionExternalIdTwiceInOneBatchIsRecordedOnce() {
        var a = conversion("P1", "2026-03-31T12:00:00Z");
        a.put("externalId", "deal-1");
        var b = conversion("P1", "2026-03-31T12:00:00Z");
        b.put("externalId", "deal-1");
        Map<String, Object> result = TestData.recordConversions(List.of(a, b));
        assertEquals(1, result.get("accepted"), result.toString());
        assertEquals(1, result.get("duplicates"), result.toString());
        assertEquals(1, data.count("conversion"));
    }

    @Test
    void resendingACostWithItsExternalIdReturnsTheFirstEntry() {
        var input = costInput();
        input.put("externalId", "inv-1");
        JsonPath first = payload(RECORD_COST, "recordCost", input);
        assertUserErrors(first);
        assertFalse(first.getBoolean("duplicate"));
        String id = first.getString("costEntry.id");
        assertNotNull(id);

        input.put("amount", money("999.00", "EUR")); // a resend never overwrites
        JsonPath second = payload(RECORD_COST, "recordCost", input);
        assertUserErrors(second);
        assertTrue(second.getBoolean("duplicate"), second.prettify());
        assertEquals(id, second.getString("costEntry.id"));
        assertEquals("100.00", second.getString("costEntry.amount.amount"));
        assertEquals(1, data.count("cost_entry"));
        assertEquals(List.of("100.00"), column("select amount from cost_entry"));
    }

    // ---- query arguments -----------------------------------------------------------------------

    @Test
    void pageSizeOverOneHundredIsABadArgumentThatLeaksNothing() {
        JsonPath response = GraphQL.post("{ campaigns(first: 101) { totalCount nodes { id } } }");
        assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"), response.prettify());
        String message = response.getString("errors[0].message");
        assertTrue(message.contains("first"), response.prettify());
        for (String leak : List.of("Exception", "java.", "SQL", "at io.")) {
            assertFalse(message.contains(leak), "leaks " + leak + ": " + response.prettify());
        }
        assertFalse(response.prettify().contains("stackTrace"), response.prettify());
        assertNull(response.get("data.campaigns"), response.prettify());
    }

    @Test
    void malformedCursorIsABadArgument() {
        JsonPath response = GraphQL.post("{ campaigns(after: \"nope\") { totalCount } }");
        assertEquals("BAD_ARGUMENT", response.getString("errors[0].extensions.code"), response.prettify());
        assertFalse(response.getString("errors[0].message").contains("Exception"), response.prettify());
    }
}
