package io.socialroi.report;

import static io.socialroi.testing.TestData.sale;
import static io.socialroi.testing.TestData.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.attribution.MarkovChain;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * DATA_DRIVEN refuses a Markov chain of more than {@link MarkovChain#MAX_CHANNELS} channels (docs/limits.md) with
 * BAD_ARGUMENT, in the Markov report and wherever credits need the chain; other models are not limited.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MarkovChannelLimitGraphQLTest {

    static final String REFUSAL = "DATA_DRIVEN's Markov chain for this report has 201 channels, more than the 200 it "
            + "can solve: choose a shorter period, or another attribution model.";

    @Inject
    TestData data;

    @Test
    void aChainOfMoreThan200ChannelsIsABadArgument() {
        data.reset();
        List<String> channels = new ArrayList<>();
        for (int i = 0; i <= MarkovChain.MAX_CHANNELS; i++) {
            channels.add(TestData.createChannel("Channel %03d".formatted(i), "SOCIAL"));
        }
        String campaign = TestData.createCampaign("Spring", "spring", "2026-01-01", channels.get(0));
        // one person per channel, each a path of one touch; P0 converts. The last channel is not touched yet.
        List<Map<String, Object>> touches = new ArrayList<>();
        for (int i = 0; i < MarkovChain.MAX_CHANNELS; i++) {
            touches.add(touch("P" + i, "2026-03-01T10:00:00Z", channels.get(i), i == 0 ? campaign : null));
        }
        TestData.recordTouchpoints(touches);
        TestData.recordConversions(List.of(sale("P0", "2026-03-02T10:00:00Z", "100.00")));

        // 200 channels: solved. START→each channel 1/200; only channel 000 converts (P = 1/200), so it alone
        // has an effect, 1
        JsonPath atTheLimit = GraphQL.ok("{ markovModel { conversionProbability channels { removalEffect } } }");
        assertEquals("0.005000", atTheLimit.getString("markovModel.conversionProbability"));
        assertEquals(MarkovChain.MAX_CHANNELS, atTheLimit.getList("markovModel.channels").size());
        assertEquals("1.000000", atTheLimit.getString("markovModel.channels[0].removalEffect"));

        TestData.recordTouchpoints(List.of(touch("P200", "2026-03-01T10:00:00Z", channels.get(200), null)));
        for (String query : List.of("{ markovModel { conversionProbability } }",
                "{ channelPerformance(attribution: { model: DATA_DRIVEN }) { attributedRevenue { amount } } }",
                "{ campaigns(first: 10) { nodes { roi(attribution: { model: DATA_DRIVEN }) { percent } } } }",
                "{ conversions(first: 10) { nodes { credits(attribution: { model: DATA_DRIVEN }) { conversions } } } }")) {
            JsonPath refused = GraphQL.post(query);
            assertEquals("BAD_ARGUMENT", refused.getString("errors[0].extensions.code"), refused.prettify());
            assertEquals(REFUSAL, refused.getString("errors[0].message"), refused.prettify());
        }
        // other models have no chain to solve
        JsonPath lastTouch = GraphQL.ok("{ channelPerformance { attributedRevenue { amount } } }");
        assertEquals(MarkovChain.MAX_CHANNELS + 1, lastTouch.getList("channelPerformance").size());
    }
}
