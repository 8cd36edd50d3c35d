package io.socialroi.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;

/**
 * A report statement that runs longer than the statement timeout is cancelled by PostgreSQL and answers
 * QUERY_TIMEOUT with what to narrow, never INTERNAL_ERROR. Deterministic: the test holds an ACCESS EXCLUSIVE
 * lock on the touchpoint table on its own connection, so the report's statement waits on it until the 1 s
 * timeout of this profile cancels it.
 */
@QuarkusTest
@TestProfile(QueryTimeoutTest.OneSecond.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class QueryTimeoutTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("social-roi.statement-timeout", "1S"); // written as the other durations are: PostgreSQL wants 1s
        }
    }

    @Inject
    TestData data;
    @Inject
    DataSource dataSource;
    @Inject
    Flyway flyway;

    @BeforeEach
    void setUp() {
        data.reset();
        String channel = TestData.createChannel("LinkedIn", "SOCIAL");
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T10:00:00Z", channel, null)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-02T10:00:00Z", "100.00")));
    }

    @Test
    void aReportWaitingLongerThanTheTimeoutAnswersQueryTimeout() throws Exception {
        long touchpoints = data.count("touchpoint");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var statement = lock.createStatement()) {
                statement.execute("LOCK TABLE touchpoint IN ACCESS EXCLUSIVE MODE");
            }
            long started = System.nanoTime();
            JsonPath response = GraphQL.post("{ channelPerformance(attribution: {model: LINEAR, lookbackDays: 17})"
                    + " { channel { name } conversions } }");
            long millis = (System.nanoTime() - started) / 1_000_000;
            lock.rollback();

            assertNull(response.get("data"), response.prettify());
            assertEquals(List.of("QUERY_TIMEOUT"), response.getList("errors.extensions.code"));
            assertEquals(List.of("The request ran longer than the server's limit of 1s per statement and was cancelled;"
                    + " nothing was changed. Narrow it: a shorter period, a filter (conversionTypes, campaignId, channelId)"
                    + " or fewer reports in one request."), response.getList("errors.message"));
            assertTrue(millis >= 1000 && millis < 10_000, "answered after " + millis + " ms");
        }
        // the same report answers once the lock is gone: the pool's connection survived the cancel
        assertEquals("LinkedIn", GraphQL.ok("{ channelPerformance(attribution: {model: LINEAR, lookbackDays: 17})"
                + " { channel { name } conversions } }").getString("channelPerformance[0].channel.name"));
        assertEquals(touchpoints, data.count("touchpoint"));
    }

    @Test
    void aWriteWaitingLongerThanTheTimeoutAnswersQueryTimeoutAndWritesNothing() throws Exception {
        String channel = GraphQL.ok("{ channels { id } }").getString("channels[0].id");
        long touchpoints = data.count("touchpoint");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var statement = lock.createStatement()) {
                statement.execute("LOCK TABLE touchpoint IN ACCESS EXCLUSIVE MODE");
            }
            JsonPath response = GraphQL.post("mutation($ch: ID!) { recordTouchpoints(input: [{personKey: \"p2\","
                    + " occurredAt: \"2026-03-04T10:00:00Z\", channelId: $ch, mediaType: PAID}]) { accepted } }", "ch", channel);
            lock.rollback();
            assertEquals(List.of("QUERY_TIMEOUT"), response.getList("errors.extensions.code"), response.prettify());
        }
        assertEquals(touchpoints, data.count("touchpoint"));
    }

    @Test
    void everyPooledConnectionHasTheTimeoutAndFlywaysHaveNone() throws Exception {
        // several connections at once, so not only the one a test happened to get back
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                assertEquals("1s", show(connection), "pooled connection " + i);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        // Flyway migrates over its own connection, outside the pool: a long migration is never cut
        DataSource migrations = flyway.getConfiguration().getDataSource();
        assertTrue(!(migrations instanceof AgroalDataSource), migrations.getClass().getName());
        try (Connection connection = migrations.getConnection()) {
            assertEquals("0", show(connection));
        }
    }

    static String show(Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("show statement_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
