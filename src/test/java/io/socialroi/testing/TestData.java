package io.socialroi.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;

/**
 * Resets the database between tests and creates the common fixtures through the public API, so
 * tests exercise the same path as clients.
 */
@ApplicationScoped
public class TestData {

    @Inject
    DataSource dataSource;

    /** The tables that outlive a reset: the default workspace and its tester, reset below. */
    static final List<String> KEPT = List.of("workspace", "workspace_member");

    /**
     * Empties every table Flyway owns (read from the catalog, so a new table is emptied without a change here) but the
     * default workspace, whose currency goes back to EUR and time zone to UTC.
     */
    public void reset() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("truncate " + String.join(", ", flywayTables(statement, KEPT)) + " restart identity");
            statement.execute("delete from workspace where slug <> 'default'"); // members go with them (cascade)
            // the default workspace's members: the tester alone, ADMIN again
            statement.execute("delete from workspace_member where subject <> '" + Tokens.TESTER + "'");
            statement.execute("insert into workspace_member (workspace_id, subject, role, created_by)"
                    + " select id, '" + Tokens.TESTER + "', 'ADMIN', 'bootstrap' from workspace where slug = 'default'"
                    + " on conflict (workspace_id, subject) do update set role = 'ADMIN'");
            // a new data version: report results cached before the reset must not answer after it
            statement.execute("update workspace set reporting_currency = 'EUR', name = 'Default workspace',"
                    + " time_zone = 'UTC', data_version = nextval('data_version_seq')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables Flyway owns but {@code except}, read from the catalog (its own history table aside), quoted. */
    static List<String> flywayTables(java.sql.Statement statement, List<String> except) throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (var rs = statement.executeQuery("select quote_ident(tablename) from pg_tables"
                + " where schemaname = current_schema() and tablename <> 'flyway_schema_history' order by tablename")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.removeAll(except);
        return names;
    }

    /** Runs a count query straight on the database (for "nothing changed" checks). */
    public long count(String table) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every table Flyway owns (read from the catalog, so a new table is included without a change here) with its
     * row count and a hash of its rows: "nothing changed" checks see inserts, deletes and updates alike.
     */
    public Map<String, String> fingerprint() {
        Map<String, String> tables = new java.util.TreeMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : flywayTables(statement, List.of())) {
                try (var rs = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, ','"
                        + " order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    tables.put(table, rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** The first column of the first row of a query run straight on the database, as text. */
    public String scalar(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The channels and campaigns of docs/attribution.md's worked example, by their IDs. */
    public record WorkedExample(String linkedIn, String facebook, String email, String spring, String nurture) {
    }

    /**
     * docs/attribution.md's worked example: channels LinkedIn, Facebook (SOCIAL) and Email; campaigns Spring (LinkedIn,
     * Facebook) and Nurture (Email); P1 touches LinkedIn (Spring) 2026-03-01T12:00Z, Facebook (Spring) 2026-03-24T12:00Z
     * and Email (Nurture) 2026-03-31T12:00Z, then buys for 1000.00 EUR at 2026-03-31T12:00Z.
     */
    public static WorkedExample workedExample() {
        String linkedIn = createChannel("LinkedIn", "SOCIAL");
        String facebook = createChannel("Facebook", "SOCIAL");
        String email = createChannel("Email", "EMAIL");
        String spring = createCampaign("Spring", "spring", "2026-03-01", linkedIn, facebook);
        String nurture = createCampaign("Nurture", "nurture", "2026-03-01", email);
        recordTouchpoints(List.of(
                touch("P1", "2026-03-01T12:00:00Z", linkedIn, spring),
                touch("P1", "2026-03-24T12:00:00Z", facebook, spring),
                touch("P1", "2026-03-31T12:00:00Z", email, nurture)));
        recordConversions(List.of(sale("P1", "2026-03-31T12:00:00Z", "1000.00")));
        return new WorkedExample(linkedIn, facebook, email, spring, nurture);
    }

    /**
     * Costs of the worked example in two currencies (reporting currency EUR): Spring AD_SPEND 200.00 EUR on LinkedIn
     * (2026-03-05), Spring AD_SPEND 100.00 USD on Facebook (2026-03-10) at USD/EUR 0.92 = 92.00 EUR, Nurture TOOLS
     * 50.00 EUR on Email (2026-03-15): 342.00 EUR in all, 292.00 of it ad spend.
     */
    public static void workedExampleCosts(WorkedExample example) {
        setRate("USD", "EUR", "0.92", "2026-01-01");
        recordCost(cost(example.spring(), example.linkedIn(), "AD_SPEND", "200.00", "EUR", "2026-03-05"));
        recordCost(cost(example.spring(), example.facebook(), "AD_SPEND", "100.00", "USD", "2026-03-10"));
        recordCost(cost(example.nurture(), example.email(), "TOOLS", "50.00", "EUR", "2026-03-15"));
    }

    /** A cost entry's input: an amount in a currency, of a campaign and channel, on a day. */
    public static Map<String, Object> cost(String campaign, String channel, String category, String amount, String currency,
            String on) {
        return Map.of("campaignId", campaign, "channelId", channel, "category", category,
                "amount", Map.of("amount", amount, "currencyCode", currency), "incurredOn", on);
    }

    /** A GraphQL object without its null fields, to compare with a literal map. */
    public static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    /** A PAID touchpoint of a person on a channel, optionally in a campaign. */
    public static Map<String, Object> touch(String person, String at, String channelId, String campaignId) {
        Map<String, Object> t = new java.util.HashMap<>(Map.of("personKey", person, "occurredAt", at,
                "channelId", channelId, "mediaType", "PAID"));
        if (campaignId != null) {
            t.put("campaignId", campaignId);
        }
        return t;
    }

    /** A SALE with revenue in EUR. */
    public static Map<String, Object> sale(String person, String at, String amount) {
        return new java.util.HashMap<>(Map.of("personKey", person, "occurredAt", at, "type", "SALE",
                "revenue", Map.of("amount", amount, "currencyCode", "EUR")));
    }

    public static String createChannel(String name, String kind, String... aliases) {
        return GraphQL.ok("""
                mutation($input: CreateChannelInput!) {
                  createChannel(input: $input) { channel { id } userErrors { code } }
                }""", "input", Map.of("name", name, "kind", kind, "aliases", List.of(aliases)))
                .getString("createChannel.channel.id");
    }

    public static String createCampaign(String name, String utmCampaign, String startDate, String... channelIds) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("name", name, "objective", "CONVERSION",
                "startDate", startDate, "channelIds", List.of(channelIds)));
        if (utmCampaign != null) {
            input.put("utmCampaign", utmCampaign);
        }
        return GraphQL.ok("""
                mutation($input: CreateCampaignInput!) {
                  createCampaign(input: $input) { campaign { id } userErrors { code field message } }
                }""", "input", input).getString("createCampaign.campaign.id");
    }

    public static void recordCost(Map<String, Object> input) {
        var data = GraphQL.ok("""
                mutation($input: RecordCostInput!) {
                  recordCost(input: $input) { costEntry { id } userErrors { code field message } }
                }""", "input", input);
        if (!data.getList("recordCost.userErrors").isEmpty()) {
            throw new AssertionError("recordCost failed: " + data.get("recordCost.userErrors"));
        }
    }

    public static void setRate(String base, String quote, String rate, String validFrom) {
        var data = GraphQL.ok("""
                mutation($input: SetExchangeRateInput!) {
                  setExchangeRate(input: $input) { exchangeRate { id } userErrors { code field message } }
                }""", "input", Map.of("base", base, "quote", quote, "rate", rate, "validFrom", validFrom));
        if (!data.getList("setExchangeRate.userErrors").isEmpty()) {
            throw new AssertionError("setExchangeRate failed: " + data.get("setExchangeRate.userErrors"));
        }
    }

    public static Map<String, Object> recordTouchpoints(List<Map<String, Object>> items) {
        return GraphQL.ok("""
                mutation($input: [TouchpointInput!]!) {
                  recordTouchpoints(input: $input) { accepted duplicates userErrors { code field message } }
                }""", "input", items).getMap("recordTouchpoints");
    }

    public static Map<String, Object> recordConversions(List<Map<String, Object>> items) {
        return GraphQL.ok("""
                mutation($input: [ConversionInput!]!) {
                  recordConversions(input: $input) { accepted duplicates userErrors { code field message } }
                }""", "input", items).getMap("recordConversions");
    }

    /** A keyword's cost per click in EUR, from {@code validFrom} on (what an organic click is worth). */
    public static void setKeywordCpc(String keyword, String cpc, String validFrom) {
        accepted("setKeywordCpc", GraphQL.ok("""
                mutation($input: [KeywordCpcInput!]!) {
                  setKeywordCpc(input: $input) { accepted userErrors { code field message } }
                }""", "input", List.of(Map.of("keyword", keyword, "cpc", Map.of("amount", cpc, "currencyCode", "EUR"),
                "validFrom", validFrom))));
    }

    /** Organic clicks of a keyword on a day, recorded with a campaign when one is given. */
    public static void recordOrganicClicks(String keyword, String date, int clicks, String campaignId) {
        Map<String, Object> item = new HashMap<>(Map.of("keyword", keyword, "date", date, "clicks", clicks));
        if (campaignId != null) {
            item.put("campaignId", campaignId);
        }
        accepted("recordOrganicClicks", GraphQL.ok("""
                mutation($input: [OrganicClicksInput!]!) {
                  recordOrganicClicks(input: $input) { accepted userErrors { code field message } }
                }""", "input", List.of(item)));
    }

    /** Support contacts deflected on a channel (and campaign) over [from, to], at a cost per contact in EUR. */
    public static void recordServiceSavings(String channelId, String campaignId, String from, String to, int contacts,
            String costPerContact) {
        accepted("recordServiceSavings", GraphQL.ok("""
                mutation($input: [ServiceSavingsInput!]!) {
                  recordServiceSavings(input: $input) { accepted userErrors { code field message } }
                }""", "input", List.of(Map.of("channelId", channelId, "campaignId", campaignId, "from", from, "to", to,
                "contactsDeflected", contacts, "costPerContact", Map.of("amount", costPerContact, "currencyCode", "EUR")))));
    }

    private static void accepted(String mutation, JsonPath data) {
        if (!data.getList(mutation + ".userErrors").isEmpty()) {
            throw new AssertionError(mutation + " failed: " + data.get(mutation + ".userErrors"));
        }
    }

    /** The rebuild a new default starts runs after the mutation's commit, in the background (none for DATA_DRIVEN). */
    public static void awaitStoredCredits() {
        for (int i = 0; i < 800; i++) { // 20 s at most: a test workspace rebuilds in milliseconds
            if (!"REBUILDING".equals(GraphQL.ok("{ workspace { storedCredits { state } } }")
                    .getString("workspace.storedCredits.state"))) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the stored credits were still REBUILDING after 20 s");
    }
}
