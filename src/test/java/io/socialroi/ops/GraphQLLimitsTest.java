package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.ServedSchema;
import io.socialroi.testing.Tokens;

/**
 * The limits that keep one request from taking the service down (defaults of application.properties):
 * depth 20, complexity 1,000 fields, 15,000 parser tokens, 200,000 whitespace tokens, 10 MB bodies. GraphiQL's own introspection query
 * stays within them. Refusals name the limit, never a class, a stack trace or SQL.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class GraphQLLimitsTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;
    int testPort;

    @jakarta.inject.Inject
    io.socialroi.testing.TestData data;

    /** An empty workspace of its own: the counts and names below must not depend on what other tests left. */
    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        testPort = root.getPort();
        data.reset();
    }

    @Test
    void graphiqlsIntrospectionQueryIsServed() {
        JsonPath response = GraphQL.post(ServedSchema.INTROSPECTION);
        assertNull(response.get("errors"), String.valueOf((Object) response.get("errors")));
        assertEquals("Query", response.getString("data.__schema.queryType.name"));
    }

    @Test
    void aQueryDeeperThan20IsRefused() {
        // __schema { types { ofType { ofType … } } }: depth 2 + 20 + 1
        String query = "{ __schema { types { " + "ofType { ".repeat(20) + "name" + " }".repeat(20) + " } } }";
        JsonPath response = GraphQL.post(query);
        assertNull(response.get("data.__schema"));
        assertRefusal(response, "maximum query depth exceeded 23 > 20");
    }

    @Test
    void aQueryOfMoreThan1000FieldsIsRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 501; i++) {
            query.append(" w").append(i).append(": workspace { name }");
        }
        JsonPath response = GraphQL.post(query.append(" }").toString());
        assertRefusal(response, "maximum query complexity exceeded 1002 > 1000");
    }

    @Test
    void aQueryOfMoreThan15000TokensIsRefused() {
        // a long argument list: many tokens, few fields (so the complexity limit stays out of the way)
        String within = "{ attributionSummary(conversionTypes: [" + "SALE ".repeat(14_980) + "]) { conversions } }";
        assertEquals(0, GraphQL.ok(within).getInt("attributionSummary.conversions"));
        String over = "{ attributionSummary(conversionTypes: [" + "SALE ".repeat(15_001) + "]) { conversions } }";
        JsonPath response = GraphQL.post(over);
        assertNull(response.get("data"));
        // graphql-java's parser stops at the limit; SmallRye reports it without details
        assertRefusal(response, "Unparseable input document");
    }

    @Test
    void aQueryOfMoreThan200000WhitespaceTokensIsRefused() {
        // each comma is an ignored ("whitespace") token of its own
        String within = "{ workspace { name" + ",".repeat(150_000) + " } }";
        assertEquals("Default workspace", GraphQL.ok(within).getString("workspace.name"));
        String over = "{ workspace { name" + ",".repeat(200_001) + " } }";
        JsonPath response = GraphQL.post(over);
        assertNull(response.get("data"));
        assertRefusal(response, "Unparseable input document");
    }

    @Test
    void aBodyOver10MegabytesIsRefusedBeforeItIsRead() throws Exception {
        // announce 11 MB and send only the headers: the server answers 413 from Content-Length alone
        // (a client that streams the whole body sees the connection closed under it)
        try (java.net.Socket socket = new java.net.Socket("localhost", testPort)) {
            socket.setSoTimeout(10_000);
            String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.forSubject(Tokens.TESTER) + "\r\nContent-Length: " + 11 * 1024 * 1024
                    + "\r\n\r\n{\"query\": \"";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine);
        }
    }

    static void assertRefusal(JsonPath response, String expected) {
        List<String> messages = response.getList("errors.message");
        assertFalse(messages == null || messages.isEmpty(), "not refused");
        String all = String.join(" | ", messages);
        assertTrue(all.contains(expected), all);
        for (String leak : List.of("Exception", "java.", "graphql.", "at io.", "SQL")) {
            assertFalse(all.contains(leak), "leaks '" + leak + "': " + all);
        }
    }
}
