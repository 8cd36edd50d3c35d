package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.channel.Channel;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * The single-row writers that go through their entity (design.md, one persistence rule) keep the rules of the upsert
 * they replaced, read from the rows themselves: setting a key again replaces its row (one row per key, the first
 * writer stays its creator, updated_at moves), a null value deletes it. For earned_media_cpm, whose key has a
 * nullable part (channel), the workspace-wide price and a channel's price are two rows of one media type.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SingleRowWritesTest {

    static final String SET_CPM = """
            mutation($i: SetEarnedMediaCpmInput!) {
              setEarnedMediaCpm(input: $i) { earnedMediaCpm { cpm { amount } } userErrors { code } }
            }""";
    static final String SET_VALUE = """
            mutation($i: SetActionValueInput!) {
              setActionValue(input: $i) { actionValue { value { amount } } userErrors { code } }
            }""";
    static final String SET_MEMBER = """
            mutation($i: SetWorkspaceMemberInput!) { setWorkspaceMember(input: $i) { userErrors { code } } }""";
    static final String SECOND_ADMIN = "second-admin@social-roi.test";
    /** The keys of the stored CPMs, "-" for no channel (the workspace-wide price). */
    static final String CPM_KEYS = """
            select media_type, coalesce(channel_id::text, '-') from earned_media_cpm
            order by media_type desc, channel_id nulls first""";
    static final String CPM_ROWS = """
            select media_type, coalesce(channel_id::text, '-'), amount, created_by, updated_at from earned_media_cpm
            order by media_type desc, channel_id nulls first""";
    static final String VALUE_ROWS = """
            select action, kind, amount, currency, created_by, updated_at from action_value order by action""";

    @Inject
    TestData data;
    @Inject
    DataSource dataSource;

    String blog;

    @BeforeEach
    void setUp() {
        data.reset();
        blog = TestData.createChannel("Blog", "BLOG");
        assertEquals(List.of(), GraphQL.ok(SET_MEMBER, "i", Map.of("subject", SECOND_ADMIN, "role", "ADMIN"))
                .getList("setWorkspaceMember.userErrors"));
    }

    @Test
    void aWorkspaceWideCpmSetTwiceIsOneRowBesideTheChannelsOwn() {
        setCpm(GraphQL.as(Tokens.TESTER), "OWNED", null, "5.00");
        setCpm(GraphQL.as(Tokens.TESTER), "OWNED", blog, "10.00");
        setCpm(GraphQL.as(Tokens.TESTER), "EARNED", null, "8.00");
        List<String> first = rows(CPM_ROWS);
        // both OWNED prices again, by another member: each replaced in place, its creator kept
        setCpm(GraphQL.as(SECOND_ADMIN), "OWNED", null, "6.00");
        setCpm(GraphQL.as(SECOND_ADMIN), "OWNED", blog, "11.00");
        List<String> second = rows(CPM_ROWS);
        long blogId = GlobalId.decode(Channel.TYPE, blog).orElseThrow();
        assertEquals(List.of("OWNED|-|6.00|" + Tokens.TESTER, "OWNED|" + blogId + "|11.00|" + Tokens.TESTER,
                "EARNED|-|8.00|" + Tokens.TESTER), withoutTimes(second));
        assertEquals(List.of(true, true, false), updatedLater(first, second));

        // null removes the one price it names: the workspace-wide OWNED price, then the Blog's
        setCpm(GraphQL.as(SECOND_ADMIN), "OWNED", null, null);
        assertEquals(List.of("OWNED|" + blogId, "EARNED|-"), rows(CPM_KEYS));
        setCpm(GraphQL.as(SECOND_ADMIN), "OWNED", blog, null);
        assertEquals(List.of("EARNED|-"), rows(CPM_KEYS));
        // removing what is not set is no error
        setCpm(GraphQL.as(SECOND_ADMIN), "OWNED", null, null);
        assertEquals(1, data.count("earned_media_cpm"));
    }

    @Test
    void anActionValueSetTwiceIsReplacedInPlaceAndNullRemovesIt() {
        setValue(GraphQL.as(Tokens.TESTER), "conversionType", "LEAD", "40.00");
        setValue(GraphQL.as(Tokens.TESTER), "engagementKind", "LIKE", "0.05");
        List<String> first = rows(VALUE_ROWS);
        setValue(GraphQL.as(SECOND_ADMIN), "conversionType", "LEAD", "60.00");
        List<String> second = rows(VALUE_ROWS);
        assertEquals(List.of("LEAD|CONVERSION|60.00|EUR|" + Tokens.TESTER, "LIKE|ENGAGEMENT|0.05|EUR|" + Tokens.TESTER),
                withoutTimes(second));
        assertEquals(List.of(true, false), updatedLater(first, second));

        setValue(GraphQL.as(SECOND_ADMIN), "conversionType", "LEAD", null);
        assertEquals(List.of("LIKE"), rows("select action from action_value"));
    }

    void setCpm(GraphQL.Caller caller, String mediaType, String channelId, String amount) {
        Map<String, Object> input = new HashMap<>(Map.of("mediaType", mediaType));
        input.put("cpm", amount == null ? null : Map.of("amount", amount, "currencyCode", "EUR"));
        if (channelId != null) {
            input.put("channelId", channelId);
        }
        assertEquals(List.of(), caller.ok(SET_CPM, "i", input).getList("setEarnedMediaCpm.userErrors"));
    }

    void setValue(GraphQL.Caller caller, String field, String action, String amount) {
        Map<String, Object> input = new HashMap<>(Map.of(field, action));
        input.put("value", amount == null ? null : Map.of("amount", amount, "currencyCode", "EUR"));
        assertEquals(List.of(), caller.ok(SET_VALUE, "i", input).getList("setActionValue.userErrors"));
    }

    /** Each row's columns joined by "|". */
    List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(rs.getString(c));
                }
                rows.add(String.join("|", values));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The rows without their last column (updated_at). */
    static List<String> withoutTimes(List<String> rows) {
        return rows.stream().map(r -> r.substring(0, r.lastIndexOf('|'))).toList();
    }

    /** Per row, whether its updated_at (last column) changed between the two reads. */
    static List<Boolean> updatedLater(List<String> before, List<String> after) {
        List<Boolean> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            changed.add(!lastColumn(before.get(i)).equals(lastColumn(after.get(i))));
        }
        return changed;
    }

    static String lastColumn(String row) {
        return row.substring(row.lastIndexOf('|') + 1);
    }
}
