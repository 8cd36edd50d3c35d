package io.socialroi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;

/**
 * The served schema must equal the snapshot checked into the repository (schema.graphql), so that
 * removing or retyping a field is a reviewed decision. After an intended change, regenerate it with
 * {@code ./mvnw verify -Dtest=SchemaSnapshotTest -Dschema.update=true} and commit the diff.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SchemaSnapshotTest {

    static final Path SNAPSHOT = Path.of("schema.graphql");

    @Test
    void servedSchemaMatchesTheSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertEquals(Files.readString(SNAPSHOT), served,
                "The GraphQL schema changed. If intended, run ./mvnw verify -Dtest=SchemaSnapshotTest -Dschema.update=true");
    }
}
