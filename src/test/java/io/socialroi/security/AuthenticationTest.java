package io.socialroi.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.Tokens;

/**
 * /graphql answers only requests with a valid bearer token: signed by the configured key, from the configured
 * issuer, for the configured audience, not expired. Everything else is HTTP 401 before any resolver runs. The schema stays public.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AuthenticationTest {

    static final String QUERY = "{ workspace { slug } }";

    @Test
    void aValidTokenIsServed() {
        assertEquals("default", GraphQL.ok(QUERY).getString("workspace.slug"));
    }

    @Test
    void noTokenIsRefused() {
        assertEquals(401, GraphQL.withToken(null).status(QUERY));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.expired(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.signedWithAnotherKey(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.fromAnotherIssuer(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.forAnotherAudience(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.withoutAudience(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertEquals(401, GraphQL.withToken(Tokens.unsigned(Tokens.TESTER)).status(QUERY));
    }

    @Test
    void garbageIsRefused() {
        assertEquals(401, GraphQL.withToken("not-a-jwt").status(QUERY));
    }

    @Test
    void theSchemaIsPublic() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200);
    }
}
