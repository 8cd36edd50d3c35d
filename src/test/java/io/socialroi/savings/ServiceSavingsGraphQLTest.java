package io.socialroi.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * Service savings: deflected contacts × cost per contact, pro rata by days when a recorded period only partly lies in
 * the report's period, converted at the rate of the period's last day. Expected values worked out by hand.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ServiceSavingsGraphQLTest {

    static final String RECORD = """
            mutation($i: [ServiceSavingsInput!]!) {
              recordServiceSavings(input: $i) { accepted replaced userErrors { code field message } }
            }""";
    static final String WORKSPACE = """
            query($p: DateRangeInput) { serviceSavings(period: $p) {
              contactsDeflected savings { amount currencyCode } averageCostPerContact { amount } undefinedReason
              byChannel { channel { name } contactsDeflected savings { amount } } } }""";

    @Inject
    TestData data;

    String instagram;
    String facebook;
    String a;

    @BeforeEach
    void setUp() {
        data.reset();
        instagram = TestData.createChannel("Instagram", "SOCIAL");
        facebook = TestData.createChannel("Facebook", "SOCIAL");
        a = TestData.createCampaign("A", null, "2026-01-01", instagram);
        TestData.setRate("USD", "EUR", "0.90", "2026-01-01");
        TestData.setRate("USD", "EUR", "0.80", "2026-03-01");
        JsonPath r = record(List.of(
                // 62 × 5.00 EUR = 310.00 EUR
                item(instagram, a, "2026-01-01", "2026-01-31", 62, "5.00", "EUR"),
                // 28 × 10.00 USD = 280 USD, at the rate of 2026-02-28 (0.90): 252.00 EUR
                item(instagram, null, "2026-02-01", "2026-02-28", 28, "10.00", "USD"),
                // 10 × 12.00 USD = 120 USD, at the rate of 2026-03-31 (0.80): 96.00 EUR
                item(facebook, null, "2026-03-01", "2026-03-31", 10, "12.00", "USD")));
        assertEquals(3, r.getInt("recordServiceSavings.accepted"));
    }

    static Map<String, Object> item(String channel, String campaign, String from, String to, long contacts,
            String cost, String currency) {
        Map<String, Object> item = new HashMap<>(Map.of("channelId", channel, "from", from, "to", to,
                "contactsDeflected", contacts, "costPerContact", Map.of("amount", cost, "currencyCode", currency)));
        if (campaign != null) {
            item.put("campaignId", campaign);
        }
        return item;
    }

    static JsonPath record(List<Map<String, Object>> items) {
        return GraphQL.ok(RECORD, "i", items);
    }

    static JsonPath workspace(String from, String to) {
        return GraphQL.ok(WORKSPACE, "p", from == null ? null : Map.of("from", from, "to", to))
                .setRootPath("data.serviceSavings");
    }

    @Test
    void savingsAreContactsTimesCostPerContactAtTheRateOfThePeriodsLastDay() {
        JsonPath all = workspace(null, null);
        // 310.00 + 252.00 + 96.00 = 658.00 for 62 + 28 + 10 = 100 contacts: 6.58 a contact
        assertEquals("100.00", all.getString("contactsDeflected"));
        assertEquals(Map.of("amount", "658.00", "currencyCode", "EUR"), all.getMap("savings"));
        assertEquals("6.58", all.getString("averageCostPerContact.amount"));
        assertNull(all.get("undefinedReason"));
        assertEquals(List.of("Facebook", "Instagram"), all.getList("byChannel.channel.name"));
        assertEquals(List.of("10.00", "90.00"), all.getList("byChannel.contactsDeflected"));
        assertEquals(List.of("96.00", "562.00"), all.getList("byChannel.savings.amount"));
    }

    @Test
    void aPartlyCoveredPeriodCountsProRataByDays() {
        // Jan 22–31 is 10 of January's 31 days: 62 × 10/31 = 20 contacts, 310.00 × 10/31 = 100.00;
        // Feb 1–7 is 7 of February's 28 days: 28 × 7/28 = 7 contacts, 252.00 × 7/28 = 63.00.
        // 27 contacts, 163.00; 163 / 27 = 6.037… → 6.04
        JsonPath p = workspace("2026-01-22", "2026-02-07");
        assertEquals("27.00", p.getString("contactsDeflected"));
        assertEquals("163.00", p.getString("savings.amount"));
        assertEquals("6.04", p.getString("averageCostPerContact.amount"));
        // the last day of January alone: 62/31 = 2 contacts, 310/31 = 10.00
        JsonPath lastDay = workspace("2026-01-31", "2026-01-31");
        assertEquals("2.00", lastDay.getString("contactsDeflected"));
        assertEquals("10.00", lastDay.getString("savings.amount"));
        // three of March's 31 days: 10 × 3/31 = 0.9677… → 0.97 contacts, 96.00 × 3/31 = 9.2903… → 9.29
        JsonPath march = workspace("2026-02-28", "2026-03-03");
        // plus Feb 28: 28/28 = 1 contact and 252/28 = 9.00 → 1.97 contacts (0.9677 + 1 = 1.9677), 18.29 (9.2903 + 9)
        assertEquals("1.97", march.getString("contactsDeflected"));
        assertEquals("18.29", march.getString("savings.amount"));
    }

    @Test
    void anEmptyPeriodHasZeroSavingsAndNoAverage() {
        JsonPath april = workspace("2026-04-01", "2026-04-30");
        assertEquals("0.00", april.getString("contactsDeflected"));
        assertEquals("0.00", april.getString("savings.amount"));
        assertNull(april.get("averageCostPerContact"));
        assertEquals(ServiceSavingsReports.NO_CONTACTS, april.getString("undefinedReason"));
        assertEquals(List.of(), april.getList("byChannel"));
    }

    @Test
    void campaignsAndChannelsSeeTheirOwnRecords() {
        JsonPath r = GraphQL.ok("""
                { campaigns(first: 5) { nodes { name serviceSavings { savings { amount } contactsDeflected
                    byChannel { channel { name } } } } }
                  channels { name serviceSavings(period: {from: "2026-02-01", to: "2026-03-31"}) { savings { amount } } } }""");
        // A: only the January record credited to it
        assertEquals("310.00", r.getString("campaigns.nodes[0].serviceSavings.savings.amount"));
        assertEquals("62.00", r.getString("campaigns.nodes[0].serviceSavings.contactsDeflected"));
        assertEquals(List.of("Instagram"), r.getList("campaigns.nodes[0].serviceSavings.byChannel.channel.name"));
        // channels by name: Facebook 96.00 (March); Instagram in Feb–Mar: the February record only, 252.00
        assertEquals(List.of("Facebook", "Instagram"), r.getList("channels.name"));
        assertEquals(List.of("96.00", "252.00"), r.getList("channels.serviceSavings.savings.amount"));
    }

    @Test
    void sendingAPeriodAgainReplacesIt() {
        JsonPath again = record(List.of(item(instagram, a, "2026-01-01", "2026-01-31", 31, "5.00", "EUR")));
        assertEquals(0, again.getInt("recordServiceSavings.accepted"));
        assertEquals(1, again.getInt("recordServiceSavings.replaced"));
        // 31 × 5.00 = 155.00 replaces 310.00: 155 + 252 + 96 = 503.00
        assertEquals("503.00", workspace(null, null).getString("savings.amount"));
        assertEquals(3, data.count("service_saving"));
    }

    @Test
    void aMissingRateIsAnErrorNamingThePairAndDay() {
        record(List.of(item(facebook, null, "2026-04-01", "2026-04-30", 5, "3.00", "GBP")));
        JsonPath r = GraphQL.post(WORKSPACE, "p", null);
        assertEquals("MISSING_EXCHANGE_RATE", r.getString("errors[0].extensions.code"));
        assertTrue(r.getString("errors[0].message").startsWith("No exchange rate GBP/EUR in force on 2026-04-30"),
                r.getString("errors[0].message"));
    }

    @Test
    void badInputIsAUserErrorAndChangesNothing() {
        String before = data.scalar("select count(*) || ':' || sum(contacts) || ':' || sum(cost_per_contact)"
                + " from service_saving");
        Map<String, Object> negative = item(facebook, null, "2026-05-01", "2026-05-31", -1, "-2.00", "XXX");
        Map<String, Object> backwards = item(facebook, null, "2026-06-30", "2026-06-01", 1, "1.00", "EUR");
        // overlaps the stored January record of Instagram and campaign A
        Map<String, Object> overlapsStored = item(instagram, a, "2026-01-15", "2026-02-15", 1, "1.00", "EUR");
        Map<String, Object> first = item(facebook, a, "2026-07-01", "2026-07-31", 1, "1.00", "EUR");
        Map<String, Object> overlapsFirst = item(facebook, a, "2026-07-31", "2026-08-30", 1, "1.00", "EUR");
        Map<String, Object> duplicate = item(facebook, a, "2026-07-01", "2026-07-31", 2, "1.00", "EUR");
        Map<String, Object> unknown = item("Q2hhbm5lbDo5OTk5", null, "2026-09-01", "2026-09-30", 1, "1.00", "EUR");
        JsonPath r = record(List.of(negative, backwards, overlapsStored, first, overlapsFirst, duplicate, unknown));
        List<Map<String, Object>> errors = r.getList("recordServiceSavings.userErrors");
        assertEquals(List.of(
                List.of("NEGATIVE_COUNT", List.of("input", "0", "contactsDeflected")),
                List.of("INVALID_CURRENCY", List.of("input", "0", "costPerContact", "currencyCode")),
                List.of("NEGATIVE_AMOUNT", List.of("input", "0", "costPerContact", "amount")),
                List.of("END_BEFORE_START", List.of("input", "1", "to")),
                List.of("NOT_FOUND", List.of("input", "6", "channelId")),
                List.of("OVERLAPPING_PERIOD", List.of("input", "2", "from")),
                List.of("OVERLAPPING_PERIOD", List.of("input", "4", "from")),
                List.of("DUPLICATE", List.of("input", "5", "from"))),
                errors.stream().map(e -> List.of(e.get("code"), e.get("field"))).toList());
        assertEquals(0, r.getInt("recordServiceSavings.accepted"));
        assertEquals(before, data.scalar("select count(*) || ':' || sum(contacts) || ':' || sum(cost_per_contact)"
                + " from service_saving"));
    }
}
