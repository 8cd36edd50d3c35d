package io.socialroi.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.Tokens;

/** The one-click sign-in where the service holds its signing key (the trial), from this machine and from elsewhere. */
@QuarkusTest
@TestProfile(LocalSignInProfile.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class LocalSignInTrialTest {

    @Test
    void aBrowserOnThisMachineGetsAWorkingAdminToken() {
        given().when().get("/dashboard/local-sign-in").then().statusCode(204).header("Cache-Control", containsString("no-store"));
        JsonPath signIn = given().when().post("/dashboard/local-sign-in").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
        // the first bootstrap admin of the test profile, ADMIN of the default workspace
        assertEquals(Tokens.TESTER, signIn.getString("subject"));
        assertTrue(signIn.getString("expiresAt").matches("\\d{4}-\\d\\d-\\d\\dT.*"));
        JsonPath me = GraphQL.withToken(signIn.getString("token")).ok("{ myWorkspaces { role workspace { slug } } }");
        assertEquals("ADMIN", me.getString("myWorkspaces.find { it.workspace.slug == 'default' }.role"));
    }

    @Test
    void aRequestNamingAnotherHostOrPassingAProxyGetsNothing() {
        // DNS rebinding: a page of another site reaching this port under its own name
        given().header("Host", "attacker.example").when().post("/dashboard/local-sign-in").then().statusCode(404);
        given().header("Host", "attacker.example").when().get("/dashboard/local-sign-in").then().statusCode(404);
        // a proxy in front: its callers may be anywhere
        given().header("X-Forwarded-For", "203.0.113.7").when().post("/dashboard/local-sign-in").then().statusCode(404);
        given().header("Forwarded", "for=203.0.113.7").when().post("/dashboard/local-sign-in").then().statusCode(404);
        // other loopback names are this machine too
        given().header("Host", "127.0.0.1").when().get("/dashboard/local-sign-in").then().statusCode(204);
    }

    @Test
    void loopbackChecks() {
        assertTrue(LocalSignInResource.isLoopbackHost("localhost:8080"));
        assertTrue(LocalSignInResource.isLoopbackHost("[::1]:8080"));
        assertTrue(LocalSignInResource.isLoopbackHost("127.0.0.1"));
        assertEquals(false, LocalSignInResource.isLoopbackHost("localhost.attacker.example"));
        assertEquals(false, LocalSignInResource.isLoopbackHost("127.0.0.1.nip.io"));
        assertEquals(false, LocalSignInResource.isLoopbackHost(null));
        assertTrue(LocalSignInResource.isLoopbackAddress("127.0.0.1"));
        assertTrue(LocalSignInResource.isLoopbackAddress("0:0:0:0:0:0:0:1"));
        assertEquals(false, LocalSignInResource.isLoopbackAddress("10.0.0.5"));
        assertEquals(false, LocalSignInResource.isLoopbackAddress("localhost"));
    }
}
