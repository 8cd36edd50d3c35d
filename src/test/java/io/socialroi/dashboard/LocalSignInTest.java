package io.socialroi.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;

/**
 * Outside the trial and dev mode (here: the test profile, which like a deployment verifies tokens with a configured
 * key and holds no private key), the one-click sign-in does not exist, even for a request from this machine; the
 * page itself is served with its security headers.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class LocalSignInTest {

    @Test
    void noTokenIsMintedWhereTheServiceHoldsNoSigningKey() {
        given().when().get("/dashboard/local-sign-in").then().statusCode(404);
        given().when().post("/dashboard/local-sign-in").then().statusCode(404).body(not(containsString("eyJ")));
    }

    @Test
    void theDashboardIsServedAtTheRootWithItsSecurityHeaders() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("/dashboard/app.js"));
        given().when().get("/dashboard/app.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        // the chart library comes from its webjar, at the path the page imports it from
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js").then().statusCode(200);
        // GraphiQL keeps its own (inline) scripts: the page's policy is not applied to it
        given().when().get("/q/graphql-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
