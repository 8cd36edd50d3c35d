package io.socialroi.report;

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
import io.socialroi.money.RoiCalculator;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Value-based ROI: returns = attributed revenue + attributed action value + earned media value + service savings,
 * line by line, on campaigns and channels, never mixed into the revenue ROI. Expected values worked out by hand.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ValueRoiGraphQLTest {

    static final String CAMPAIGNS = """
            query($p: DateRangeInput, $clicks: OrganicClickSource) { campaigns(first: 10) { nodes { name
              roi(period: $p) { percent undefinedReason cost { amount } revenue { amount }
                valuePercent(organicClicks: $clicks)
                valueReturns(organicClicks: $clicks) { attributedRevenue { amount } attributedActionValue { amount }
                  earnedMediaValue { amount } serviceSavings { amount } total { amount currencyCode } netReturn { amount }
                  percent undefinedReason } } } } }""";

    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;

    String instagram;
    String google;
    String a;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        google = TestData.createChannel("Google", "SEARCH");
        a = TestData.createCampaign("A", null, "2026-01-01", instagram);
        TestData.createCampaign("B", null, "2026-01-01", google);
        // A costs 400.00 AD_SPEND on Instagram + 200.00 LABOR without channel = 600.00; A runs on Instagram alone, so
        // Instagram's cost is 600.00 too (the LABOR entry belongs to A's only channel)
        TestData.recordCost(new HashMap<>(Map.of("campaignId", a, "channelId", instagram, "category", "AD_SPEND",
                "amount", eur("400.00"), "incurredOn", "2026-03-01")));
        TestData.recordCost(new HashMap<>(Map.of("campaignId", a, "category", "LABOR",
                "amount", eur("200.00"), "incurredOn", "2026-03-01")));
        Map<String, Object> organic = new HashMap<>(Map.of("personKey", "p3", "occurredAt", "2026-03-11T10:00:00Z",
                "channelId", instagram, "campaignId", a, "mediaType", "OWNED", "utmTerm", "Running  Shoes"));
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-02T10:00:00Z", instagram, a),
                TestData.touch("p2", "2026-03-03T10:00:00Z", instagram, a), organic));
        // p1 buys for 500.00; p2 becomes a LEAD, worth 40.00 (actionValues)
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-04T10:00:00Z", "500.00"),
                new HashMap<>(Map.of("personKey", "p2", "occurredAt", "2026-03-05T10:00:00Z", "type", "LEAD"))));
        ok("mutation { setActionValue(input: {conversionType: LEAD, value: {amount: \"40.00\", currencyCode: \"EUR\"}})"
                + " { userErrors { code } } }");
        // earned media: 20 organic clicks on "running shoes" at 1.50 = 30.00, with A on Instagram; OWNED impressions of A
        // 1,000 at a CPM of 8.00 = 8.00; Instagram's own EARNED impressions 2,000 at a CPM of 5.00 = 10.00
        ok("mutation { setKeywordCpc(input: [{keyword: \"running shoes\", cpc: {amount: \"1.50\", currencyCode: \"EUR\"},"
                + " validFrom: \"2026-01-01\"}]) { userErrors { code } } }");
        ok("mutation($a: ID!, $ch: ID!) { recordOrganicClicks(input: [{keyword: \"running shoes\", date: \"2026-03-10\","
                + " clicks: 20, channelId: $ch, campaignId: $a}]) { userErrors { code } } }", "a", a, "ch", instagram);
        ok("mutation { setEarnedMediaCpm(input: {mediaType: OWNED, cpm: {amount: \"8.00\", currencyCode: \"EUR\"}})"
                + " { userErrors { code } } }");
        ok("mutation { setEarnedMediaCpm(input: {mediaType: EARNED, cpm: {amount: \"5.00\", currencyCode: \"EUR\"}})"
                + " { userErrors { code } } }");
        ok("mutation($a: ID!, $ch: ID!) { recordEngagement(input: ["
                + " {channelId: $ch, campaignId: $a, date: \"2026-03-10\", mediaType: OWNED, impressions: 1000},"
                + " {channelId: $ch, date: \"2026-03-10\", mediaType: EARNED, impressions: 2000}]) { userErrors { code } } }",
                "a", a, "ch", instagram);
        // service savings: 31 contacts at 3.00 in March on Instagram, credited to A = 93.00
        ok("mutation($a: ID!, $ch: ID!) { recordServiceSavings(input: [{channelId: $ch, campaignId: $a,"
                + " from: \"2026-03-01\", to: \"2026-03-31\", contactsDeflected: 31,"
                + " costPerContact: {amount: \"3.00\", currencyCode: \"EUR\"}}]) { userErrors { code } } }",
                "a", a, "ch", instagram);
    }

    static Map<String, Object> eur(String amount) {
        return Map.of("amount", amount, "currencyCode", "EUR");
    }

    static void ok(String mutation, Object... variables) {
        JsonPath r = GraphQL.ok(mutation, variables);
        Map<String, Object> payload = r.getMap("");
        payload.values().forEach(p -> assertEquals(List.of(), ((Map<?, ?>) p).get("userErrors"), mutation));
    }

    JsonPath campaignRoi(Map<String, String> period, String clicks, int index) {
        return GraphQL.ok(CAMPAIGNS, "p", period, "clicks", clicks).setRootPath("data.campaigns.nodes[" + index + "].roi");
    }

    @Test
    void campaignReturnsAreItemisedAndAddedUp() {
        JsonPath roi = campaignRoi(null, null, 0);
        // revenue ROI stays revenue only: (500 − 600) × 100 / 600 = −16.666… → −16.67
        assertEquals("-16.67", roi.getString("percent"));
        // returns = 500.00 + 40.00 + (30.00 + 8.00) + 93.00 = 671.00; (671 − 600) × 100 / 600 = 11.833… → 11.83
        assertEquals("11.83", roi.getString("valuePercent"));
        assertEquals("500.00", roi.getString("valueReturns.attributedRevenue.amount"));
        assertEquals("40.00", roi.getString("valueReturns.attributedActionValue.amount"));
        assertEquals("38.00", roi.getString("valueReturns.earnedMediaValue.amount"));
        assertEquals("93.00", roi.getString("valueReturns.serviceSavings.amount"));
        assertEquals(Map.of("amount", "671.00", "currencyCode", "EUR"), roi.getMap("valueReturns.total"));
        assertEquals("71.00", roi.getString("valueReturns.netReturn.amount"));
        assertEquals("11.83", roi.getString("valueReturns.percent"));
    }

    @Test
    void thePeriodAppliesToEveryLine() {
        // March 1–15: savings 93.00 × 15/31 = 45.00; the rest lies inside: 500 + 40 + 38 + 45 = 623.00;
        // (623 − 600) × 100 / 600 = 3.833… → 3.83
        JsonPath roi = campaignRoi(Map.of("from", "2026-03-01", "to", "2026-03-15"), null, 0);
        assertEquals("45.00", roi.getString("valueReturns.serviceSavings.amount"));
        assertEquals("623.00", roi.getString("valueReturns.total.amount"));
        assertEquals("3.83", roi.getString("valuePercent"));
        // April: no cost, nothing returned
        JsonPath april = campaignRoi(Map.of("from", "2026-04-01", "to", "2026-04-30"), null, 0);
        assertNull(april.get("valuePercent"));
        assertEquals("0.00", april.getString("valueReturns.total.amount"));
        assertEquals(RoiCalculator.ZERO_COST_REASON, april.getString("valueReturns.undefinedReason"));
    }

    @Test
    void organicClicksFromTouchpointsReplaceTheRecordedOnes() {
        // one OWNED touchpoint with utm_term "Running  Shoes" (normalized to "running shoes") = 1 click × 1.50;
        // with the 8.00 of impressions EMV = 9.50; returns = 500 + 40 + 9.50 + 93 = 642.50;
        // (642.50 − 600) × 100 / 600 = 7.0833… → 7.08
        JsonPath roi = campaignRoi(null, "TOUCHPOINTS", 0);
        assertEquals("9.50", roi.getString("valueReturns.earnedMediaValue.amount"));
        assertEquals("7.08", roi.getString("valuePercent"));
    }

    @Test
    void withoutCostValueRoiIsUndefinedWithTheReason() {
        JsonPath b = campaignRoi(null, null, 1);
        assertNull(b.get("percent"));
        assertNull(b.get("valuePercent"));
        assertEquals(RoiCalculator.ZERO_COST_REASON, b.getString("undefinedReason"));
        assertEquals("0.00", b.getString("valueReturns.total.amount"));
    }

    @Test
    void channelsGetTheirOwnValueReturns() {
        JsonPath r = GraphQL.ok("""
                { channelPerformance { channel { name } roi { percent valuePercent cost { amount }
                    valueReturns { attributedActionValue { amount } earnedMediaValue { amount } serviceSavings { amount }
                      total { amount } } } } }""");
        assertEquals(List.of("Google", "Instagram"), r.getList("channelPerformance.channel.name"));
        JsonPath instagramRoi = GraphQL.post("""
                { channelPerformance { roi { percent valuePercent valueReturns { attributedActionValue { amount }
                    earnedMediaValue { amount } serviceSavings { amount } total { amount } } } } }""")
                .setRootPath("data.channelPerformance[1].roi");
        // Instagram: cost 600.00 (the AD_SPEND entry on it and A's channel-less LABOR); revenue 500.00, the LEAD's
        // 40.00, EMV = clicks recorded on Instagram 30.00 + its own EARNED impressions 10.00 = 40.00 (the campaign's
        // OWNED row is the campaign's), savings 93.00: returns 673.00; (673 − 600) × 100 / 600 = 12.1666… → 12.17;
        // revenue ROI (500 − 600) × 100 / 600 = −16.666… → −16.67
        assertEquals("-16.67", instagramRoi.getString("percent"));
        assertEquals("12.17", instagramRoi.getString("valuePercent"));
        assertEquals("40.00", instagramRoi.getString("valueReturns.attributedActionValue.amount"));
        assertEquals("40.00", instagramRoi.getString("valueReturns.earnedMediaValue.amount"));
        assertEquals("93.00", instagramRoi.getString("valueReturns.serviceSavings.amount"));
        assertEquals("673.00", instagramRoi.getString("valueReturns.total.amount"));
        assertNull(r.get("channelPerformance[0].roi.valuePercent"));
    }

    @Test
    void valueFieldsCostAConstantNumberOfStatements() {
        var statistics = sessionFactory.getStatistics();
        campaignRoi(null, null, 0); // warm: what a first request does once
        statistics.clear();
        campaignRoi(null, null, 0);
        long two = statistics.getPrepareStatementCount();
        for (int i = 0; i < 8; i++) {
            TestData.createCampaign("More " + i, null, "2026-01-01", instagram);
        }
        GraphQL.ok(CAMPAIGNS, "p", null, "clicks", null); // warm the report cache for the new data version, as above
        statistics.clear();
        JsonPath ten = GraphQL.ok(CAMPAIGNS, "p", null, "clicks", null);
        assertEquals(10, ten.getList("campaigns.nodes").size());
        assertEquals(two, statistics.getPrepareStatementCount(), "statements for 2 campaigns and for 10");
    }

    @Test
    void askingForBothValueFieldsRunsTheirStatementsOnce() {
        var statistics = sessionFactory.getStatistics();
        String percentOnly = "{ campaigns(first: 10) { nodes { roi { valuePercent } } } }";
        String both = "{ campaigns(first: 10) { nodes { roi { valuePercent valueReturns { total { amount } } } } } }";
        GraphQL.ok(both); // warm the report cache
        statistics.clear();
        GraphQL.ok(percentOnly);
        long one = statistics.getPrepareStatementCount();
        statistics.clear();
        JsonPath r = GraphQL.ok(both);
        assertEquals(one, statistics.getPrepareStatementCount(), "valuePercent alone and with valueReturns");
        assertEquals("671.00", r.getString("campaigns.nodes[0].roi.valueReturns.total.amount"));
    }

    static final String SERIES = """
            query($m: TimeSeriesMetric!, $g: Granularity!, $from: Date!, $to: Date!, $c: ID) {
              timeSeries(metric: $m, granularity: $g, period: {from: $from, to: $to}, campaignId: $c) {
                currencyCode points { start value undefinedReason } } }""";

    @Test
    void earnedMediaValueAndValueRoiAsTimeSeries() {
        JsonPath emv = GraphQL.ok(SERIES, "m", "EARNED_MEDIA_VALUE", "g", "MONTH", "from", "2026-02-01", "to", "2026-03-31",
                "c", a);
        // A: nothing in February; March 10: 20 clicks × 1.50 = 30.00 + 1,000 OWNED impressions × 8.00 / 1000 = 8.00
        assertEquals(List.of("0.00", "38.00"), emv.getList("timeSeries.points.value"));
        assertEquals("EUR", emv.getString("timeSeries.currencyCode"));
        // the workspace: every recorded click (30.00) and the channels' own EARNED impressions (2,000 × 5.00 / 1000)
        assertEquals(List.of("0.00", "40.00"), GraphQL.ok(SERIES, "m", "EARNED_MEDIA_VALUE", "g", "MONTH",
                "from", "2026-02-01", "to", "2026-03-31").getList("timeSeries.points.value"));
        // weeks of March 2–8 and 9–15: all on March 10
        assertEquals(List.of("0.00", "38.00"), GraphQL.ok(SERIES, "m", "EARNED_MEDIA_VALUE", "g", "WEEK",
                "from", "2026-03-02", "to", "2026-03-15", "c", a).getList("timeSeries.points.value"));
        JsonPath roi = GraphQL.ok(SERIES, "m", "VALUE_ROI", "g", "MONTH", "from", "2026-02-01", "to", "2026-03-31", "c", a);
        // February: no cost, undefined; March: (500 + 40 + 38 + 93 − 600) × 100 / 600 = 11.83, as Roi.valuePercent
        assertEquals(java.util.Arrays.asList(null, "11.83"), roi.getList("timeSeries.points.value"));
        assertEquals(RoiCalculator.ZERO_COST_REASON, roi.getString("timeSeries.points[0].undefinedReason"));
    }

    @Test
    void nonAsciiTermsOfTouchpointsMatchTheirKeywordPrices() {
        // Norwegian and Turkish terms: "Ålesund  Hotell" and "İNDİRİM" as sent in utm_term; prices set in lower case
        ok("mutation { setKeywordCpc(input: ["
                + " {keyword: \"ålesund hotell\", cpc: {amount: \"2.00\", currencyCode: \"EUR\"}, validFrom: \"2026-01-01\"},"
                + " {keyword: \"İNDİRİM\", cpc: {amount: \"3.00\", currencyCode: \"EUR\"}, validFrom: \"2026-01-01\"}])"
                + " { userErrors { code } } }");
        TestData.recordTouchpoints(List.of(
                new HashMap<>(Map.of("personKey", "p7", "occurredAt", "2026-03-12T10:00:00Z", "channelId", instagram,
                        "campaignId", a, "mediaType", "EARNED", "utmTerm", "Ålesund  Hotell")),
                new HashMap<>(Map.of("personKey", "p8", "occurredAt", "2026-03-12T11:00:00Z", "channelId", instagram,
                        "campaignId", a, "mediaType", "EARNED", "utmTerm", "İNDİRİM"))));
        JsonPath emv = GraphQL.ok("query($c: ID!) { campaign(id: $c) { earnedMediaValue(organicClicks: TOUCHPOINTS) {"
                + " organicClicks unpricedClicks searchValue { amount } } } }", "c", a)
                .setRootPath("data.campaign.earnedMediaValue");
        // 3 clicks: "running shoes" 1.50, "ålesund hotell" 2.00, "i̇ndi̇ri̇m" 3.00, all priced: 6.50
        assertEquals(3, emv.getInt("organicClicks"));
        assertEquals(0, emv.getInt("unpricedClicks"));
        assertEquals("6.50", emv.getString("searchValue.amount"));
    }
}
