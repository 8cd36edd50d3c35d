package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.engagement.EngagementMath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/** Engagement and service savings as time series, paid and organic side by side. Expected values by hand. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class EngagementTimeSeriesGraphQLTest {

    static final String SERIES = """
            query($m: TimeSeriesMetric!, $g: Granularity!, $from: Date!, $to: Date!, $c: ID, $media: MediaType) {
              timeSeries(metric: $m, granularity: $g, period: {from: $from, to: $to}, campaignId: $c, mediaType: $media) {
                currencyCode points { start end value undefinedReason } } }""";

    @Inject
    TestData data;

    String instagram;
    String a;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        a = TestData.createCampaign("A", null, "2026-01-01", instagram);
        GraphQL.ok("""
                mutation($ch: ID!, $a: ID!) { recordEngagement(input: [
                  {channelId: $ch, date: "2026-03-02", mediaType: PAID, impressions: 1000, likes: 30, comments: 10,
                   shares: 5, saves: 5, clicks: 20, followersGained: 12, followersLost: 2},
                  {channelId: $ch, date: "2026-03-03", mediaType: OWNED, impressions: 500, likes: 40, clicks: 5},
                  {channelId: $ch, date: "2026-03-10", mediaType: PAID, likes: 3},
                  {channelId: $ch, campaignId: $a, date: "2026-03-02", mediaType: PAID, impressions: 9999}
                ]) { accepted } }""", "ch", instagram, "a", a);
    }

    List<Object> values(String metric, String media, String campaign) {
        return GraphQL.ok(SERIES, "m", metric, "g", "WEEK", "from", "2026-03-02", "to", "2026-03-15", "c", campaign,
                "media", media).getList("timeSeries.points.value");
    }

    @Test
    void weeklyEngagementOfTheChannelsOwnTotals() {
        // ISO weeks Mar 2–8 and Mar 9–15; the campaign's row (9,999 impressions) is the campaign's, not counted here
        assertEquals(List.of("1500", "0"), values("IMPRESSIONS", null, null));
        // week 1: 30 + 10 + 5 + 5 + 40 = 90; week 2: 3
        assertEquals(List.of("90", "3"), values("ENGAGEMENTS", null, null));
        // 90 / 1500 × 100 = 6.00; week 2 has no impressions: null with the reason
        JsonPath rate = GraphQL.ok(SERIES, "m", "ENGAGEMENT_RATE", "g", "WEEK", "from", "2026-03-02", "to", "2026-03-15");
        assertEquals(Arrays.asList("6.00", null), rate.getList("timeSeries.points.value"));
        assertEquals(Arrays.asList(null, EngagementMath.NO_IMPRESSIONS), rate.getList("timeSeries.points.undefinedReason"));
        // CTR: 25 / 1500 × 100 = 1.666… → 1.67
        assertEquals(Arrays.asList("1.67", null), values("CLICK_THROUGH_RATE", null, null));
        // net followers 12 − 2 = 10
        assertEquals(List.of("10", "0"), values("NET_FOLLOWERS", null, null));
        assertEquals(List.of("12", "0"), values("FOLLOWERS_GAINED", null, null));
    }

    @Test
    void paidAndOrganicAreSeparateSeries() {
        assertEquals(List.of("1000", "0"), values("IMPRESSIONS", "PAID", null));
        assertEquals(List.of("50", "3"), values("ENGAGEMENTS", "PAID", null));
        assertEquals(List.of("40", "0"), values("ENGAGEMENTS", "OWNED", null));
        assertEquals(List.of("0", "0"), values("ENGAGEMENTS", "EARNED", null));
    }

    @Test
    void aCampaignSeriesCountsTheCampaignsRows() {
        assertEquals(List.of("9999", "0"), values("IMPRESSIONS", null, a));
    }

    @Test
    void serviceSavingsPerMonthArePaidOutByDays() {
        GraphQL.ok("""
                mutation($ch: ID!) { recordServiceSavings(input: [{channelId: $ch, from: "2026-01-01", to: "2026-02-28",
                  contactsDeflected: 59, costPerContact: {amount: "2.00", currencyCode: "EUR"}}]) { accepted } }""",
                "ch", instagram);
        JsonPath s = GraphQL.ok(SERIES, "m", "SERVICE_SAVINGS", "g", "MONTH", "from", "2026-01-15", "to", "2026-03-31");
        // 59 × 2.00 = 118.00 over 59 days = 2.00 a day: Jan 15–31 = 17 days → 34.00, February 28 days → 56.00, March 0
        assertEquals(List.of("34.00", "56.00", "0.00"), s.getList("timeSeries.points.value"));
        assertEquals("EUR", s.getString("timeSeries.currencyCode"));
        assertEquals(List.of("2026-01-15", "2026-02-01", "2026-03-01"), s.getList("timeSeries.points.start"));
    }

    @Test
    void mediaTypeIsRefusedForMetricsItDoesNotSplit() {
        JsonPath r = GraphQL.post(SERIES, "m", "COST", "g", "WEEK", "from", "2026-03-02", "to", "2026-03-15",
                "media", "PAID");
        assertTrue(r.getString("errors[0].message").contains("mediaType applies to the engagement metrics only"),
                r.getString("errors[0].message"));
    }
}
