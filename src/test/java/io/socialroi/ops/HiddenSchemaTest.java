package io.socialroi.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;

/**
 * A production that hides its schema (SOCIAL_ROI_GRAPHQL_FIELD_VISIBILITY=no-introspection,
 * SOCIAL_ROI_GRAPHQL_UI_ENABLED=false, SOCIAL_ROI_GRAPHQL_SCHEMA_POLICY=deny): no introspection, no
 * GraphiQL, no schema download, and the API works as before.
 */
@QuarkusTest
@TestProfile(HiddenSchemaTest.HiddenSchema.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class HiddenSchemaTest {

    public static class HiddenSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.http.auth.permission.schema.policy", "deny");
        }
    }

    @Test
    void introspectionUiAndSchemaAreOffAndTheApiStillAnswers() {
        JsonPath introspection = GraphQL.post("{ __schema { queryType { name } } }");
        assertNull(introspection.get("data.__schema"));
        assertNotNull(introspection.get("errors"));
        given().when().get("/q/graphql-ui/").then().statusCode(404);
        assertEquals(401, given().when().get("/graphql/schema.graphql").then().extract().statusCode());
        assertEquals("default", GraphQL.ok("{ workspace { slug } }").getString("workspace.slug"));
    }
}
