package io.socialroi.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.RestartablePostgresTestResource;
import io.socialroi.testing.TestData;

/**
 * PostgreSQL stops under the running service and comes back: meanwhile readiness is DOWN and requests fail
 * fast with DATABASE_UNAVAILABLE, writing nothing; afterwards the service serves again by itself, with the
 * data of before, without a restart.
 */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
class DatabaseRecoveryTest {

    static final String COUNT = "{ channels { name } }";

    /** Readiness is served on the management port (a free one in tests), not on the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theServiceRecoversWhenPostgresComesBack() throws Exception {
        TestData.createChannel("Before the outage", "SOCIAL");
        assertEquals(200, readiness());

        RestartablePostgresTestResource.stopDatabase();
        try {
            assertEquals(503, readiness());
            long start = System.nanoTime();
            JsonPath during = GraphQL.post(COUNT);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(List.of("DATABASE_UNAVAILABLE"), during.getList("errors.extensions.code"));
            assertEquals("The database is unavailable; nothing was changed. Try again in a moment.",
                    during.getString("errors[0].message"));
            // fast: the 5-second acquisition timeout at most, not a hung request
            assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
            JsonPath write = GraphQL.post("mutation { createChannel(input: {name: \"During\", kind: SOCIAL}) { userErrors { code } } }");
            assertEquals(List.of("DATABASE_UNAVAILABLE"), write.getList("errors.extensions.code"));
        } finally {
            RestartablePostgresTestResource.startDatabase();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (readiness() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(200, readiness());
        assertEquals(List.of("Before the outage"), GraphQL.ok(COUNT).getList("channels.name"));
        TestData.createChannel("After the outage", "SOCIAL");
        assertEquals(List.of("After the outage", "Before the outage"), GraphQL.ok(COUNT).getList("channels.name"));
    }

    int readiness() {
        return given().baseUri(MetricsAndHealthTest.base(management)).when().get("/q/health/ready").then()
                .extract().statusCode();
    }
}
