package io.socialroi.earned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import io.socialroi.common.GlobalId;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * Earned media value: organic clicks × the keyword's CPC in force on the click's day, and OWNED/EARNED impressions ×
 * CPM / 1000, each day's amount at that day's rate. Every expected value is worked out by hand in the comments.
 *
 * <p>Fixture (reporting currency EUR; USD→EUR 0.90 from 2026-01-01, 0.80 from 2026-03-15):
 * <ul>
 * <li>CPC "crm software": 1.50 EUR 03-01..03-10, then 2.00 USD from 03-11 (open-ended);
 * "marketing tool": 0.40 EUR 03-05..03-31; "no price kw": none.</li>
 * <li>recorded clicks: [c1] "CRM  Software " 03-01 10 (Google, A); [c2] crm 03-10 20 (Google); [c3] crm 03-11 5
 * (Google, A); [c4] crm 03-20 10 (Google); [c5] marketing tool 03-04 100 (Blog); [c6] marketing tool 03-31 50 (Blog);
 * [c7] no price kw 03-02 7 (no channel); [c8] crm 02-28 3 (Google, before every price, outside March).</li>
 * <li>CPM: OWNED 5.00 EUR, EARNED 8.00 USD (workspace-wide), OWNED on Blog 10.00 EUR.</li>
 * <li>engagement: Google own 03-02 OWNED 2000, 03-20 EARNED 500, 03-02 PAID 10000; Blog own 03-03 OWNED 3000;
 * campaign A on Google 03-05 OWNED 1000 and EARNED 250.</li>
 * </ul>
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class EarnedMediaGraphQLTest {

    static final String SET_CPC = """
            mutation($input: [KeywordCpcInput!]!) {
              setKeywordCpc(input: $input) { accepted replaced userErrors { code field message } }
            }""";
    static final String CLICKS = """
            mutation($input: [OrganicClicksInput!]!) {
              recordOrganicClicks(input: $input) { accepted replaced userErrors { code field message } }
            }""";
    static final String SET_CPM = """
            mutation($input: SetEarnedMediaCpmInput!) {
              setEarnedMediaCpm(input: $input) { earnedMediaCpm { mediaType channel { name } cpm { amount currencyCode } }
                                                 userErrors { code field message } }
            }""";
    static final String FIELDS = """
            organicClicks pricedClicks unpricedClicks searchValue { amount currencyCode } impressions unvaluedImpressions
            impressionValue { amount } total { amount currencyCode }
            byKeyword { keyword clicks unpricedClicks value { amount } }
            byMediaType { mediaType impressions unvaluedImpressions impressionValue { amount } }""";
    static final String WORKSPACE = "query($period: DateRangeInput, $source: OrganicClickSource) {"
            + " earnedMediaValue(period: $period, organicClicks: $source) { " + FIELDS + " } }";
    static final String CAMPAIGNS = "query($period: DateRangeInput, $source: OrganicClickSource) { campaigns(first: 100) {"
            + " nodes { name earnedMediaValue(period: $period, organicClicks: $source) { " + FIELDS + " } } } }";
    static final String CHANNELS = "query($period: DateRangeInput, $source: OrganicClickSource) { channels {"
            + " name earnedMediaValue(period: $period, organicClicks: $source) { " + FIELDS + " } } }";
    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");

    @Inject
    TestData data;
    @Inject
    EarnedMediaService service;
    @Inject
    SessionFactory sessionFactory;

    String google;
    String blog;
    String a;

    @BeforeEach
    void setUp() {
        data.reset();
        google = TestData.createChannel("Google", "SEARCH");
        blog = TestData.createChannel("Blog", "BLOG");
        a = TestData.createCampaign("A", null, "2026-01-01", google);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        TestData.setRate("USD", "EUR", "0.80", "2026-03-15");
        assertEquals(Map.of("accepted", 4, "replaced", 0, "userErrors", List.of()), setCpc(List.of(
                cpc("crm software", "1.50", "EUR", "2026-03-01", "2026-03-10"),
                cpc("CRM Software", "2.00", "USD", "2026-03-11", null),
                cpc("Marketing Tool", "0.40", "EUR", "2026-03-05", "2026-03-31"),
                cpc("fraction", "0.005", "EUR", "2026-03-01", null))));
        assertEquals(Map.of("accepted", 8, "replaced", 0, "userErrors", List.of()), record(List.of(
                clicks("CRM  Software ", "2026-03-01", 10, google, a),
                clicks("crm software", "2026-03-10", 20, google, null),
                clicks("crm software", "2026-03-11", 5, google, a),
                clicks("crm software", "2026-03-20", 10, google, null),
                clicks("marketing tool", "2026-03-04", 100, blog, null),
                clicks("marketing tool", "2026-03-31", 50, blog, null),
                clicks("no price kw", "2026-03-02", 7, null, null),
                clicks("crm software", "2026-02-28", 3, google, null))));
        setCpm(cpm("OWNED", null, "5.00", "EUR"));
        setCpm(cpm("EARNED", null, "8.00", "USD"));
        setCpm(cpm("OWNED", blog, "10.00", "EUR"));
        JsonPath engagement = GraphQL.ok("""
                mutation($g: ID!, $b: ID!, $a: ID!) { recordEngagement(input: [
                  {channelId: $g, date: "2026-03-02", mediaType: OWNED, impressions: 2000},
                  {channelId: $g, date: "2026-03-20", mediaType: EARNED, impressions: 500},
                  {channelId: $g, date: "2026-03-02", mediaType: PAID, impressions: 10000},
                  {channelId: $b, date: "2026-03-03", mediaType: OWNED, impressions: 3000},
                  {channelId: $g, campaignId: $a, date: "2026-03-05", mediaType: OWNED, impressions: 1000},
                  {channelId: $g, campaignId: $a, date: "2026-03-05", mediaType: EARNED, impressions: 250}
                ]) { accepted userErrors { code } } }""", "g", google, "b", blog, "a", a);
        assertEquals(6, engagement.getInt("recordEngagement.accepted"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Map<String, Object> cpc(String keyword, String amount, String currency, String from, String to) {
        Map<String, Object> item = new HashMap<>(Map.of("keyword", keyword,
                "cpc", Map.of("amount", amount, "currencyCode", currency), "validFrom", from));
        if (to != null) {
            item.put("validTo", to);
        }
        return item;
    }

    static Map<String, Object> clicks(String keyword, String date, long clicks, String channelId, String campaignId) {
        Map<String, Object> item = new HashMap<>(Map.of("keyword", keyword, "date", date, "clicks", clicks));
        if (channelId != null) {
            item.put("channelId", channelId);
        }
        if (campaignId != null) {
            item.put("campaignId", campaignId);
        }
        return item;
    }

    static Map<String, Object> cpm(String mediaType, String channelId, String amount, String currency) {
        Map<String, Object> input = new HashMap<>(Map.of("mediaType", mediaType));
        input.put("cpm", amount == null ? null : Map.of("amount", amount, "currencyCode", currency));
        if (channelId != null) {
            input.put("channelId", channelId);
        }
        return input;
    }

    static Map<String, Object> setCpc(List<Map<String, Object>> items) {
        return GraphQL.ok(SET_CPC, "input", items).getMap("setKeywordCpc");
    }

    static Map<String, Object> record(List<Map<String, Object>> items) {
        return GraphQL.ok(CLICKS, "input", items).getMap("recordOrganicClicks");
    }

    static JsonPath setCpm(Map<String, Object> input) {
        return GraphQL.ok(SET_CPM, "input", input).setRootPath("data.setEarnedMediaCpm");
    }

    static JsonPath workspace(Object period, String source) {
        return GraphQL.ok(WORKSPACE, "period", period, "source", source).setRootPath("data.earnedMediaValue");
    }

    static List<Object> keywords(JsonPath value) {
        return value.getList("byKeyword").stream().map(k -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) k;
            return (Object) (m.get("keyword") + ":" + m.get("clicks") + ":" + m.get("unpricedClicks") + ":"
                    + ((Map<?, ?>) m.get("value")).get("amount"));
        }).toList();
    }

    // ---- search value -----------------------------------------------------------------------

    @Test
    void searchValueIsClicksTimesTheCpcInForceOnTheirDay() {
        JsonPath v = workspace(MARCH, null);
        // c1 10 × 1.50 (first valid day) = 15.00; c2 20 × 1.50 (last valid day) = 30.00;
        // c3 5 × 2.00 USD × 0.90 (first day of the 2nd price) = 9.00; c4 10 × 2.00 USD × 0.80 (rate of 03-20) = 16.00;
        // c5 100 on 03-04, the day before "marketing tool"'s price: unpriced; c6 50 × 0.40 (last valid day) = 20.00;
        // c7 7 without any price: unpriced; c8 is in February.
        // clicks 10+20+5+10+100+50+7 = 202, unpriced 100+7 = 107, priced 95; value 15+30+9+16+20 = 90.00
        assertEquals(202, v.getLong("organicClicks"));
        assertEquals(95, v.getLong("pricedClicks"));
        assertEquals(107, v.getLong("unpricedClicks"));
        assertEquals(Map.of("amount", "90.00", "currencyCode", "EUR"), v.getMap("searchValue"));
        // by value, highest first: crm 45 clicks 70.00; marketing tool 150 (100 unpriced) 20.00; no price kw 7, 0.00
        assertEquals(List.of("crm software:45:0:70.00", "marketing tool:150:100:20.00", "no price kw:7:7:0.00"),
                keywords(v));
        // all time adds c8: 3 clicks on 02-28, before every price of "crm software": unpriced
        JsonPath all = workspace(null, "RECORDED");
        assertEquals(205, all.getLong("organicClicks"));
        assertEquals(110, all.getLong("unpricedClicks"));
        assertEquals("90.00", all.getString("searchValue.amount"));
        assertEquals("crm software:48:3:70.00", keywords(all).get(0));
    }

    @Test
    void impressionValueIsImpressionsTimesCpmPerThousandAChannelsCpmFirst() {
        JsonPath v = workspace(MARCH, null);
        // the channels' own rows only; PAID ignored. OWNED: Google 2000 × 5.00 / 1000 = 10.00, Blog 3000 × 10.00
        // (Blog's own CPM) / 1000 = 30.00 → 5000, 40.00. EARNED: 500 × 8.00 USD / 1000 = 4.00 USD × 0.80 (03-20) = 3.20
        assertEquals(5500, v.getLong("impressions"));
        assertEquals(0, v.getLong("unvaluedImpressions"));
        assertEquals("43.20", v.getString("impressionValue.amount"));
        assertEquals(List.of(Map.of("mediaType", "OWNED", "impressions", 5000, "unvaluedImpressions", 0,
                "impressionValue", Map.of("amount", "40.00")), Map.of("mediaType", "EARNED", "impressions", 500,
                "unvaluedImpressions", 0, "impressionValue", Map.of("amount", "3.20"))), v.getList("byMediaType"));
        // total = 90.00 + 43.20 + 0.03 ("fraction" has no clicks yet: 0) = 133.20
        assertEquals(Map.of("amount", "133.20", "currencyCode", "EUR"), v.getMap("total"));
        // without the EARNED price: its 500 impressions are counted as unvalued, worth nothing
        org.junit.jupiter.api.Assertions.assertNull(setCpm(cpm("EARNED", null, null, null)).get("earnedMediaCpm"));
        JsonPath without = workspace(MARCH, null);
        assertEquals(500, without.getLong("unvaluedImpressions"));
        assertEquals("40.00", without.getString("impressionValue.amount"));
        assertEquals("130.00", without.getString("total.amount"));
    }

    @Test
    void campaignsAndChannelsGetTheirOwnClicksAndImpressions() {
        JsonPath campaigns = GraphQL.ok(CAMPAIGNS, "period", MARCH).setRootPath("data.campaigns.nodes[0].earnedMediaValue");
        // A: c1 15.00 + c3 9.00 = 24.00 (15 clicks); impressions recorded with A: OWNED 1000 × 5.00 / 1000 = 5.00,
        // EARNED 250 × 8.00 USD / 1000 × 0.90 (03-05) = 1.80 → 6.80; total 30.80
        assertEquals(15, campaigns.getLong("organicClicks"));
        assertEquals("24.00", campaigns.getString("searchValue.amount"));
        assertEquals(1250, campaigns.getLong("impressions"));
        assertEquals("6.80", campaigns.getString("impressionValue.amount"));
        assertEquals("30.80", campaigns.getString("total.amount"));

        JsonPath channels = GraphQL.ok(CHANNELS, "period", MARCH);
        assertEquals(List.of("Blog", "Google"), channels.getList("channels.name")); // by name
        // Google: c1..c4 = 45 clicks, 70.00; its own rows: OWNED 2000 → 10.00, EARNED 500 → 3.20 (A's rows not
        // counted: the channel's own totals, as in Channel.engagement); total 83.20
        JsonPath g = GraphQL.ok(CHANNELS, "period", MARCH).setRootPath("data.channels[1].earnedMediaValue");
        assertEquals(List.of("crm software:45:0:70.00"), keywords(g));
        assertEquals(2500, g.getLong("impressions"));
        assertEquals("13.20", g.getString("impressionValue.amount"));
        assertEquals("83.20", g.getString("total.amount"));
        // Blog: c5 unpriced + c6 20.00; OWNED 3000 × 10.00 / 1000 = 30.00; total 50.00
        JsonPath b = GraphQL.ok(CHANNELS, "period", MARCH).setRootPath("data.channels[0].earnedMediaValue");
        assertEquals(List.of("marketing tool:150:100:20.00"), keywords(b));
        assertEquals("50.00", b.getString("total.amount"));
    }

    @Test
    void anEmptyPeriodIsZerosNotAnError() {
        JsonPath v = workspace(Map.of("from", "2025-01-01", "to", "2025-01-31"), null);
        assertEquals(0, v.getLong("organicClicks"));
        assertEquals(0, v.getLong("unpricedClicks"));
        assertEquals(0, v.getLong("impressions"));
        assertEquals(Map.of("amount", "0.00", "currencyCode", "EUR"), v.getMap("total"));
        assertEquals(List.of(), v.getList("byKeyword"));
        assertEquals(List.of("OWNED", "EARNED"), v.getList("byMediaType.mediaType"));
        assertEquals(List.of("0.00", "0.00"), v.getList("byMediaType.impressionValue.amount"));
    }

    @Test
    void touchpointsAreTheOtherSourceNeverAddedToTheRecordedClicks() {
        var touches = List.of(
                touch("p1", "2026-03-01T23:30:00Z", google, a, "OWNED", " CRM   Software"),
                touch("p2", "2026-03-11T00:10:00Z", google, null, "EARNED", "crm software"),
                touch("p3", "2026-03-11T09:00:00Z", google, null, "PAID", "crm software"),
                touch("p4", "2026-03-12T09:00:00Z", blog, null, "OWNED", null),
                touch("p5", "2026-03-31T23:59:59Z", blog, null, "OWNED", "Marketing Tool"),
                touch("p6", "2026-04-01T00:00:00Z", blog, null, "OWNED", "marketing tool"));
        assertEquals(6, ((Number) TestData.recordTouchpoints(touches).get("accepted")).intValue());
        JsonPath v = workspace(MARCH, "TOUCHPOINTS");
        // p1 (UTC day 03-01) 1 × 1.50 = 1.50; p2 (03-11) 1 × 2.00 USD × 0.90 = 1.80; p3 is PAID; p4 has no term;
        // p5 (03-31, last valid day) 1 × 0.40; p6 is April. 3 clicks, 3.70; impressions as ever 43.20; total 46.90
        assertEquals(3, v.getLong("organicClicks"));
        assertEquals("3.70", v.getString("searchValue.amount"));
        assertEquals(List.of("crm software:2:0:3.30", "marketing tool:1:0:0.40"), keywords(v));
        assertEquals("46.90", v.getString("total.amount"));
        // campaign A: p1 only, 1.50 + its impressions 6.80 = 8.30 (its 15 recorded clicks are not added)
        JsonPath campaign = GraphQL.ok(CAMPAIGNS, "period", MARCH, "source", "TOUCHPOINTS")
                .setRootPath("data.campaigns.nodes[0].earnedMediaValue");
        assertEquals(1, campaign.getLong("organicClicks"));
        assertEquals("8.30", campaign.getString("total.amount"));
        // Blog: p5 only, 0.40 + 30.00 = 30.40; Google: p1 1.50 + p2 1.80 + its impressions 13.20 = 16.50
        JsonPath channels = GraphQL.ok(CHANNELS, "period", MARCH, "source", "TOUCHPOINTS");
        assertEquals(List.of("Blog", "Google"), channels.getList("channels.name"));
        assertEquals(List.of("30.40", "16.50"), channels.getList("channels.earnedMediaValue.total.amount"));
    }

    static Map<String, Object> touch(String person, String at, String channel, String campaign, String media, String term) {
        Map<String, Object> t = TestData.touch(person, at, channel, campaign);
        t.put("mediaType", media);
        if (term != null) {
            t.put("utmTerm", term);
        }
        return t;
    }

    // ---- rates and rounding -----------------------------------------------------------------

    @Test
    void aMissingRateIsAnErrorNamingThePairAndTheDay() {
        setCpc(List.of(cpc("pounds", "1.00", "GBP", "2026-03-01", null)));
        record(List.of(clicks("pounds", "2026-03-02", 1, null, null)));
        JsonPath r = GraphQL.post(WORKSPACE, "period", MARCH);
        assertEquals("MISSING_EXCHANGE_RATE", r.getString("errors[0].extensions.code"));
        assertTrue(r.getString("errors[0].message").startsWith("No exchange rate GBP/EUR in force on 2026-03-02"),
                r.getString("errors[0].message"));
        // a CPM in GBP: the impressions of 03-02 (Google OWNED 2000) need GBP/EUR on that day too
        GraphQL.ok("mutation { setExchangeRate(input: {base: \"GBP\", quote: \"EUR\", rate: \"1.20\","
                + " validFrom: \"2026-03-01\"}) { userErrors { code } } }");
        assertEquals("1.20", workspace(Map.of("from", "2026-03-02", "to", "2026-03-02"), null)
                .getString("searchValue.amount")); // 1 × 1.00 GBP × 1.20
        setCpm(cpm("OWNED", null, "5.00", "CHF"));
        JsonPath cpm = GraphQL.post(WORKSPACE, "period", MARCH);
        assertTrue(cpm.getString("errors[0].message").startsWith("No exchange rate CHF/EUR in force on 2026-03-02"),
                cpm.getString("errors[0].message"));
    }

    @Test
    void amountsStayExactUntilTheApiRoundsThem() {
        // 3 clicks × 0.005 EUR on each of two days: 0.015 + 0.015 = 0.030 → 0.03 (rounded per day: 0.02 + 0.02 = 0.04)
        record(List.of(clicks("fraction", "2026-03-01", 3, null, null), clicks("fraction", "2026-03-02", 3, null, null)));
        JsonPath v = workspace(Map.of("from", "2026-03-01", "to", "2026-03-02"), null);
        // plus c1 15.00 and c7 unpriced; impressions of 03-02: Google OWNED 2000 × 5.00 / 1000 = 10.00
        assertEquals("15.03", v.getString("searchValue.amount"));
        assertTrue(keywords(v).contains("fraction:6:0:0.03"), keywords(v).toString());
        long ws = Long.parseLong(data.scalar("select id from workspace where slug = 'default'"));
        var scope = new WorkspacePeriod(ws, "EUR", new Period(java.time.LocalDate.parse("2026-03-01"),
                java.time.LocalDate.parse("2026-03-02")));
        // exact: 15.00 + 0.030 + 10.00 = 25.030 — unrounded, for value-based ROI
        assertEquals(0, new BigDecimal("25.030").compareTo(service.totalForWorkspace(scope, OrganicClickSource.RECORDED)));
    }

    // ---- integration API --------------------------------------------------------------------

    @Test
    void theIntegrationTotalsMatchTheGraphQLTotals() {
        long ws = Long.parseLong(data.scalar("select id from workspace where slug = 'default'"));
        var march = new WorkspacePeriod(ws, "EUR", new Period(java.time.LocalDate.parse("2026-03-01"),
                java.time.LocalDate.parse("2026-03-31")));
        long campaignId = GlobalId.decode("Campaign", a).orElseThrow();
        long googleId = GlobalId.decode("Channel", google).orElseThrow();
        long blogId = GlobalId.decode("Channel", blog).orElseThrow();
        // A 30.80; an unknown campaign has an entry too: 0
        var byCampaign = service.totalByCampaign(march, List.of(campaignId, 999_999L), OrganicClickSource.RECORDED);
        assertEquals(0, new BigDecimal("30.80").compareTo(byCampaign.get(campaignId)), byCampaign.toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(byCampaign.get(999_999L)));
        // Google 83.20, Blog 50.00 (RECORDED), and the default source is RECORDED
        var byChannel = service.totalByChannel(march, List.of(googleId, blogId), null);
        assertEquals(0, new BigDecimal("83.20").compareTo(byChannel.get(googleId)));
        assertEquals(0, new BigDecimal("50.00").compareTo(byChannel.get(blogId)));
        assertEquals(0, new BigDecimal("133.20").compareTo(service.totalForWorkspace(march, OrganicClickSource.RECORDED)));
        // TOUCHPOINTS without any touchpoint with a term: impressions only, 43.20
        assertEquals(0, new BigDecimal("43.20").compareTo(service.totalForWorkspace(march, OrganicClickSource.TOUCHPOINTS)));
    }

    @Test
    void aPageOfCampaignsCostsTheSameStatementsForOneAsForMany() {
        long one = statements();
        for (int i = 0; i < 5; i++) {
            String c = TestData.createCampaign("More " + i, null, "2026-01-01", google);
            record(List.of(clicks("crm software", "2026-03-02", 1, google, c)));
        }
        long six = statements();
        assertTrue(one > 0);
        assertEquals(one, six, "statements for 1 campaign: " + one + ", for 6: " + six);
    }

    long statements() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.ok(CAMPAIGNS, "period", MARCH, "source", "RECORDED");
        return statistics.getPrepareStatementCount();
    }

    // ---- replacing ----------------------------------------------------------------------------

    @Test
    void resentRecordsReplaceThem() {
        // c2 again with 40 clicks: 40 × 1.50 = 60.00 instead of 30.00 → search value 90.00 + 30.00 = 120.00
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()),
                record(List.of(clicks(" CRM software", "2026-03-10", 40, google, null))));
        // the first crm price again, same validFrom, at 1.60: c1 10 × 1.60 = 16.00, c2 40 × 1.60 = 64.00;
        // search value 16 + 64 + 9 + 16 + 20 = 125.00
        assertEquals(Map.of("accepted", 0, "replaced", 1, "userErrors", List.of()),
                setCpc(List.of(cpc("crm software", "1.60", "EUR", "2026-03-01", "2026-03-10"))));
        assertEquals("125.00", workspace(MARCH, null).getString("searchValue.amount"));
        // the replaced price may shrink its range: to 03-05 c2 (03-10) becomes unpriced: 125.00 − 64.00 = 61.00
        setCpc(List.of(cpc("crm software", "1.60", "EUR", "2026-03-01", "2026-03-05")));
        JsonPath v = workspace(MARCH, null);
        assertEquals("61.00", v.getString("searchValue.amount"));
        assertEquals(147, v.getLong("unpricedClicks")); // 107 + 40
        // a CPM set again replaces it: OWNED 6.00: Google 2000 × 6.00 / 1000 = 12.00 + Blog 30.00 = 42.00
        setCpm(cpm("OWNED", null, "6.00", "EUR"));
        assertEquals("42.00", workspace(MARCH, null).getString("byMediaType[0].impressionValue.amount"));
        // listed as set
        assertEquals(List.of("crm software|1.60|EUR|2026-03-01|2026-03-05", "crm software|2.00|USD|2026-03-11|null"),
                GraphQL.ok("{ keywordCpcs(keyword: \" CRM SOFTWARE\") { keyword cpc { amount currencyCode } validFrom validTo } }")
                        .getList("keywordCpcs").stream().map(o -> {
                            Map<?, ?> m = (Map<?, ?>) o;
                            Map<?, ?> c = (Map<?, ?>) m.get("cpc");
                            return m.get("keyword") + "|" + c.get("amount") + "|" + c.get("currencyCode") + "|"
                                    + m.get("validFrom") + "|" + m.get("validTo");
                        }).toList());
        // every keyword: crm software ×2, marketing tool, fraction
        assertEquals(4, GraphQL.ok("{ keywordCpcs { keyword } }").getList("keywordCpcs").size());
        assertEquals(List.of("OWNED|null|6.00", "OWNED|Blog|10.00", "EARNED|null|8.00"),
                GraphQL.ok("{ earnedMediaCpms { mediaType channel { name } cpm { amount } } }").getList("earnedMediaCpms")
                        .stream().map(o -> {
                            Map<?, ?> m = (Map<?, ?>) o;
                            Object ch = m.get("channel") == null ? null : ((Map<?, ?>) m.get("channel")).get("name");
                            return m.get("mediaType") + "|" + ch + "|" + ((Map<?, ?>) m.get("cpm")).get("amount");
                        }).toList());
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    void badPricesAreUserErrorsAndChangeNothing() {
        long before = data.count("keyword_cpc");
        Map<String, Object> result = setCpc(List.of(
                cpc("  \t ", "1.00", "EUR", "2026-01-01", null),
                cpc("x".repeat(201), "1.00", "EUR", "2026-01-01", null),
                cpc("new", "1.00", "EUR", "2026-05-10", "2026-05-09"),
                cpc("newer", "-1.00", "EUR", "2026-05-10", null),
                // against the stored 03-11.. price of "crm software"
                cpc("crm software", "1.00", "EUR", "2026-04-01", "2026-04-30"),
                // against each other: 06-01..06-30 and 06-30..
                cpc("pair", "1.00", "EUR", "2026-06-01", "2026-06-30"),
                cpc("pair", "1.00", "EUR", "2026-06-30", null),
                // the same keyword and validFrom twice
                cpc("twice", "1.00", "EUR", "2026-01-01", null),
                cpc("twice", "2.00", "EUR", "2026-01-01", null),
                cpc("dated", "1.00", "EUR", "2026-13-01", null)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) result.get("userErrors");
        assertEquals(List.of(
                "REQUIRED input/0/keyword", "TOO_LONG input/1/keyword", "END_BEFORE_START input/2/validTo",
                "NEGATIVE_AMOUNT input/3/cpc/amount", "DUPLICATE input/8/validFrom", "INVALID_DATE input/9/validFrom",
                "OVERLAPPING_VALIDITY input/4/validFrom", "OVERLAPPING_VALIDITY input/6/validFrom"),
                errors.stream().map(e -> e.get("code") + " " + String.join("/", (List<String>) e.get("field"))).toList());
        assertEquals(0, result.get("accepted"));
        assertEquals(before, data.count("keyword_cpc"));
        assertTrue(errors.get(6).get("message").toString().contains("the stored price 2026-03-11 to open end"),
                errors.get(6).toString());
        // the first day after a stored range is free: 03-10 is the last day of 1.50, 03-11 begins 2.00
        assertEquals(List.of("OVERLAPPING_VALIDITY"), ((List<?>) setCpc(List.of(
                cpc("crm software", "1.00", "EUR", "2026-02-01", "2026-03-01"))).get("userErrors")).stream()
                .map(e -> ((Map<?, ?>) e).get("code")).toList()); // 03-01 is the first day of 1.50
        assertEquals(1, setCpc(List.of(cpc("crm software", "1.00", "EUR", "2026-02-01", "2026-02-28"))).get("accepted"));
    }

    @Test
    void badClicksAndCpmsAreUserErrorsAndChangeNothing() {
        long before = data.count("organic_clicks");
        String unknown = GlobalId.encode("Campaign", 999_999);
        Map<String, Object> result = record(List.of(
                clicks("crm", "2026-03-01", -1, null, null),
                clicks("crm", "2026-03-01", 1, null, "not-an-id"),
                clicks("crm", "2026-03-01", 1, null, unknown),
                clicks("", "2026-03-01", 1, null, null),
                clicks("dup", "2026-03-01", 1, google, null),
                clicks("DUP", "2026-03-01", 2, google, null),
                clicks("crm", "yesterday", 1, null, null)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) result.get("userErrors");
        assertEquals(List.of("NEGATIVE_COUNT input/0/clicks", "INVALID_ID input/1/campaignId", "REQUIRED input/3/keyword",
                "INVALID_DATE input/6/date", "NOT_FOUND input/2/campaignId", "DUPLICATE input/5/date"),
                errors.stream().map(e -> e.get("code") + " " + String.join("/", (List<String>) e.get("field"))).toList());
        assertEquals(before, data.count("organic_clicks"));

        long cpms = data.count("earned_media_cpm");
        JsonPath paid = setCpm(cpm("PAID", null, "5.00", "EUR"));
        assertEquals(List.of("INVALID_VALUE"), paid.getList("userErrors.code"));
        assertEquals(List.of("input", "mediaType"), paid.getList("userErrors[0].field"));
        JsonPath bad = setCpm(cpm("OWNED", "bad", "-5.00", "EURO"));
        assertEquals(List.of("INVALID_ID", "INVALID_CURRENCY", "NEGATIVE_AMOUNT"), bad.getList("userErrors.code"));
        assertEquals(cpms, data.count("earned_media_cpm"));
    }
}
