package io.socialroi.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.common.GlobalId;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * The daily series of every scope added up from {@link DailyLeaves} (three grouped statements) equal what
 * timeSeries(DAY) answers one scope at a time, on random but reproducible data: costs of a campaign with and
 * without a channel, in EUR, USD (multiplied by its rate) and GBP (divided: the rate is EUR→GBP), a single-channel campaign's
 * channel-less costs (counted on its channel), touchpoints with and without campaign and sales under the default
 * attribution, engagement rows of campaigns and of channels alone in every media type. Anomaly alerts read the
 * series this way (delivery/AnomalyService).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DailyLeavesMatchTimeSeriesTest {

    static final LocalDate FROM = LocalDate.parse("2026-03-01");
    static final LocalDate TO = LocalDate.parse("2026-03-21");
    static final List<TimeSeriesMetric> METRICS = List.of(TimeSeriesMetric.COST, TimeSeriesMetric.REVENUE,
            TimeSeriesMetric.CONVERSIONS, TimeSeriesMetric.ROI, TimeSeriesMetric.ENGAGEMENT_RATE);

    @Inject
    TestData data;
    @Inject
    DailyLeaves dailyLeaves;
    @Inject
    CurrentWorkspace workspace;

    List<String> channels;
    List<String> campaigns;

    @BeforeEach
    void setUp() {
        data.reset();
        channels = List.of(TestData.createChannel("A", "SOCIAL"), TestData.createChannel("B", "SOCIAL"),
                TestData.createChannel("C", "EMAIL"));
        // K1 runs on A alone (its channel-less costs count on A), K2 on B and C, K3 on none
        campaigns = List.of(TestData.createCampaign("K1", null, "2026-02-01", channels.get(0)),
                TestData.createCampaign("K2", null, "2026-02-01", channels.get(1), channels.get(2)),
                TestData.createCampaign("K3", null, "2026-02-01"));
        TestData.setRate("USD", "EUR", "0.9137", "2026-02-01");
        TestData.setRate("USD", "EUR", "0.8891", "2026-03-11");
        TestData.setRate("EUR", "GBP", "0.8573", "2026-02-01");
    }

    @Test
    void everyScopesDailySeriesEqualsTimeSeries() {
        Random random = new Random(20261202);
        int days = (int) ChronoUnit.DAYS.between(FROM, TO) + 1;
        for (int i = 0; i < 90; i++) {
            int campaign = random.nextInt(3); // a cost is always a campaign's
            int channel = random.nextInt(4); // 3: none (K1's counts on A, K3's on no channel)
            Map<String, Object> cost = new HashMap<>(Map.of("category", random.nextBoolean() ? "AD_SPEND" : "LABOR",
                    "incurredOn", FROM.plusDays(random.nextInt(days)).toString(),
                    "amount", Map.of("amount", random.nextInt(50000) / 100 + "." + (10 + random.nextInt(90)),
                            "currencyCode", List.of("EUR", "USD", "GBP").get(random.nextInt(3)))));
            cost.put("campaignId", campaigns.get(campaign));
            if (channel < 3) {
                cost.put("channelId", channels.get(channel));
            }
            TestData.recordCost(cost);
        }
        List<Map<String, Object>> touches = new ArrayList<>();
        List<Map<String, Object>> sales = new ArrayList<>();
        Instant start = FROM.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (int i = 0; i < 80; i++) {
            int campaign = random.nextInt(4);
            touches.add(TestData.touch("p" + random.nextInt(12),
                    start.plus(random.nextInt(days * 24), ChronoUnit.HOURS).toString(),
                    channels.get(random.nextInt(3)), campaign < 3 ? campaigns.get(campaign) : null));
        }
        for (int i = 0; i < 40; i++) {
            Map<String, Object> sale = TestData.sale("p" + random.nextInt(14),
                    start.plus(random.nextInt(days * 24), ChronoUnit.HOURS).toString(),
                    random.nextInt(100000) / 100 + ".0" + random.nextInt(10));
            if (random.nextInt(3) == 0) {
                sale.put("revenue", Map.of("amount", random.nextInt(9000) + ".25", "currencyCode", "USD"));
            }
            sales.add(sale);
        }
        TestData.recordTouchpoints(touches);
        TestData.recordConversions(sales);
        List<Map<String, Object>> engagement = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int channel = random.nextInt(3);
            Map<String, Object> row = new HashMap<>(Map.of("channelId", channels.get(channel),
                    "date", FROM.plusDays(random.nextInt(days)).toString(),
                    "mediaType", List.of("PAID", "OWNED", "EARNED").get(random.nextInt(3)),
                    "impressions", random.nextInt(4) == 0 ? 0 : random.nextInt(5000), "likes", random.nextInt(300),
                    "comments", random.nextInt(40), "shares", random.nextInt(20)));
            // a campaign's row on one of its channels, or the channel's own
            if (random.nextBoolean()) {
                row.put("campaignId", campaigns.get(channel == 0 ? 0 : 1));
            }
            engagement.add(row);
        }
        // one statement's rows must not repeat a key: keep the last of each
        Map<List<Object>, Map<String, Object>> unique = new HashMap<>();
        engagement.forEach(r -> unique.put(List.of(r.get("channelId"), String.valueOf(r.get("campaignId")), r.get("date"),
                r.get("mediaType")), r));
        GraphQL.ok("mutation($i: [EngagementInput!]!) { recordEngagement(input: $i) { accepted } }", "i",
                new ArrayList<>(unique.values()));
        TestData.awaitStoredCredits();

        DailyLeaves.Leaves leaves = leavesOfDefaultWorkspace();
        assertEquals("EUR", leaves.currency());
        int compared = 0;
        List<Object[]> scopes = new ArrayList<>();
        scopes.add(new Object[] { null, null });
        channels.forEach(c -> scopes.add(new Object[] { null, c }));
        campaigns.forEach(c -> scopes.add(new Object[] { c, null }));
        for (TimeSeriesMetric metric : METRICS) {
            for (Object[] scope : scopes) {
                List<String> expected = GraphQL.ok("""
                        query($m: TimeSeriesMetric!, $c: ID, $ch: ID) {
                          timeSeries(metric: $m, granularity: DAY, period: {from: "2026-03-01", to: "2026-03-21"},
                            campaignId: $c, channelId: $ch) { points { value } } }""",
                        "m", metric.name(), "c", scope[0], "ch", scope[1]).getList("timeSeries.points.value");
                Long campaign = scope[0] == null ? null : GlobalId.decode("Campaign", (String) scope[0]).orElseThrow();
                Long channel = scope[1] == null ? null : GlobalId.decode("Channel", (String) scope[1]).orElseThrow();
                List<String> fromLeaves = new ArrayList<>();
                for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                    DailyTotals sums = DailyTotals.NONE;
                    for (DailyLeaf leaf : leaves.leaves()) {
                        if (leaf.day().equals(day) && leaf.counts(campaign, channel)) {
                            sums = sums.plus(leaf);
                        }
                    }
                    BigDecimal shown = sums.shown(metric, leaves.currency());
                    fromLeaves.add(shown == null ? null : shown.toPlainString());
                }
                assertEquals(expected, fromLeaves, metric + " of campaign " + scope[0] + ", channel " + scope[1]);
                compared += expected.stream().filter(v -> v != null && !v.matches("0(\\.0+)?")).count();
            }
        }
        // the data are not all zeros: most of the 5 × 7 × 21 values compared say something
        assertTrue(compared > 300, compared + " non-zero values compared");
    }

    /** The leaves as an anomaly check reads them: in a request context of its own, as the default workspace. */
    DailyLeaves.Leaves leavesOfDefaultWorkspace() {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            workspace.runAs(Long.parseLong(data.scalar("select id from workspace where slug = 'default'")));
            return dailyLeaves.of(FROM, TO);
        } finally {
            context.terminate();
        }
    }
}
