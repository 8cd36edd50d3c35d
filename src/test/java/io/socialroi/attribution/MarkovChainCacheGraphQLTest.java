package io.socialroi.attribution;

import static io.socialroi.testing.TestData.sale;
import static io.socialroi.testing.TestData.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * DATA_DRIVEN's chain is solved once per data version and scope (docs/attribution.md): the markovModel report, the
 * DATA_DRIVEN credit statements of channelPerformance and Campaign.roi, and Conversion.credits all take the one
 * solved chain from the report cache; a write makes the next question solve it again, on the new data. Solves are
 * counted by {@link MarkovChain#solves()}, which every solve the service makes goes through.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MarkovChainCacheGraphQLTest {

    static final String MARKOV_MODEL = "{ markovModel { conversionProbability channels { channel { name } removalEffect } } }";
    static final String CHANNEL_PERFORMANCE = """
            { channelPerformance(attribution: {model: DATA_DRIVEN}) { channel { name } attributedRevenue { amount } } }""";
    static final String CAMPAIGN_ROI = """
            { campaigns { nodes { name roi(attribution: {model: DATA_DRIVEN}) { percent revenue { amount } } } } }""";
    static final String CREDITS = """
            { conversions { nodes { personKey credits(attribution: {model: DATA_DRIVEN}) { revenue { amount } } } } }""";

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String spring;

    /** The four questions of a DATA_DRIVEN dashboard, each its own request; how many chains they solved. */
    long solvesOfADashboard(Answers answers) {
        long before = MarkovChain.solves();
        answers.markovModel = GraphQL.ok(MARKOV_MODEL);
        answers.channelPerformance = GraphQL.ok(CHANNEL_PERFORMANCE);
        answers.campaignRoi = GraphQL.ok(CAMPAIGN_ROI);
        answers.credits = GraphQL.ok(CREDITS);
        return MarkovChain.solves() - before;
    }

    static final class Answers {
        JsonPath markovModel;
        JsonPath channelPerformance;
        JsonPath campaignRoi;
        JsonPath credits;
    }

    /**
     * The chain of AttributionReportsGraphQLTest.markovModelExplainsDataDrivenCredits: P1 and P2 LinkedIn → Facebook
     * → SALE (100.00 and 200.00, P2 touching Facebook twice), P3 LinkedIn, P4 Facebook. P(conversion) 1/2, effects
     * Facebook 1 and LinkedIn 2/3, so a LinkedIn+Facebook path splits 40 % : 60 %.
     *
     * <p>Then P3 also touches Facebook: LinkedIn → Facebook 3 (P_L = P_F), Facebook → CONVERSION 2 of 4 (P_F = 1/2).
     * P(conversion) = 3/4 · 1/2 + 1/4 · 1/2 = 1/2; without LinkedIn 1/4 · 1/2 = 1/8, effect 1 − (1/8)/(1/2) = 3/4;
     * without Facebook 0, effect 1. A LinkedIn+Facebook path splits 3/7 : 4/7: P1 42.86 : 57.14, P2 85.71 : 114.29,
     * so LinkedIn 128.57 and Facebook 171.43.
     */
    @Test
    void aDashboardSolvesTheChainOncePerDataVersion() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        spring = TestData.createCampaign("Spring", "spring", "2026-01-01", linkedIn, facebook);
        TestData.recordTouchpoints(List.of(
                touch("P1", "2026-03-01T10:00:00Z", linkedIn, spring), touch("P1", "2026-03-02T10:00:00Z", facebook, spring),
                touch("P2", "2026-03-01T10:00:00Z", linkedIn, spring), touch("P2", "2026-03-02T10:00:00Z", facebook, spring),
                touch("P2", "2026-03-02T11:00:00Z", facebook, spring),
                touch("P3", "2026-03-01T10:00:00Z", linkedIn, spring),
                touch("P4", "2026-03-01T10:00:00Z", facebook, spring)));
        TestData.recordConversions(List.of(sale("P1", "2026-03-03T10:00:00Z", "100.00"),
                sale("P2", "2026-03-03T10:00:00Z", "200.00")));

        Answers first = new Answers();
        assertEquals(1, solvesOfADashboard(first), "one data version, one scope: one solve");
        assertEquals("0.500000", first.markovModel.getString("markovModel.conversionProbability"));
        assertEquals(List.of("1.000000", "0.666667"), first.markovModel.getList("markovModel.channels.removalEffect"));
        assertEquals(List.of("Facebook", "LinkedIn"), first.channelPerformance.getList("channelPerformance.channel.name"));
        assertEquals(List.of("180.00", "120.00"),
                first.channelPerformance.getList("channelPerformance.attributedRevenue.amount"));
        assertEquals("300.00", first.campaignRoi.getString("campaigns.nodes[0].roi.revenue.amount"));
        assertEquals(List.of("P1", "P2"), first.credits.getList("conversions.nodes.personKey"));
        assertEquals(List.of("40.00", "60.00"), first.credits.getList("conversions.nodes[0].credits.revenue.amount"));
        assertEquals(List.of("80.00", "60.00", "60.00"), first.credits.getList("conversions.nodes[1].credits.revenue.amount"));

        assertEquals(0, solvesOfADashboard(new Answers()), "asked again in the same data version: no solve");

        TestData.recordTouchpoints(List.of(touch("P3", "2026-03-02T10:00:00Z", facebook, spring)));
        Answers second = new Answers();
        assertEquals(1, solvesOfADashboard(second), "a write starts a new data version: solved again, once");
        assertEquals("0.500000", second.markovModel.getString("markovModel.conversionProbability"));
        assertEquals(List.of("1.000000", "0.750000"), second.markovModel.getList("markovModel.channels.removalEffect"));
        assertEquals(List.of("171.43", "128.57"),
                second.channelPerformance.getList("channelPerformance.attributedRevenue.amount"));
        assertEquals("300.00", second.campaignRoi.getString("campaigns.nodes[0].roi.revenue.amount"));
        assertEquals(List.of("42.86", "57.14"), second.credits.getList("conversions.nodes[0].credits.revenue.amount"));
        assertEquals(List.of("85.71", "57.14", "57.14"),
                second.credits.getList("conversions.nodes[1].credits.revenue.amount"));
    }
}
