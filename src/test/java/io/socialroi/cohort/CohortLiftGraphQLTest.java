package io.socialroi.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Customers recorded through recordCustomers and the social cohort lift over them, through GraphQL over HTTP.
 * Every expected value is worked out by hand in the comments (Wilson/Newcombe and Welch arithmetic spelled out;
 * the t quantiles are table values).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CohortLiftGraphQLTest {

    static final String RECORD = """
            mutation($input: [CustomerInput!]!) {
              recordCustomers(input: $input) { accepted replaced userErrors { code field message } }
            }""";
    static final String COHORT = """
            customers retention { eligible retained rate undefinedReason } upsold upsellRate
            upsellRevenue { amount currencyCode } meanUpsellRevenue { amount } withContractValue
            meanContractValue { amount } withFirstLead medianDaysToClose undefined { field reason }""";
    static final String LIFT = "query($period: DateRangeInput, $horizon: Int, $asOf: Date) {"
            + " socialCohortLift(period: $period, horizonDays: $horizon, asOf: $asOf) { asOf horizonDays engagedRule"
            + " currencyCode engaged { " + COHORT + " } notEngaged { " + COHORT + " }"
            + " lifts { metric engaged notEngaged difference lowerBound upperBound method engagedSample notEngagedSample"
            + " insufficientReason }"
            + " incrementalValue { perEngagedCustomer { amount } total { amount } lowerBound { amount }"
            + " upperBound { amount } insufficientReason } } }";
    static final String BECAME = "2025-06-01";
    static final String LATE = "2026-10-01"; // horizon (365 days) not over by asOf 2026-12-31
    static final String AS_OF = "2026-12-31";

    @Inject
    TestData data;

    String social;
    String search;

    @BeforeEach
    void setUp() {
        data.reset();
        social = TestData.createChannel("Instagram", "SOCIAL");
        search = TestData.createChannel("Google", "SEARCH");
    }

    static Map<String, Object> customer(String person, String became) {
        return new HashMap<>(Map.of("personKey", person, "becameCustomerOn", became));
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currencyCode", currency);
    }

    JsonPath record(List<Map<String, Object>> customers) {
        return GraphQL.ok(RECORD, "input", customers);
    }

    JsonPath lift(Object... extra) {
        List<Object> vars = new ArrayList<>(List.of("asOf", AS_OF));
        vars.addAll(List.of(extra));
        return GraphQL.ok(LIFT, vars.toArray()).setRootPath("data.socialCohortLift");
    }

    static Map<String, Object> touch(String person, String at, String channel, String media) {
        Map<String, Object> t = TestData.touch(person, at, channel, null);
        t.put("mediaType", media);
        return t;
    }

    /**
     * Two cohorts of 40.
     * <ul>
     * <li>Engaged e00..e39: even ones by an EARNED touchpoint on Instagram (SOCIAL) at 23:59:59Z of the day they
     * became customers (the last instant that counts), odd ones by socialEngagedOn = becameCustomerOn.</li>
     * <li>Not engaged n00..n39: n % 3 = 0 with a SOCIAL touchpoint at 00:00:00Z the day after (too late); n % 3 = 1
     * with a SEARCH touchpoint before; n % 3 = 2 with socialEngagedOn the day after becoming a customer.</li>
     * <li>Both: i < 36 became on 2025-06-01 (horizon over on 2026-06-01 ≤ asOf: eligible), 36..39 on 2026-10-01
     * (not eligible). Days to close 10 + i % 5 (engaged) and 20 + i % 5 (not engaged).</li>
     * <li>Engaged: e00..e08 churned 2025-12-01 (before the horizon), e09 churned 2026-06-01 (on it: retained);
     * upsell 100 EUR for i < 20; contract for i < 36, 1000 (even) or 1200 (odd); e00's as 1250 USD, at 0.80 in
     * force on 2025-06-01 = 1000 EUR (0.90 from 2025-06-02 on must not be used).</li>
     * <li>Not engaged: n00..n17 churned 2026-01-15; upsell 100 EUR for i < 10; contract for i < 36, 800 or 1000.</li>
     * </ul>
     */
    void twoCohortsOfForty() {
        TestData.setRate("USD", "EUR", "0.80", "2025-01-01");
        TestData.setRate("USD", "EUR", "0.90", "2025-06-02");
        List<Map<String, Object>> customers = new ArrayList<>();
        List<Map<String, Object>> touches = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String became = i < 36 ? BECAME : LATE;
            LocalDate day = LocalDate.parse(became);
            Map<String, Object> e = customer(String.format("e%02d", i), became);
            e.put("firstLeadOn", day.minusDays(10 + i % 5).toString());
            if (i <= 8) {
                e.put("churnedOn", "2025-12-01");
            } else if (i == 9) {
                e.put("churnedOn", "2026-06-01");
            }
            if (i < 20) {
                e.put("upsellRevenue", money("100", "EUR"));
            }
            if (i < 36) {
                e.put("contractValue", i == 0 ? money("1250", "USD") : money(i % 2 == 0 ? "1000" : "1200", "EUR"));
            }
            if (i % 2 == 0) {
                touches.add(touch(String.format("e%02d", i), became + "T23:59:59Z", social, "EARNED"));
            } else {
                e.put("socialEngagedOn", became);
            }
            customers.add(e);

            String key = String.format("n%02d", i);
            Map<String, Object> n = customer(key, became);
            n.put("firstLeadOn", day.minusDays(20 + i % 5).toString());
            if (i <= 17) {
                n.put("churnedOn", "2026-01-15");
            }
            if (i < 10) {
                n.put("upsellRevenue", money("100", "EUR"));
            }
            if (i < 36) {
                n.put("contractValue", money(i % 2 == 0 ? "800" : "1000", "EUR"));
            }
            switch (i % 3) {
                case 0 -> touches.add(touch(key, day.plusDays(1) + "T00:00:00Z", social, "PAID"));
                case 1 -> touches.add(touch(key, became + "T08:00:00Z", search, "PAID"));
                default -> n.put("socialEngagedOn", day.plusDays(1).toString());
            }
            customers.add(n);
        }
        assertEquals(Map.of("accepted", 80, "replaced", 0, "userErrors", List.of()),
                record(customers).getMap("recordCustomers"));
        assertEquals(List.of(), TestData.recordTouchpoints(touches).get("userErrors"));
    }

    @Test
    void twoCohortsOfFortyWithEveryFigureByHand() {
        twoCohortsOfForty();
        assertEquals(80, GraphQL.ok("{ customerCount }").getInt("customerCount"));
        JsonPath r = lift();
        assertEquals(AS_OF, r.getString("asOf"));
        assertEquals(365, r.getInt("horizonDays"));
        assertEquals("EUR", r.getString("currencyCode"));
        assertEquals(CohortLiftService.ENGAGED_RULE, r.getString("engagedRule"));

        // Engaged: 40 customers; eligible 36 (i < 36), retained 36 − 9 churned early = 27 → 27 × 100 / 36 = 75.00 %;
        // upsold 20 → 50.00 %, upsell 20 × 100 = 2000.00, mean 2000 / 40 = 50.00; contract over 36:
        // 18 × 1000 + 18 × 1200 = 39,600 / 36 = 1100.00 (e00's 1250 USD × 0.80 = 1000); days 10..14, eight of each:
        // the 20th and 21st of 40 sorted are both 12 → 12.00
        assertEquals(Map.ofEntries(Map.entry("customers", 40),
                Map.entry("retention", nullable("eligible", 36, "retained", 27, "rate", "75.00", "undefinedReason", null)),
                Map.entry("upsold", 20), Map.entry("upsellRate", "50.00"),
                Map.entry("upsellRevenue", Map.of("amount", "2000.00", "currencyCode", "EUR")),
                Map.entry("meanUpsellRevenue", Map.of("amount", "50.00")), Map.entry("withContractValue", 36),
                Map.entry("meanContractValue", Map.of("amount", "1100.00")), Map.entry("withFirstLead", 40),
                Map.entry("medianDaysToClose", "12.00"), Map.entry("undefined", List.of())), r.getMap("engaged"));
        // Not engaged: eligible 36, retained 36 − 18 = 18 → 50.00 %; upsold 10 → 25.00 %, 1000.00, mean 25.00;
        // contract (18 × 800 + 18 × 1000) / 36 = 900.00; days 20..24 → median 22.00
        assertEquals(Map.ofEntries(Map.entry("customers", 40),
                Map.entry("retention", nullable("eligible", 36, "retained", 18, "rate", "50.00", "undefinedReason", null)),
                Map.entry("upsold", 10), Map.entry("upsellRate", "25.00"),
                Map.entry("upsellRevenue", Map.of("amount", "1000.00", "currencyCode", "EUR")),
                Map.entry("meanUpsellRevenue", Map.of("amount", "25.00")), Map.entry("withContractValue", 36),
                Map.entry("meanContractValue", Map.of("amount", "900.00")), Map.entry("withFirstLead", 40),
                Map.entry("medianDaysToClose", "22.00"), Map.entry("undefined", List.of())), r.getMap("notEngaged"));

        // RETENTION_RATE, 27/36 vs 18/36, Newcombe: Wilson(27, 36) = 0.589295 to 0.862495, Wilson(18, 36) = 0.344743
        // to 0.655257 (z = 1.959964; centre (p + z²/72)/(1 + z²/36), half z/(1 + z²/36) √(p(1−p)/36 + z²/5184));
        // d = 0.25; lower 0.25 − √((0.75 − 0.589295)² + (0.655257 − 0.5)²) = 0.25 − 0.223452 = 0.026548 → 2.65;
        // upper 0.25 + √((0.862495 − 0.75)² + (0.5 − 0.344743)²) = 0.25 + 0.191729 = 0.441729 → 44.17
        assertLift(r, 0, "RETENTION_RATE", "75.00", "50.00", "25.00", "2.65", "44.17", 36, 36);
        // UPSELL_RATE, 20/40 vs 10/40: Wilson(20, 40) = 0.351995 to 0.648005, Wilson(10, 40) = 0.141871 to 0.401940;
        // lower 0.25 − √(0.148005² + 0.151940²) = 0.25 − 0.212111 = 0.037889 → 3.79;
        // upper 0.25 + √(0.148005² + 0.108129²) = 0.25 + 0.183296 = 0.433296 → 43.33
        assertLift(r, 1, "UPSELL_RATE", "50.00", "25.00", "25.00", "3.79", "43.33", 40, 40);
        // MEAN_UPSELL_REVENUE: 20 × 100 and 20 × 0: variance 40 × 50² / 39 = 2564.1026; 10 × 100 and 30 × 0:
        // (10 × 75² + 30 × 25²) / 39 = 75,000 / 39 = 1923.0769; v/n 64.1026 and 48.0769, se = √112.1795 = 10.591482;
        // df = 112.1795² / (64.1026²/39 + 48.0769²/39) = 12584.25 / 164.6285 = 76.44, t(0.975, 76.44) = 1.991487;
        // 25 ± 21.092801 → 3.91 to 46.09
        assertLift(r, 2, "MEAN_UPSELL_REVENUE", "50.00", "25.00", "25.00", "3.91", "46.09", 40, 40);
        // MEAN_CONTRACT_VALUE: 36 each, ±100 around the mean: variance 36 × 100² / 35 = 10285.714 on both sides;
        // se = √(2 × 10285.714 / 36) = √571.4286 = 23.904572; equal sizes and variances: df = 2 × 35 = 70,
        // t(0.975, 70) = 1.994437; 200 ± 47.676166 → 152.32 to 247.68
        assertLift(r, 3, "MEAN_CONTRACT_VALUE", "1100.00", "900.00", "200.00", "152.32", "247.68", 36, 36);
        // MEDIAN_DAYS_TO_CLOSE: 12 − 22 = −10; the bootstrap interval is the one of the pure class on the same samples
        double[] engagedDays = new double[40];
        double[] otherDays = new double[40];
        for (int i = 0; i < 40; i++) {
            engagedDays[i] = 10 + i % 5;
            otherDays[i] = 20 + i % 5;
        }
        CohortStatistics.Interval days = CohortStatistics.bootstrapMedianDifference(sorted(engagedDays), sorted(otherDays));
        assertLift(r, 4, "MEDIAN_DAYS_TO_CLOSE", "12.00", "22.00", "-10.00",
                CohortStatistics.round2(days.lower()).toPlainString(), CohortStatistics.round2(days.upper()).toPlainString(),
                40, 40);
        // resampled medians of 10..14 and 20..24 differ by −14 to −6
        assertTrue(days.lower() >= -14 && days.upper() <= -6 && days.lower() <= -10 && days.upper() >= -10, days.toString());
        assertTrue(r.getString("lifts[0].method").startsWith("Newcombe"));
        assertTrue(r.getString("lifts[2].method").startsWith("Welch"));
        assertTrue(r.getString("lifts[4].method").startsWith("Bootstrap"));

        // Incremental value: per customer contract (or 0) + upsell (or 0): engaged (39,600 + 2000) / 40 = 1040,
        // not engaged (32,400 + 1000) / 40 = 835; 205.00 per engaged customer × 40 = 8200.00.
        // Welch on the per-customer values: variances 134,769.23 and 90,538.46 (n 40 each), se = 75.051265,
        // df = 75.11, t = 1.992056, 205 ± 149.506342 = 55.493658 to 354.506342; × 40 = 2219.75 to 14180.25
        assertEquals(nullable("perEngagedCustomer", Map.of("amount", "205.00"), "total", Map.of("amount", "8200.00"),
                "lowerBound", Map.of("amount", "2219.75"), "upperBound", Map.of("amount", "14180.25"),
                "insufficientReason", null), r.getMap("incrementalValue"));
    }

    @Test
    void aPeriodAndAShorterHorizonChooseWhoCounts() {
        twoCohortsOfForty();
        // only customers of October 2026: 4 per cohort (i = 36..39), none churned, none eligible by asOf at 365 days;
        // with a 30-day horizon all 4 are (2026-10-31 ≤ 2026-12-31) and retained → 100.00 % on both sides
        JsonPath r = lift("period", Map.of("from", "2026-10-01", "to", "2026-10-31"), "horizon", 30);
        assertEquals(4, r.getInt("engaged.customers"));
        assertEquals(4, r.getInt("notEngaged.customers"));
        assertEquals(nullable("eligible", 4, "retained", 4, "rate", "100.00", "undefinedReason", null),
                r.getMap("engaged.retention"));
        assertEquals("0.00", r.getString("lifts[0].difference"));
        assertNull(r.get("lifts[0].lowerBound"));
        assertEquals("engaged has 4 eligible customers (horizon over by asOf) and notEngaged has 4 eligible customers"
                + " (horizon over by asOf); at least 30 per cohort are needed for an interval.",
                r.getString("lifts[0].insufficientReason"));
        // at 365 days nobody of October is eligible: the rate is null with its reason
        JsonPath year = lift("period", Map.of("from", "2026-10-01", "to", "2026-10-31"));
        assertEquals(0, year.getInt("engaged.retention.eligible"));
        assertNull(year.get("engaged.retention.rate"));
        assertEquals("No customer's 365-day horizon is over by asOf: retention cannot be observed yet.",
                year.getString("engaged.retention.undefinedReason"));
        // (and i = 36..39 have no contract value)
        assertEquals(List.of(Map.of("field", "retention.rate",
                "reason", "No customer's 365-day horizon is over by asOf: retention cannot be observed yet."),
                Map.of("field", "meanContractValue", "reason", "No customer of the cohort has a contract value.")),
                year.getList("engaged.undefined"));
        assertNull(year.get("lifts[0].difference"));
        // asOf before October leaves those customers out altogether
        assertEquals(0, lift("period", Map.of("from", "2026-10-01", "to", "2026-10-31"), "asOf", "2026-09-30")
                .getInt("engaged.customers"));
    }

    @Test
    void smallCohortsShowDifferencesButNoIntervals() {
        // 12 engaged (socialEngagedOn), 6 of them upsold 50 EUR; 5 not engaged, 1 upsold 50 EUR; no contracts,
        // no first-lead dates
        List<Map<String, Object>> customers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> c = customer("e" + i, BECAME);
            c.put("socialEngagedOn", "2025-01-01");
            if (i < 6) {
                c.put("upsellRevenue", money("50", "EUR"));
            }
            customers.add(c);
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> c = customer("n" + i, BECAME);
            if (i < 1) {
                c.put("upsellRevenue", money("50", "EUR"));
            }
            customers.add(c);
        }
        record(customers);
        JsonPath r = lift();
        // UPSELL_RATE: 6/12 = 50.00 %, 1/5 = 20.00 %, difference 30.00 points, but no bounds
        assertLift(r, 1, "UPSELL_RATE", "50.00", "20.00", "30.00", null, null, 12, 5);
        assertEquals("engaged has 12 customers and notEngaged has 5 customers; at least 30 per cohort are needed for"
                + " an interval.", r.getString("lifts[1].insufficientReason"));
        // MEAN_CONTRACT_VALUE: nobody has one: both null, difference null, the reason names the samples
        assertLift(r, 3, "MEAN_CONTRACT_VALUE", null, null, null, null, null, 0, 0);
        assertEquals("engaged has 0 customers with a contract value and notEngaged has 0 customers with a contract"
                + " value; at least 30 per cohort are needed for an interval.", r.getString("lifts[3].insufficientReason"));
        assertNull(r.get("engaged.meanContractValue"));
        assertNull(r.get("engaged.medianDaysToClose"));
        assertEquals(List.of("meanContractValue", "medianDaysToClose"), r.getList("engaged.undefined.field"));
        // incremental: 6 × 50 / 12 = 25.00 against 50 / 5 = 10.00: 15.00 per customer × 12 = 180.00, no bounds
        assertEquals(nullable("perEngagedCustomer", Map.of("amount", "15.00"), "total", Map.of("amount", "180.00"),
                "lowerBound", null, "upperBound", null, "insufficientReason",
                "engaged has 12 customers and notEngaged has 5 customers; at least 30 per cohort are needed for an"
                        + " interval."), r.getMap("incrementalValue"));
    }

    @Test
    void anEmptyCohortHasNullFiguresWithReasons() {
        // 3 customers, none engaged (a SOCIAL touchpoint after the day does not count)
        record(List.of(customer("a", BECAME), customer("b", BECAME), customer("c", BECAME)));
        TestData.recordTouchpoints(List.of(touch("a", "2025-06-02T00:00:00Z", social, "OWNED")));
        JsonPath r = lift();
        assertEquals(0, r.getInt("engaged.customers"));
        assertEquals(3, r.getInt("notEngaged.customers"));
        assertNull(r.get("engaged.upsellRate"));
        assertNull(r.get("engaged.meanUpsellRevenue"));
        assertEquals(Map.of("amount", "0.00", "currencyCode", "EUR"), r.getMap("engaged.upsellRevenue"));
        assertEquals(List.of("retention.rate", "upsellRate", "meanUpsellRevenue", "meanContractValue",
                "medianDaysToClose"), r.getList("engaged.undefined.field"));
        assertEquals("The cohort has no customers.", r.getString("engaged.undefined[1].reason"));
        // not engaged: upsell rate 0/3 = 0.00 %, mean 0.00
        assertEquals("0.00", r.getString("notEngaged.upsellRate"));
        assertLift(r, 1, "UPSELL_RATE", null, "0.00", null, null, null, 0, 3);
        assertEquals(nullable("perEngagedCustomer", null, "total", null, "lowerBound", null, "upperBound", null,
                "insufficientReason", "engaged has 0 customers and notEngaged has 3 customers; at least 30 per cohort"
                        + " are needed for an interval."), r.getMap("incrementalValue"));
        // no customer at all: still a report, every rate null
        data.reset();
        JsonPath none = lift();
        assertEquals(0, none.getInt("notEngaged.customers"));
        assertEquals(5, none.getList("lifts").size());
        assertNull(none.get("lifts[0].difference"));
    }

    @Test
    void reSendingAPersonKeyReplacesIt() {
        record(List.of(customer("a", BECAME)));
        Map<String, Object> again = customer("a", "2025-07-01");
        again.put("contractValue", money("500", "EUR"));
        assertEquals(Map.of("accepted", 1, "replaced", 1, "userErrors", List.of()),
                record(List.of(again, customer("b", BECAME))).getMap("recordCustomers"));
        assertEquals(2, GraphQL.ok("{ customerCount }").getInt("customerCount"));
        assertEquals("2025-07-01:500:EUR:tester@social-roi.test", data.scalar("select became_customer_on || ':' || contract_amount"
                + " || ':' || contract_currency || ':' || created_by from customer where person_key = 'a'"));
    }

    @Test
    void customersArePagedWithTheirEngagedFlag() {
        Map<String, Object> a = customer("a", BECAME);
        a.put("contractValue", money("1250.50", "USD"));
        a.put("socialEngagedOn", "2025-05-01"); // before becoming a customer: engaged
        Map<String, Object> b = customer("b", BECAME);
        b.put("churnedOn", "2025-07-01");
        Map<String, Object> c = customer("c", BECAME); // a SOCIAL touchpoint on the day: engaged
        record(List.of(a, b, c));
        TestData.recordTouchpoints(List.of(touch("c", BECAME + "T12:00:00Z", social, "OWNED"),
                touch("b", BECAME + "T12:00:00Z", search, "PAID")));
        String page = "query($after: String) { customers(first: 2, after: $after) { totalCount"
                + " nodes { personKey becameCustomerOn contractValue { amount currencyCode } upsellRevenue { amount }"
                + " churnedOn firstLeadOn socialEngagedOn socialEngaged } pageInfo { hasNextPage endCursor } } }";
        JsonPath first = GraphQL.ok(page).setRootPath("data.customers");
        assertEquals(3, first.getInt("totalCount"));
        assertEquals(nullable("personKey", "a", "becameCustomerOn", BECAME,
                "contractValue", Map.of("amount", "1250.50", "currencyCode", "USD"), "upsellRevenue", null,
                "churnedOn", null, "firstLeadOn", null, "socialEngagedOn", "2025-05-01", "socialEngaged", true),
                first.getMap("nodes[0]"));
        assertEquals("2025-07-01", first.getString("nodes[1].churnedOn"));
        assertEquals(false, first.getBoolean("nodes[1].socialEngaged"));
        assertTrue(first.getBoolean("pageInfo.hasNextPage"));
        JsonPath second = GraphQL.ok(page, "after", first.getString("pageInfo.endCursor")).setRootPath("data.customers");
        assertEquals(List.of("c"), second.getList("nodes.personKey"));
        assertEquals(List.of(true), second.getList("nodes.socialEngaged"));
        assertEquals(false, second.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void badInputIsAUserErrorAndChangesNothing() {
        record(List.of(customer("kept", BECAME)));
        long before = data.count("customer");
        Map<String, Object> negative = customer("x1", BECAME);
        negative.put("contractValue", money("-5", "EUR"));
        Map<String, Object> churnBefore = customer("x2", BECAME);
        churnBefore.put("churnedOn", "2025-05-31");
        Map<String, Object> unknownCurrency = customer("x3", BECAME);
        unknownCurrency.put("upsellRevenue", money("10", "XYZ"));
        Map<String, Object> leadAfter = customer("x4", BECAME);
        leadAfter.put("firstLeadOn", "2025-06-02");
        Map<String, Object> badDate = customer("x5", "2025-02-30");
        JsonPath r = record(List.of(negative, churnBefore, unknownCurrency, leadAfter, customer("x1", BECAME), badDate,
                customer(" ", BECAME), customer("k".repeat(201), BECAME)));
        assertEquals(0, r.getInt("recordCustomers.accepted"));
        List<Map<String, Object>> errors = r.getList("recordCustomers.userErrors");
        assertEquals(List.of(
                List.of("NEGATIVE_AMOUNT", List.of("input", "0", "contractValue", "amount")),
                List.of("END_BEFORE_START", List.of("input", "1", "churnedOn")),
                List.of("INVALID_CURRENCY", List.of("input", "2", "upsellRevenue", "currencyCode")),
                List.of("END_BEFORE_START", List.of("input", "3", "firstLeadOn")),
                List.of("DUPLICATE", List.of("input", "4", "personKey")),
                List.of("INVALID_DATE", List.of("input", "5", "becameCustomerOn")),
                List.of("REQUIRED", List.of("input", "6", "personKey")),
                List.of("TOO_LONG", List.of("input", "7", "personKey"))),
                errors.stream().map(e -> List.of(e.get("code"), e.get("field"))).toList());
        assertEquals(before, data.count("customer"));
    }

    @Test
    void aBatchOverTheLimitIsRefused() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            many.add(customer("p" + i, BECAME));
        }
        JsonPath r = record(many);
        assertEquals("BATCH_TOO_LARGE", r.getString("recordCustomers.userErrors[0].code"));
        assertEquals(0, data.count("customer"));
    }

    @Test
    void aMissingRateNamesThePairAndTheDay() {
        Map<String, Object> c = customer("a", BECAME);
        c.put("contractValue", money("100", "GBP"));
        record(List.of(c));
        JsonPath r = GraphQL.post(LIFT, "asOf", AS_OF);
        assertEquals("MISSING_EXCHANGE_RATE", r.getString("errors[0].extensions.code"));
        assertTrue(r.getString("errors[0].message").contains("GBP/EUR in force on 2025-06-01"), r.getString("errors[0].message"));
    }

    @Test
    void badReportArgumentsAreTopLevelErrors() {
        for (Object[] vars : new Object[][] { {"horizon", 0}, {"asOf", "2026-13-01"},
                {"period", Map.of("from", "2026-02-01", "to", "2026-01-01")} }) {
            JsonPath r = GraphQL.post(LIFT, vars);
            assertEquals("BAD_ARGUMENT", r.getString("errors[0].extensions.code"), r.prettify());
        }
        assertTrue(GraphQL.post(LIFT, "horizon", 0).getString("errors[0].message").contains("horizonDays"));
    }

    static void assertLift(JsonPath r, int index, String metric, String engaged, String notEngaged, String difference,
            String lower, String upper, int engagedSample, int notEngagedSample) {
        String at = "lifts[" + index + "].";
        assertEquals(metric, r.getString(at + "metric"));
        assertEquals(engaged, r.getString(at + "engaged"), metric);
        assertEquals(notEngaged, r.getString(at + "notEngaged"), metric);
        assertEquals(difference, r.getString(at + "difference"), metric);
        assertEquals(lower, r.getString(at + "lowerBound"), metric);
        assertEquals(upper, r.getString(at + "upperBound"), metric);
        assertEquals(engagedSample, r.getInt(at + "engagedSample"), metric);
        assertEquals(notEngagedSample, r.getInt(at + "notEngagedSample"), metric);
        if (lower != null) {
            assertNull(r.get(at + "insufficientReason"), metric);
        }
    }

    /** A map that may hold nulls (Map.of may not). */
    static Map<String, Object> nullable(Object... entries) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }
}
