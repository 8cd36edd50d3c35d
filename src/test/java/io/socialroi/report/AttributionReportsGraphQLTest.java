package io.socialroi.report;

import static io.socialroi.testing.TestData.sale;
import static io.socialroi.testing.TestData.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** attributionComparison, markovModel, timeSeries and the media-type split of channelPerformance. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AttributionReportsGraphQLTest {

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String email;
    String spring;
    String nurture;

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
        spring = TestData.createCampaign("Spring", "spring", "2026-01-01", linkedIn, facebook);
        nurture = TestData.createCampaign("Nurture", "nurture", "2026-01-01", email);
    }

    static Map<String, Object> touchAs(String person, String at, String channel, String campaign, String mediaType) {
        Map<String, Object> t = touch(person, at, channel, campaign);
        t.put("mediaType", mediaType);
        return t;
    }

    @Test
    void comparisonShowsEachModelSideBySide() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture)));
        TestData.recordConversions(List.of(sale("P1", "2026-03-31T12:00:00Z", "1000.00"),
                sale("U", "2026-03-31T12:00:00Z", "5.00")));
        JsonPath result = GraphQL.ok("""
                { attributionComparison(models: [LAST_TOUCH, LINEAR, FIRST_TOUCH, LINEAR], lookbackDays: 30) {
                    models
                    channels { channel { name } results { model attributedRevenue { amount } conversions } }
                    campaigns { campaign { name } results { attributedRevenue { amount } } }
                    summary { conversions unattributedConversions unattributedRevenue { amount } }
                } }""");
        assertEquals(List.of("LAST_TOUCH", "LINEAR", "FIRST_TOUCH"), result.getList("attributionComparison.models"));
        assertEquals(List.of("Email", "Facebook", "LinkedIn"), result.getList("attributionComparison.channels.channel.name"));
        assertEquals(List.of("1000.00", "333.33", "0.00"),
                result.getList("attributionComparison.channels[0].results.attributedRevenue.amount"));
        assertEquals(List.of("0.00", "333.33", "0.00"),
                result.getList("attributionComparison.channels[1].results.attributedRevenue.amount"));
        assertEquals(List.of("0.00", "333.33", "1000.00"),
                result.getList("attributionComparison.channels[2].results.attributedRevenue.amount"));
        assertEquals(List.of("0.00", "0.33", "1.00"), result.getList("attributionComparison.channels[2].results.conversions"));
        assertEquals(List.of("Nurture", "Spring"), result.getList("attributionComparison.campaigns.campaign.name"));
        assertEquals(List.of("0.00", "666.67", "1000.00"),
                result.getList("attributionComparison.campaigns[1].results.attributedRevenue.amount"));
        assertEquals(2, result.getInt("attributionComparison.summary.conversions"));
        assertEquals(1, result.getInt("attributionComparison.summary.unattributedConversions"));
        assertEquals("5.00", result.getString("attributionComparison.summary.unattributedRevenue.amount"));
        assertEquals("BAD_ARGUMENT", GraphQL.post("{ attributionComparison(models: []) { models } }")
                .getString("errors[0].extensions.code"));
    }

    /**
     * P1 and P2: LinkedIn → Facebook → SALE (100.00 and 200.00); P3: LinkedIn, no conversion; P4: Facebook, no
     * conversion. Transitions: START→LinkedIn 3, START→Facebook 1, LinkedIn→Facebook 2, LinkedIn→NULL 1,
     * Facebook→CONVERSION 2, Facebook→NULL 1. With P_F = 2/3 and P_L = 2/3 · P_F = 4/9:
     * P(conversion) = 3/4 · 4/9 + 1/4 · 2/3 = 1/2. Without LinkedIn: 1/4 · 2/3 = 1/6, effect 1 − (1/6)/(1/2) = 2/3.
     * Without Facebook: 0, effect 1. Shares of a LinkedIn+Facebook path: (2/3) : 1 = 40% : 60%.
     */
    @Test
    void markovModelExplainsDataDrivenCredits() {
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T10:00:00Z", linkedIn, spring), touch("P1", "2026-03-02T10:00:00Z", facebook, spring),
                touch("P2", "2026-03-01T10:00:00Z", linkedIn, spring), touch("P2", "2026-03-02T10:00:00Z", facebook, spring),
                touch("P2", "2026-03-02T11:00:00Z", facebook, spring), // a repeat: collapses into one state
                touch("P3", "2026-03-01T10:00:00Z", linkedIn, spring),
                touch("P4", "2026-03-01T10:00:00Z", facebook, spring)));
        TestData.recordConversions(List.of(sale("P1", "2026-03-03T10:00:00Z", "100.00"),
                sale("P2", "2026-03-03T10:00:00Z", "200.00")));
        JsonPath model = GraphQL.ok("""
                { markovModel {
                    conversionProbability
                    channels { channel { name } removalEffect share conversionProbabilityWithout }
                    transitions { from to count probability }
                } }""");
        assertEquals("0.500000", model.getString("markovModel.conversionProbability"));
        assertEquals(List.of("Facebook", "LinkedIn"), model.getList("markovModel.channels.channel.name"));
        assertEquals(List.of("1.000000", "0.666667"), model.getList("markovModel.channels.removalEffect"));
        assertEquals(List.of("60.00", "40.00"), model.getList("markovModel.channels.share"));
        assertEquals(List.of("0.000000", "0.166667"), model.getList("markovModel.channels.conversionProbabilityWithout"));
        assertEquals(List.of("Facebook>CONVERSION 2 0.666667", "Facebook>NULL 1 0.333333", "LinkedIn>Facebook 2 0.666667",
                "LinkedIn>NULL 1 0.333333", "START>Facebook 1 0.250000", "START>LinkedIn 3 0.750000"),
                model.getList("markovModel.transitions", Map.class).stream()
                        .map(t -> t.get("from") + ">" + t.get("to") + " " + t.get("count") + " " + t.get("probability")).toList());

        // P1: LinkedIn 40.00, Facebook 60.00; P2: LinkedIn 80.00, Facebook 60.00 + 60.00 (two touches share 120.00)
        JsonPath credits = GraphQL.ok("""
                { channelPerformance(attribution: { model: DATA_DRIVEN }) { channel { name } attributedRevenue { amount } } }""");
        assertEquals(List.of("Email", "Facebook", "LinkedIn"), credits.getList("channelPerformance.channel.name"));
        assertEquals(List.of("0.00", "180.00", "120.00"), credits.getList("channelPerformance.attributedRevenue.amount"));
    }

    @Test
    void timeSeriesBucketsByUtcMonthWithEmptyBucketsAsZero() {
        recordAroundTheMonthBoundary();
        String query = """
                query($metric: TimeSeriesMetric!, $granularity: Granularity!, $period: DateRangeInput!) {
                  timeSeries(metric: $metric, granularity: $granularity, period: $period) {
                    metric granularity currencyCode points { start end value undefinedReason }
                  }
                }""";
        Map<String, Object> period = Map.of("from", "2026-01-15", "to", "2026-03-10");
        JsonPath cost = GraphQL.ok(query, "metric", "COST", "granularity", "MONTH", "period", period);
        assertEquals(List.of("2026-01-15", "2026-02-01", "2026-03-01"), cost.getList("timeSeries.points.start"));
        assertEquals(List.of("2026-01-31", "2026-02-28", "2026-03-10"), cost.getList("timeSeries.points.end"));
        assertEquals(List.of("100.00", "50.00", "0.00"), cost.getList("timeSeries.points.value"));
        assertEquals("EUR", cost.getString("timeSeries.currencyCode"));
        // 23:30Z on 01-31 and 00:30+01:00 on 02-01 (= 23:30Z on 01-31) are January; 00:00Z on 02-01 is February
        JsonPath revenue = GraphQL.ok(query, "metric", "REVENUE", "granularity", "MONTH", "period", period);
        assertEquals(List.of("450.00", "200.00", "0.00"), revenue.getList("timeSeries.points.value"));
        JsonPath conversions = GraphQL.ok(query, "metric", "CONVERSIONS", "granularity", "MONTH", "period", period);
        assertEquals(List.of("2.00", "1.00", "0.00"), conversions.getList("timeSeries.points.value"));
        assertTrue(conversions.get("timeSeries.currencyCode") == null);
        // ROI: (450 − 100) × 100 / 100 = 350.00; (200 − 50) × 100 / 50 = 300.00; March has no cost
        JsonPath roi = GraphQL.ok(query, "metric", "ROI", "granularity", "MONTH", "period", period);
        assertEquals(java.util.Arrays.asList("350.00", "300.00", null), roi.getList("timeSeries.points.value"));
        assertTrue(roi.getString("timeSeries.points[2].undefinedReason").contains("cost is zero"));
        // ISO weeks: Monday 01-26 to Sunday 02-01, then 02-02 to 02-08
        JsonPath weeks = GraphQL.ok(query, "metric", "COST", "granularity", "WEEK",
                "period", Map.of("from", "2026-01-26", "to", "2026-02-08"));
        assertEquals(List.of("2026-01-26", "2026-02-02"), weeks.getList("timeSeries.points.start"));
        assertEquals(List.of("150.00", "0.00"), weeks.getList("timeSeries.points.value"));
        JsonPath days = GraphQL.ok(query, "metric", "COST", "granularity", "DAY",
                "period", Map.of("from", "2026-01-30", "to", "2026-02-02"));
        assertEquals(List.of("0.00", "100.00", "50.00", "0.00"), days.getList("timeSeries.points.value"));
        assertEquals("BAD_ARGUMENT", GraphQL.post(query, "metric", "COST", "granularity", "DAY",
                "period", Map.of("from", "2020-01-01", "to", "2026-01-01")).getString("errors[0].extensions.code"));
    }

    @Test
    void timeSeriesOfOneCampaignOrChannel() {
        recordAroundTheMonthBoundary();
        JsonPath result = GraphQL.ok("""
                query($campaign: ID, $channel: ID) {
                  spring: timeSeries(metric: REVENUE, granularity: MONTH, period: { from: "2026-01-01", to: "2026-02-28" },
                                     campaignId: $campaign) { points { value } }
                  emailCost: timeSeries(metric: COST, granularity: MONTH, period: { from: "2026-01-01", to: "2026-02-28" },
                                        channelId: $channel) { points { value } }
                }""", "campaign", spring, "channel", email);
        // Spring's touches carried A (300.00) and C (200.00); B's 150.00 went to Nurture through Email
        assertEquals(List.of("300.00", "200.00"), result.getList("spring.points.value"));
        assertEquals(List.of("0.00", "50.00"), result.getList("emailCost.points.value"));
    }

    void recordAroundTheMonthBoundary() {
        TestData.recordCost(new HashMap<>(Map.of("campaignId", spring, "channelId", linkedIn, "category", "AD_SPEND",
                "amount", Map.of("amount", "100.00", "currencyCode", "EUR"), "incurredOn", "2026-01-31")));
        TestData.recordCost(new HashMap<>(Map.of("campaignId", nurture, "channelId", email, "category", "CONTENT_PRODUCTION",
                "amount", Map.of("amount", "50.00", "currencyCode", "EUR"), "incurredOn", "2026-02-01")));
        TestData.recordTouchpoints(List.of(
                touch("A", "2026-01-20T10:00:00Z", linkedIn, spring),
                touch("B", "2026-01-20T10:00:00Z", email, nurture),
                touch("C", "2026-01-25T10:00:00Z", facebook, spring)));
        TestData.recordConversions(List.of(
                sale("A", "2026-01-31T23:30:00Z", "300.00"),
                sale("B", "2026-02-01T00:30:00+01:00", "150.00"),
                sale("C", "2026-02-01T00:00:00Z", "200.00")));
    }

    @Test
    void channelPerformanceSplitsPaidOwnedAndEarned() {
        TestData.recordCost(new HashMap<>(Map.of("campaignId", spring, "channelId", linkedIn, "category", "AD_SPEND",
                "amount", Map.of("amount", "20.00", "currencyCode", "EUR"), "incurredOn", "2026-03-01")));
        TestData.recordTouchpoints(List.of(
                touchAs("P1", "2026-03-01T10:00:00Z", linkedIn, spring, "OWNED"),
                touchAs("P1", "2026-03-02T10:00:00Z", linkedIn, spring, "PAID"),
                touchAs("P1", "2026-03-03T10:00:00Z", email, nurture, "OWNED")));
        TestData.recordConversions(List.of(sale("P1", "2026-03-04T10:00:00Z", "100.00")));
        JsonPath result = GraphQL.ok("""
                { channelPerformance(attribution: { model: LINEAR }) {
                    channel { name } attributedRevenue { amount } assistedConversions
                    byMediaType { mediaType attributedRevenue { amount } conversions assistedConversions roas }
                } }""");
        // LINEAR: 33.3333333333 (LinkedIn OWNED), 33.3333333333 (LinkedIn PAID), 33.3333333334 (Email OWNED)
        assertEquals("66.67", result.getString("channelPerformance[2].attributedRevenue.amount"));
        assertEquals(1, result.getInt("channelPerformance[2].assistedConversions"));
        assertEquals(List.of("PAID", "OWNED", "EARNED"), result.getList("channelPerformance[2].byMediaType.mediaType"));
        assertEquals(List.of("33.33", "33.33", "0.00"), result.getList("channelPerformance[2].byMediaType.attributedRevenue.amount"));
        assertEquals(List.of(1, 1, 0), result.getList("channelPerformance[2].byMediaType.assistedConversions"));
        // PAID ROAS: 33.3333333333 / 20.00 ad spend = 1.666… → 1.67; no ROAS for owned or earned reach
        assertEquals(java.util.Arrays.asList("1.67", null, null), result.getList("channelPerformance[2].byMediaType.roas"));
        assertEquals("Email", result.getString("channelPerformance[0].channel.name"));
        // the remainder 33.3333333334 sits on the last touch (Email), still 33.33 at the cent
        assertEquals(List.of("0.00", "33.33", "0.00"), result.getList("channelPerformance[0].byMediaType.attributedRevenue.amount"));
    }
}
