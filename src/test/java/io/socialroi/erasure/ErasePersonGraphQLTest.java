package io.socialroi.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * erasePerson: every row of the person goes, in every table that has a person_key (read from the catalog, not a
 * hand-kept list) and the stored credits of their conversions; other persons' rows and credits stay; the audit entry
 * holds the key only as HMAC-SHA-256 under the installation's salt; only an ADMIN may erase.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ErasePersonGraphQLTest {

    static final String ALICE = "alice@example.com";
    static final String ERASE = """
            mutation($k: String!) { erasePerson(personKey: $k) {
              touchpoints conversions customers personKeyHash userErrors { field code message } } }""";
    static final String REPORT = "{ channelPerformance { channel { name } attributedRevenue { amount } } }";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
        String social = TestData.createChannel("Social", "SOCIAL");
        String campaign = TestData.createCampaign("Launch", null, "2026-01-01", social);
        TestData.recordTouchpoints(List.of(
                TestData.touch(ALICE, "2026-03-01T10:00:00Z", social, campaign),
                TestData.touch(ALICE, "2026-03-02T10:00:00Z", social, null),
                TestData.touch(ALICE, "2026-03-03T10:00:00Z", social, campaign),
                TestData.touch("bob", "2026-03-02T10:00:00Z", social, campaign)));
        TestData.recordConversions(List.of(
                Map.of("personKey", ALICE, "occurredAt", "2026-03-02T12:00:00Z", "type", "LEAD"),
                TestData.sale(ALICE, "2026-03-04T10:00:00Z", "700.00"),
                TestData.sale("bob", "2026-03-05T10:00:00Z", "200.00")));
        GraphQL.ok("mutation($i: [CustomerInput!]!) { recordCustomers(input: $i) { userErrors { code } } }", "i", List.of(
                Map.of("personKey", ALICE, "becameCustomerOn", "2026-03-04"),
                Map.of("personKey", "bob", "becameCustomerOn", "2026-03-05")));
    }

    /** Every table of the schema with a person_key column, from the catalog. */
    List<String> tablesWithAPersonKey() {
        return List.of(data.scalar("""
                select string_agg(c.table_name, ',' order by c.table_name) from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'person_key' and t.table_type = 'BASE TABLE'
                """).split(","));
    }

    Map<String, Long> rowsOf(String personKey) {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tablesWithAPersonKey()) {
            rows.put(table, Long.parseLong(data.scalar("select count(*) from " + table + " where person_key = '" + personKey + "'")));
        }
        return rows;
    }

    @Test
    void erasingAPersonLeavesNoRowOfThemAnywhere() {
        assertEquals(List.of("conversion", "customer", "touchpoint"), tablesWithAPersonKey());
        assertEquals(Map.of("conversion", 2L, "customer", 1L, "touchpoint", 3L), rowsOf(ALICE));
        String aliceTouchpoints = data.scalar("select string_agg(id::text, ',') from touchpoint where person_key = '" + ALICE + "'");
        String aliceConversions = data.scalar("select string_agg(id::text, ',') from conversion where person_key = '" + ALICE + "'");
        // stored credits (LAST_TOUCH): alice's LEAD and SALE, one touch each that credits; bob's SALE
        assertEquals("3", data.scalar("select count(distinct conversion_id) from attribution_credit"));
        assertEquals(Map.of("Social", "900.00"), revenue());

        JsonPath erased = GraphQL.ok(ERASE, "k", " " + ALICE + " ");
        assertEquals(List.of(), erased.getList("erasePerson.userErrors"));
        assertEquals(3, erased.getInt("erasePerson.touchpoints"));
        assertEquals(2, erased.getInt("erasePerson.conversions"));
        assertEquals(1, erased.getInt("erasePerson.customers"));

        assertEquals(Map.of("conversion", 0L, "customer", 0L, "touchpoint", 0L), rowsOf(ALICE));
        // nor anything derived: no stored credit of her conversions or naming her touchpoints
        assertEquals("0", data.scalar("select count(*) from attribution_credit where conversion_id in (" + aliceConversions
                + ") or touchpoint_id in (" + aliceTouchpoints + ")"));
        // and no row of any table mentions her key at all
        for (Map.Entry<String, String> table : data.fingerprint().entrySet()) {
            assertEquals("0", data.scalar("select count(*) from " + table.getKey() + " t where t::text like '%alice%'"),
                    table.getKey());
        }
        // bob is untouched, and the report shows his sale alone
        assertEquals(Map.of("conversion", 1L, "customer", 1L, "touchpoint", 1L), rowsOf("bob"));
        assertEquals("1", data.scalar("select count(distinct conversion_id) from attribution_credit"));
        assertEquals(Map.of("Social", "200.00"), revenue());
    }

    static Map<String, String> revenue() {
        Map<String, String> revenue = new TreeMap<>();
        List<Map<String, Object>> rows = GraphQL.ok(REPORT).getList("channelPerformance");
        rows.forEach(r -> revenue.put((String) ((Map<?, ?>) r.get("channel")).get("name"),
                (String) ((Map<?, ?>) r.get("attributedRevenue")).get("amount")));
        return revenue;
    }

    @Test
    void theAuditEntryHoldsOnlyAKeyedHashOfTheKey() throws Exception {
        String hash = GraphQL.ok(ERASE, "k", ALICE).getString("erasePerson.personKeyHash");
        // no salt configured in tests: the installation made one at this first erasure and keeps it
        String salt = data.scalar("select salt from erasure_salt");
        assertTrue(salt.length() >= 43, salt);
        String ws = data.scalar("select id from workspace where slug = 'default'");
        assertEquals(hmacSha256(salt, ws + ":" + ALICE), hash);
        assertEquals(ws + "|" + hash + "|3|2|1|" + "tester@social-roi.test", data.scalar(
                "select workspace_id || '|' || person_hash || '|' || touchpoints || '|' || conversions || '|' || customers"
                        + " || '|' || created_by from erasure_audit"));

        // asked again (nothing left): zeros, audited too, the same hash; the salt stays
        JsonPath again = GraphQL.ok(ERASE, "k", ALICE);
        assertEquals(List.of(0, 0, 0), List.of(again.getInt("erasePerson.touchpoints"), again.getInt("erasePerson.conversions"),
                again.getInt("erasePerson.customers")));
        assertEquals(hash, again.getString("erasePerson.personKeyHash"));
        assertEquals("2|1", data.scalar("select count(*) || '|' || count(distinct person_hash) from erasure_audit"));
        assertEquals(salt, data.scalar("select salt from erasure_salt"));
        // another key, another hash
        assertTrue(!hash.equals(GraphQL.ok(ERASE, "k", "bob").getString("erasePerson.personKeyHash")));
    }

    static String hmacSha256(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBlankKeyIsAUserErrorAndOnlyAnAdminMayErase() {
        Map<String, String> before = data.fingerprint();
        JsonPath blank = GraphQL.post(ERASE, "k", "  ");
        assertNull(blank.get("errors"), blank.prettify());
        assertEquals(List.of(Map.of("field", List.of("personKey"), "code", "REQUIRED",
                "message", "personKey names the person to erase; it cannot be blank.")), blank.getList("data.erasePerson.userErrors"));
        assertEquals(List.of(Map.of("field", List.of("personKey"), "code", "TOO_LONG", "message", "At most 200 characters.")),
                GraphQL.post(ERASE, "k", "k".repeat(201)).getList("data.erasePerson.userErrors"));
        assertEquals(before, data.fingerprint());

        List<String> codes = new ArrayList<>();
        for (String role : List.of("ANALYST", "VIEWER")) {
            String subject = role.toLowerCase() + "@social-roi.test";
            GraphQL.ok("mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }",
                    "i", Map.of("subject", subject, "role", role));
            before = data.fingerprint();
            JsonPath refused = GraphQL.as(subject).post(ERASE, "k", ALICE);
            codes.addAll(refused.getList("errors.extensions.code"));
            assertNull(refused.get("data.erasePerson"));
            assertEquals(before, data.fingerprint(), role);
        }
        assertEquals(List.of("FORBIDDEN", "FORBIDDEN"), codes);
    }
}
