package io.socialroi.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;

/** Liveness, readiness with the datasource, and Prometheus metrics of GraphQL and the connection pool. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricsAndHealthTest {

    @Test
    void livenessAndReadinessAreUpWithTheDatasourceCheck() {
        JsonPath live = given().when().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", live.getString("status"));
        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        assertEquals(List.of("Database connections health check"), ready.getList("checks.name"));
        assertEquals("UP", ready.getString("checks[0].data.'<default>'"));
    }

    @Test
    void metricsCoverGraphQLAndTheDatasource() {
        GraphQL.ok("{ workspace { name } }");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("mp_graphql"), "GraphQL metrics missing:\n" + grep(metrics, "graphql"));
        assertTrue(metrics.contains("agroal_active_count"), "datasource metrics missing:\n" + grep(metrics, "agroal"));
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP metrics missing");
    }

    static String grep(String text, String word) {
        return text.lines().filter(l -> l.contains(word)).limit(20).reduce("", (a, b) -> a + b + "\n");
    }
}
