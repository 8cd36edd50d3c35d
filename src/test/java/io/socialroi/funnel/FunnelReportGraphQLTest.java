package io.socialroi.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * funnel(period, channelId) through GraphQL, against hand-computed figures.
 *
 * <p>Period 2026-03-01 … 2026-03-31 (UTC days). Persons, their touchpoints and funnel conversions:
 *
 * <pre>
 * LinkedIn (first touch)
 *   A  touches LinkedIn 02-20T10:00 (before the period: no lookback limit), Facebook 03-02T10:00
 *      LEAD 03-01T10:00, LEAD 03-05T10:00 (a second lead: only the first counts), MQL 03-03T10:00,
 *      SQL 03-08T10:00, OPPORTUNITY 03-10T22:00, SALE 03-20T10:00
 *      days: L→M 2.0, M→S 5.0, S→O 2.5, O→S 9.5
 *   B  touch LinkedIn 03-01T09:00; LEAD 03-01T12:00, MQL 03-02T00:00, SQL 03-03T00:00
 *      days: L→M 0.5, M→S 1.0
 *   F  touch LinkedIn 03-05T00:00; MQL 03-06T00:00, LEAD 03-07T00:00 (MQL before LEAD: not timed),
 *      SQL 03-09T06:00; days: M→S 3.25
 * Facebook
 *   C  two touches at 03-04T08:00, Facebook recorded first (lower id), then LinkedIn: the tie goes to the
 *      lower id. LEAD 03-04T08:00 (a touch at the very instant counts), MQL 03-05T08:00; days L→M 1.0
 *   J  touch Facebook 03-10T00:00; LEAD 03-10T12:00, SALE 03-31T23:30Z (last UTC day: in the period,
 *      although April 1 in Oslo)
 * Email
 *   G  touch Email 02-26; LEAD 02-27 (before the period: not counted), MQL 03-02 (its first conversion in
 *      the period), SALE 04-01T00:00Z (after the period: not counted)
 *   I  no touchpoint; LEAD 03-12 recorded with channel Email (a CRM source stands in for the empty path)
 * unattributed
 *   D  no touchpoint; LEAD 03-10T00:00, MQL 03-11T18:00; days L→M 1.75
 *   E  touch Email 03-15T00:00:01 (one second after its first conversion: not a first touch);
 *      LEAD 03-15T00:00:00, MQL 03-15T23:31:12; days L→M 84672 s / 86400 = 0.98
 * not in the funnel
 *   H  touch Facebook 03-05, SIGNUP 03-06 (not a funnel stage)
 *
 *              LEAD MQL SQL OPP SALE | L→M rate  median | M→S rate median | S→O rate median | O→S rate median
 * Email          1   1   0   0   0   |  100.00   null   |  0.00    null   |  null    null   |  null    null
 * Facebook       2   1   0   0   1   |   50.00   1.00   |  0.00    null   |  null    null   |  null    null
 * LinkedIn       3   3   3   1   1   |  100.00   1.25   | 100.00   3.25   | 33.33    2.50   | 100.00   9.50
 * unattributed   2   2   0   0   0   |  100.00   1.37   |  0.00    null   |  null    null   |  null    null
 * total          8   7   3   1   2   |   87.50   1.00   | 42.86    3.25   | 33.33    2.50   | 200.00   9.50
 * </pre>
 *
 * Medians: LinkedIn L→M of {2.0, 0.5} = 1.25 (F is not timed, MQL before LEAD); M→S of {5.0, 1.0, 3.25} =
 * 3.25. Unattributed L→M of {1.75, 0.98} = 1.365, half-up 1.37 (half-even would say 1.36). Total L→M of
 * {0.5, 0.98, 1.0, 1.75, 2.0} = 1.00. Rates: 1/3 = 33.333 → 33.33; 3/7 = 42.857 → 42.86; total O→S is
 * 2/1 = 200.00 because J reached SALE without an OPPORTUNITY. Facebook S→O is null: no SQL at all.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class FunnelReportGraphQLTest {

    @Inject
    TestData data;

    String linkedIn;
    String facebook;
    String email;

    static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");

    static final String FUNNEL = """
            query($period: DateRangeInput, $channelId: ID) {
              funnel(period: $period, channelId: $channelId) {
                rows { channel { name } stages { stage persons } transitions { from to conversionRate medianDays timedPersons } }
                total { channel { name } stages { stage persons } transitions { from to conversionRate medianDays timedPersons } }
              }
            }""";

    @BeforeEach
    void setUp() {
        data.reset();
        linkedIn = TestData.createChannel("LinkedIn", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        email = TestData.createChannel("Email", "EMAIL");
    }

    static Map<String, Object> touch(String person, String at, String channelId) {
        return new HashMap<>(Map.of("personKey", person, "occurredAt", at, "channelId", channelId, "mediaType", "OWNED"));
    }

    static Map<String, Object> conversion(String person, String type, String at) {
        return new HashMap<>(Map.of("personKey", person, "occurredAt", at, "type", type));
    }

    void recordScenario() {
        TestData.recordTouchpoints(List.of(
                touch("A", "2026-02-20T10:00:00Z", linkedIn),
                touch("A", "2026-03-02T10:00:00Z", facebook),
                touch("B", "2026-03-01T09:00:00Z", linkedIn),
                touch("F", "2026-03-05T00:00:00Z", linkedIn),
                touch("C", "2026-03-04T08:00:00Z", facebook),
                touch("C", "2026-03-04T08:00:00Z", linkedIn),
                touch("J", "2026-03-10T00:00:00Z", facebook),
                touch("G", "2026-02-26T00:00:00Z", email),
                touch("E", "2026-03-15T00:00:01Z", email),
                touch("H", "2026-03-05T00:00:00Z", facebook)));
        Map<String, Object> crmLead = conversion("I", "LEAD", "2026-03-12T00:00:00Z");
        crmLead.put("channelId", email);
        TestData.recordConversions(List.of(
                conversion("A", "LEAD", "2026-03-01T10:00:00Z"),
                conversion("A", "LEAD", "2026-03-05T10:00:00Z"),
                conversion("A", "MQL", "2026-03-03T10:00:00Z"),
                conversion("A", "SQL", "2026-03-08T10:00:00Z"),
                conversion("A", "OPPORTUNITY", "2026-03-10T22:00:00Z"),
                conversion("A", "SALE", "2026-03-20T10:00:00Z"),
                conversion("B", "LEAD", "2026-03-01T12:00:00Z"),
                conversion("B", "MQL", "2026-03-02T00:00:00Z"),
                conversion("B", "SQL", "2026-03-03T00:00:00Z"),
                conversion("F", "MQL", "2026-03-06T00:00:00Z"),
                conversion("F", "LEAD", "2026-03-07T00:00:00Z"),
                conversion("F", "SQL", "2026-03-09T06:00:00Z"),
                conversion("C", "LEAD", "2026-03-04T08:00:00Z"),
                conversion("C", "MQL", "2026-03-05T08:00:00Z"),
                conversion("J", "LEAD", "2026-03-10T12:00:00Z"),
                conversion("J", "SALE", "2026-03-31T23:30:00Z"),
                conversion("G", "LEAD", "2026-02-27T00:00:00Z"),
                conversion("G", "MQL", "2026-03-02T00:00:00Z"),
                conversion("G", "SALE", "2026-04-01T00:00:00Z"),
                crmLead,
                conversion("D", "LEAD", "2026-03-10T00:00:00Z"),
                conversion("D", "MQL", "2026-03-11T18:00:00Z"),
                conversion("E", "LEAD", "2026-03-15T00:00:00Z"),
                conversion("E", "MQL", "2026-03-15T23:31:12Z"),
                conversion("H", "SIGNUP", "2026-03-06T00:00:00Z")));
    }

    /** A row as one line: "persons | rate median timed | rate median timed | …", for readable assertions. */
    @SuppressWarnings("unchecked")
    static String line(Map<String, Object> row) {
        List<String> parts = new ArrayList<>();
        parts.add(((List<Map<String, Object>>) row.get("stages")).stream()
                .map(s -> String.valueOf(s.get("persons"))).reduce((a, b) -> a + " " + b).orElseThrow());
        for (Map<String, Object> t : (List<Map<String, Object>>) row.get("transitions")) {
            parts.add(t.get("conversionRate") + " " + t.get("medianDays") + " " + t.get("timedPersons"));
        }
        return String.join(" | ", parts);
    }

    static String channelName(Map<String, Object> row) {
        return row.get("channel") == null ? null : (String) ((Map<?, ?>) row.get("channel")).get("name");
    }

    @Test
    void personsRatesAndMediansPerFirstTouchChannel() {
        recordScenario();
        JsonPath result = GraphQL.ok(FUNNEL, "period", MARCH);
        List<Map<String, Object>> rows = result.getList("funnel.rows");
        assertEquals(Arrays.asList("Email", "Facebook", "LinkedIn", null),
                rows.stream().map(FunnelReportGraphQLTest::channelName).toList());
        assertEquals("1 1 0 0 0 | 100.00 null 0 | 0.00 null 0 | null null 0 | null null 0", line(rows.get(0)));
        assertEquals("2 1 0 0 1 | 50.00 1.00 1 | 0.00 null 0 | null null 0 | null null 0", line(rows.get(1)));
        assertEquals("3 3 3 1 1 | 100.00 1.25 2 | 100.00 3.25 3 | 33.33 2.50 1 | 100.00 9.50 1", line(rows.get(2)));
        assertEquals("2 2 0 0 0 | 100.00 1.37 2 | 0.00 null 0 | null null 0 | null null 0", line(rows.get(3)));
        Map<String, Object> total = result.getMap("funnel.total");
        assertNull(total.get("channel"));
        assertEquals("8 7 3 1 2 | 87.50 1.00 5 | 42.86 3.25 3 | 33.33 2.50 1 | 200.00 9.50 1", line(total));

        assertEquals(List.of("LEAD", "MQL", "SQL", "OPPORTUNITY", "SALE"), result.getList("funnel.total.stages.stage"));
        assertEquals(List.of("LEAD", "MQL", "SQL", "OPPORTUNITY"), result.getList("funnel.total.transitions.from"));
        assertEquals(List.of("MQL", "SQL", "OPPORTUNITY", "SALE"), result.getList("funnel.total.transitions.to"));
    }

    @Test
    void withoutPeriodEveryConversionCounts() {
        recordScenario();
        // All time: G's LEAD of 02-27 and SALE of 04-01 count too. G's first conversion is then the LEAD of
        // 02-27, still first-touched by Email (02-26): Email has LEAD {I, G}, MQL {G}, SALE {G}; G's L→M is
        // 02-27 → 03-02 = 3.00 days, and 9 persons reach LEAD, 3 reach SALE in the total.
        JsonPath result = GraphQL.ok(FUNNEL);
        List<Map<String, Object>> rows = result.getList("funnel.rows");
        assertEquals("Email", channelName(rows.get(0)));
        assertEquals("2 1 0 0 1 | 50.00 3.00 1 | 0.00 null 0 | null null 0 | null null 0", line(rows.get(0)));
        // total L→M of {0.5, 0.98, 1.0, 1.75, 2.0, 3.0} = (1.0 + 1.75) / 2 = 1.375 → 1.38; O→S 3/1 = 300.00
        assertEquals("9 7 3 1 3 | 77.78 1.38 6 | 42.86 3.25 3 | 33.33 2.50 1 | 300.00 9.50 1",
                line(result.getMap("funnel.total")));
    }

    @Test
    void channelIdKeepsOnlyThatFirstTouchChannel() {
        recordScenario();
        JsonPath result = GraphQL.ok(FUNNEL, "period", MARCH, "channelId", facebook);
        List<Map<String, Object>> rows = result.getList("funnel.rows");
        assertEquals(1, rows.size());
        assertEquals("Facebook", channelName(rows.get(0)));
        assertEquals("2 1 0 0 1 | 50.00 1.00 1 | 0.00 null 0 | null null 0 | null null 0", line(rows.get(0)));
        assertEquals(line(rows.get(0)), line(result.getMap("funnel.total")));
    }

    @Test
    void anEmptyFunnelHasZerosAndNullRatesNotErrors() {
        JsonPath result = GraphQL.ok(FUNNEL, "period", MARCH);
        assertEquals(Arrays.asList("Email", "Facebook", "LinkedIn", null),
                result.getList("funnel.rows").stream().map(r -> channelName((Map<String, Object>) r)).toList());
        assertEquals("0 0 0 0 0 | null null 0 | null null 0 | null null 0 | null null 0",
                line(result.getMap("funnel.total")));
        JsonPath one = GraphQL.ok(FUNNEL, "period", MARCH, "channelId", email);
        assertEquals("0 0 0 0 0 | null null 0 | null null 0 | null null 0 | null null 0",
                line(one.getMap("funnel.rows[0]")));
    }

    @Test
    void badArgumentsAreTopLevelErrors() {
        JsonPath notAChannel = GraphQL.post(FUNNEL, "channelId", "nonsense");
        assertEquals("BAD_ARGUMENT", notAChannel.getString("errors[0].extensions.code"), notAChannel.prettify());
        assertTrue(notAChannel.getString("errors[0].message").contains("channelId"), notAChannel.prettify());
        JsonPath backwards = GraphQL.post(FUNNEL, "period", Map.of("from", "2026-03-31", "to", "2026-03-01"));
        assertEquals("BAD_ARGUMENT", backwards.getString("errors[0].extensions.code"), backwards.prettify());
    }
}
