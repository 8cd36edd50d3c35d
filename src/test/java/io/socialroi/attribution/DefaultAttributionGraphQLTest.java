package io.socialroi.attribution;

import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.byChannel;
import static io.socialroi.attribution.LastTouchAttributionGraphQLTest.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/**
 * The workspace's default attribution setting: shown in Workspace, set by an ADMIN field by field, and taken by every
 * report argument that is left out, on docs/attribution.md's worked example (LinkedIn 03-01, Facebook 03-24, Email
 * 03-31, a 1,000.00 sale on 03-31, all at 12:00 UTC).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DefaultAttributionGraphQLTest {

    static final String DEFAULT = "{ workspace { defaultAttribution { model lookbackDays halfLifeHours firstWeight lastWeight } } }";
    static final String SET = """
            mutation($i: AttributionInput!) { setDefaultAttribution(input: $i) {
              defaultAttribution { model lookbackDays halfLifeHours firstWeight lastWeight } userErrors { field code message } } }""";
    static final String REPORT = """
            query($attribution: AttributionInput) {
              channelPerformance(attribution: $attribution) { channel { name } attributedRevenue { amount } conversions }
              conversions(first: 1) { nodes { path { occurredAt } } }
              conversionPaths(first: 5) { nodes { channels { name } } }
            }""";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        TestData.workedExample();
    }

    static String revenues(JsonPath result) {
        var rows = byChannel(result);
        return revenue(rows, "LinkedIn") + " / " + revenue(rows, "Facebook") + " / " + revenue(rows, "Email");
    }

    static JsonPath set(Map<String, Object> input) {
        return GraphQL.ok(SET, "i", input);
    }

    @Test
    void lastTouchOverThirtyDaysUntilSet() {
        assertEquals(Map.of("model", "LAST_TOUCH", "lookbackDays", 30, "halfLifeHours", 168, "firstWeight", "0.4",
                "lastWeight", "0.4"), GraphQL.ok(DEFAULT).getMap("workspace.defaultAttribution"));
        JsonPath report = GraphQL.ok(REPORT);
        assertEquals("0.00 / 0.00 / 1000.00", revenues(report));
        assertEquals(3, report.getList("conversions.nodes[0].path").size());
    }

    @Test
    void leftOutArgumentsTakeTheDefault() {
        JsonPath set = set(Map.of("model", "POSITION_BASED"));
        assertEquals(List.of(), set.getList("setDefaultAttribution.userErrors"));
        assertEquals(Map.of("model", "POSITION_BASED", "lookbackDays", 30, "halfLifeHours", 168, "firstWeight", "0.4",
                "lastWeight", "0.4"), set.getMap("setDefaultAttribution.defaultAttribution"));
        assertEquals(set.getMap("setDefaultAttribution.defaultAttribution"),
                GraphQL.ok(DEFAULT).getMap("workspace.defaultAttribution"));

        // no argument: POSITION_BASED over 30 days, 0.4 / 0.2 / 0.4 of 1,000.00
        assertEquals("400.00 / 200.00 / 400.00", revenues(GraphQL.ok(REPORT)));
        // a whole argument overrides: LINEAR, a third each (the remainder on the last touch)
        assertEquals("333.33 / 333.33 / 333.33", revenues(GraphQL.ok(REPORT, "attribution", Map.of("model", "LINEAR"))));
        // only the lookback given: still POSITION_BASED; 10 days keep Facebook and Email, n = 2, half each
        assertEquals("0.00 / 500.00 / 500.00", revenues(GraphQL.ok(REPORT, "attribution", Map.of("lookbackDays", 10))));
    }

    @Test
    void aFieldSetAloneKeepsTheOthers() {
        set(Map.of("model", "POSITION_BASED", "firstWeight", "0.2", "lastWeight", "0.6"));
        JsonPath set = set(Map.of("lookbackDays", 6));
        assertEquals(Map.of("model", "POSITION_BASED", "lookbackDays", 6, "halfLifeHours", 168, "firstWeight", "0.2",
                "lastWeight", "0.6"), set.getMap("setDefaultAttribution.defaultAttribution"));
        // 6 days before 03-31 12:00 is 03-25 12:00: only Email is in the path, and takes everything
        JsonPath report = GraphQL.ok(REPORT);
        assertEquals("0.00 / 0.00 / 1000.00", revenues(report));
        // the path of a conversion and the conversion-paths report use the default lookback too
        assertEquals(1, report.getList("conversions.nodes[0].path").size());
        assertEquals(List.of("Email"), report.getList("conversionPaths.nodes[0].channels.name"));
        // 20 days: Facebook and Email, POSITION_BASED n = 2 → 0.2 : 0.6 = 250.00 : 750.00
        assertEquals("0.00 / 250.00 / 750.00", revenues(GraphQL.ok(REPORT, "attribution", Map.of("lookbackDays", 20))));
    }

    @Test
    void badSettingsAreUserErrorsAndChangeNothing() {
        assertEquals(List.of(Map.of("field", List.of("input", "lookbackDays"), "code", "INVALID_VALUE",
                "message", "lookbackDays must be between 1 and 365 (got 0).")),
                set(Map.of("lookbackDays", 0)).getList("setDefaultAttribution.userErrors"));
        assertEquals(List.of(Map.of("field", List.of("input", "firstWeight"), "code", "INVALID_DECIMAL",
                "message", "firstWeight \"a lot\" is not a decimal such as 0.4.")),
                set(Map.of("model", "POSITION_BASED", "firstWeight", "a lot")).getList("setDefaultAttribution.userErrors"));
        assertEquals(List.of(Map.of("field", List.of("input", "firstWeight"), "code", "INVALID_VALUE",
                "message", "firstWeight and lastWeight must be at least 0, and together more than 0 and at most 1"
                        + " (got 0.7 and 0.4).")),
                set(Map.of("firstWeight", "0.7")).getList("setDefaultAttribution.userErrors"));
        assertEquals(List.of(Map.of("field", List.of("input", "halfLifeHours"), "code", "INVALID_VALUE",
                "message", "halfLifeHours must be between 1 and 2160 (got 2161).")),
                set(Map.of("model", "TIME_DECAY", "halfLifeHours", 2161)).getList("setDefaultAttribution.userErrors"));
        assertEquals("LAST_TOUCH 30", GraphQL.ok(DEFAULT).getString("workspace.defaultAttribution.model") + " "
                + GraphQL.ok(DEFAULT).getInt("workspace.defaultAttribution.lookbackDays"));
        assertNull(set(Map.of("lookbackDays", 0)).get("setDefaultAttribution.defaultAttribution"));
    }

    @Test
    void aGoalKeepsTheSettingItWasCreatedWith() {
        String campaign = GraphQL.ok("{ campaigns { nodes { id name } } }").getString("campaigns.nodes.find { it.name == 'Spring' }.id");
        String create = """
                mutation($c: ID!, $n: String!) { createGoal(input: {name: $n, campaignId: $c, metric: "REVENUE",
                  target: "1000", deadline: "2099-12-31"}) { goal { attributionModel lookbackDays } userErrors { code } } }""";
        JsonPath before = GraphQL.ok(create, "c", campaign, "n", "Before");
        assertEquals(Map.of("attributionModel", "LAST_TOUCH", "lookbackDays", 30), before.getMap("createGoal.goal"));
        set(Map.of("model", "LINEAR", "lookbackDays", 14));
        JsonPath after = GraphQL.ok(create, "c", campaign, "n", "After");
        assertEquals(Map.of("attributionModel", "LINEAR", "lookbackDays", 14), after.getMap("createGoal.goal"));
        assertEquals(List.of("LAST_TOUCH:30", "LINEAR:14"), GraphQL.ok("{ goals { name attributionModel lookbackDays } }")
                .getList("goals", Map.class).stream()
                .sorted((a, b) -> ((String) b.get("name")).compareTo((String) a.get("name")))
                .map(g -> g.get("attributionModel") + ":" + g.get("lookbackDays")).toList());
    }
}
