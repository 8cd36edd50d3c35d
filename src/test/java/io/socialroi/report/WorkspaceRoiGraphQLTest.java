package io.socialroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** Query.workspaceRoi, the dashboard overview's tiles: the whole workspace's ROI over a period. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WorkspaceRoiGraphQLTest {

    @Inject
    TestData data;

    static final String QUERY = """
            query($period: DateRangeInput, $attribution: AttributionInput) {
              workspaceRoi(period: $period, attribution: $attribution) {
                cost { amount currencyCode } revenue { amount } netReturn { amount } percent roas undefinedReason valuePercent
              }
            }""";

    /**
     * docs/attribution.md's worked example (one SALE of 1000.00 EUR on 2026-03-31 after LinkedIn, Facebook, Email)
     * with costs in two currencies: 200.00 EUR ad spend, 100.00 USD ad spend at 0.92 = 92.00 EUR, 50.00 EUR tools,
     * and 10 support contacts deflected at 4.50 EUR.
     */
    /** docs/attribution.md's worked example with costs in EUR and USD (TestData), and 10 support contacts deflected at 4.50 EUR. */
    @BeforeEach
    void setUp() {
        data.reset();
        TestData.WorkedExample example = TestData.workedExample();
        TestData.workedExampleCosts(example);
        TestData.recordServiceSavings(example.email(), example.nurture(), "2026-03-01", "2026-03-31", 10, "4.50");
    }

    @Test
    void theWholeWorkspaceUnderAnyModel() {
        for (String model : List.of("LINEAR", "FIRST_TOUCH", "DATA_DRIVEN")) {
            JsonPath roi = GraphQL.ok(QUERY, "attribution", Map.of("model", model)).setRootPath("data.workspaceRoi");
            // cost 200.00 + 92.00 + 50.00 = 342.00; revenue 1000.00 whatever the model (the credits add up to it)
            assertEquals("342.00", roi.getString("cost.amount"));
            assertEquals("EUR", roi.getString("cost.currencyCode"));
            assertEquals("1000.00", roi.getString("revenue.amount"));
            assertEquals("658.00", roi.getString("netReturn.amount"));
            // 658 × 100 / 342 = 192.397… → 192.40; ROAS 1000 / 292 = 3.424… → 3.42
            assertEquals("192.40", roi.getString("percent"));
            assertEquals("3.42", roi.getString("roas"));
            // with the savings: (1000 + 45 − 342) × 100 / 342 = 205.555… → 205.56
            assertEquals("205.56", roi.getString("valuePercent"));
        }
    }

    @Test
    void aPeriodWithoutCostHasNoRoiAndSaysWhy() {
        JsonPath roi = GraphQL.ok(QUERY, "period", Map.of("from", "2026-04-01", "to", "2026-04-30")).setRootPath("data.workspaceRoi");
        assertEquals("0.00", roi.getString("cost.amount"));
        assertEquals("0.00", roi.getString("revenue.amount"));
        assertNull(roi.getString("percent"));
        assertNull(roi.getString("roas"));
        assertNotNull(roi.getString("undefinedReason"));
        // March alone holds everything
        roi = GraphQL.ok(QUERY, "period", Map.of("from", "2026-03-01", "to", "2026-03-31")).setRootPath("data.workspaceRoi");
        assertEquals("192.40", roi.getString("percent"));
    }
}
