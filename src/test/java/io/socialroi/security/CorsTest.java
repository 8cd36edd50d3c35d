package io.socialroi.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.Tokens;

/**
 * A single-page app on an allowed origin (the test profile allows https://app.example.test and
 * http://localhost:5173) gets its preflight answered without a token, and its requests carry the allow
 * headers; every other origin gets no allow headers at all.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CorsTest {

    static Response preflight(String origin, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers)
                .when().options("/graphql");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        Response response = preflight("https://app.example.test", "authorization,content-type,x-workspace");
        assertEquals(200, response.statusCode());
        assertEquals("https://app.example.test", response.header("Access-Control-Allow-Origin"));
        assertEquals("GET,POST", response.header("Access-Control-Allow-Methods"));
        assertEquals("authorization,content-type,x-workspace", response.header("Access-Control-Allow-Headers"));
        assertEquals("7200", response.header("Access-Control-Max-Age"));
        assertEquals("false", response.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void theSecondAllowedOriginWorksToo() {
        Response response = preflight("http://localhost:5173", "authorization,content-type");
        assertEquals(200, response.statusCode());
        assertEquals("http://localhost:5173", response.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aRequestFromAnAllowedOriginIsServedWithTheAllowOrigin() {
        Response response = given().header("Origin", "https://app.example.test")
                .header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .contentType("application/json").body("{\"query\": \"{ workspace { slug } }\"}")
                .when().post("/graphql");
        assertEquals(200, response.statusCode());
        assertEquals("{\"data\":{\"workspace\":{\"slug\":\"default\"}}}", response.body().asString());
        assertEquals("https://app.example.test", response.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoAllowHeaders() {
        for (String origin : new String[] { "https://evil.example", "https://app.example.test.evil.example",
                "http://app.example.test", "https://app.example.test:8443", "null" }) {
            Response response = preflight(origin, "authorization,content-type,x-workspace");
            assertNoAllowHeaders(origin, response);
        }
    }

    @Test
    void aRequestFromAnyOtherOriginGetsNoAllowHeadersAndNoData() {
        Response response = given().header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .contentType("application/json").body("{\"query\": \"{ workspace { slug } }\"}")
                .when().post("/graphql");
        assertNoAllowHeaders("https://evil.example", response);
        assertEquals(403, response.statusCode());
        assertEquals("", response.body().asString());
    }

    static void assertNoAllowHeaders(String origin, Response response) {
        for (String header : new String[] { "Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers", "Access-Control-Allow-Credentials", "Access-Control-Max-Age" }) {
            assertNull(response.header(header), origin + " got " + header + ": " + response.header(header));
        }
    }
}
