package io.socialroi.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;

/**
 * Liveness, readiness with the datasource, and Prometheus metrics of GraphQL and the connection pool, all on the
 * management port; the API port serves the API and nothing of the service's insides. Without an OTLP endpoint
 * nothing is exported.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricsAndHealthTest {

    /** The management interface's root path (/q) on its own port, a free one in tests. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL api;

    @Test
    void livenessAndReadinessAreUpWithTheDatasourceCheck() {
        JsonPath live = given().baseUri(base(management)).when().get("/q/health/live").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("UP", live.getString("status"));
        JsonPath ready = given().baseUri(base(management)).when().get("/q/health/ready").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        assertEquals(List.of("Database connections health check"), ready.getList("checks.name"));
        assertEquals("UP", ready.getString("checks[0].data.'<default>'"));
    }

    @Test
    void metricsCoverGraphQLAndTheDatasource() {
        GraphQL.ok("{ workspace { name } }");
        String metrics = given().baseUri(base(management)).when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("mp_graphql"), "GraphQL metrics missing:\n" + grep(metrics, "graphql"));
        assertTrue(metrics.contains("agroal_active_count"), "datasource metrics missing:\n" + grep(metrics, "agroal"));
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP metrics missing");
    }

    @Test
    void theApiPortServesTheApiAndNoOperatorsEndpoint() {
        assertNotEquals(api.getPort(), management.getPort());
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics")) {
            assertEquals(404, given().when().get(path).then().extract().statusCode(), "API port, " + path);
        }
        // what the API port is for: the API (a bearer token is required), the schema and GraphiQL
        assertEquals("default", GraphQL.ok("{ workspace { slug } }").getString("workspace.slug"));
        assertEquals(200, given().when().get("/graphql/schema.graphql").then().extract().statusCode());
        assertEquals(200, given().when().get("/q/graphql-ui/").then().extract().statusCode());
        // and the management port serves none of it
        for (String path : List.of("/graphql", "/graphql/schema.graphql", "/q/graphql-ui/")) {
            assertEquals(404, given().baseUri(base(management)).when().get(path).then().extract().statusCode(),
                    "management port, " + path);
        }
    }

    @Test
    void tracesAreNotExportedWithoutAnEndpoint() {
        // No OTLP endpoint in the tests' environment: the OpenTelemetry SDK is off (ops/TracingSwitch), so nothing
        // tries to reach a collector on localhost:4317.
        ConfigValue disabled = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigValue("quarkus.otel.sdk.disabled");
        assertEquals("true", disabled.getValue());
        assertEquals(new TracingSwitch().getName(), disabled.getConfigSourceName());
    }

    /** scheme://host:port of a test URL (the injected management URL ends in its root path, /q). */
    static String base(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }

    static String grep(String text, String word) {
        return text.lines().filter(l -> l.contains(word)).limit(20).reduce("", (a, b) -> a + b + "\n");
    }
}
