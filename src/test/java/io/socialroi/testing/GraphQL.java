package io.socialroi.testing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Sends GraphQL requests over HTTP, as a client would: by default as {@link Tokens#TESTER} (ADMIN of the
 * default workspace) without a workspace header; {@link #as} names another caller and workspace.
 */
public final class GraphQL {

    /** A caller: a bearer token (null: none) and the X-Workspace header (null: none). */
    public record Caller(String token, String workspace) {

        /** The same caller in another workspace (by slug). */
        public Caller in(String workspaceSlug) {
            return new Caller(token, workspaceSlug);
        }

        /** The whole response (data and errors) of a request that must answer HTTP 200. */
        public JsonPath post(String query, Object... variables) {
            return request(query, variables).when().post("/graphql").then().statusCode(200).extract().jsonPath();
        }

        /** The data of a request that must succeed without errors. */
        public JsonPath ok(String query, Object... variables) {
            JsonPath response = post(query, variables);
            Object errors = response.get("errors");
            if (errors != null) {
                throw new AssertionError("GraphQL errors: " + errors);
            }
            return response.setRootPath("data");
        }

        /** The HTTP status of a request (for refused tokens, which never reach GraphQL). */
        public int status(String query) {
            return request(query).when().post("/graphql").then().extract().statusCode();
        }

        private RequestSpecification request(String query, Object... variables) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                vars.put((String) variables[i], variables[i + 1]);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", vars);
            RequestSpecification spec = given().contentType(ContentType.JSON).body(body);
            if (token != null) {
                spec = spec.header("Authorization", "Bearer " + token);
            }
            if (workspace != null) {
                spec = spec.header("X-Workspace", workspace);
            }
            return spec;
        }
    }

    private GraphQL() {
    }

    /** A caller with a valid token of {@code subject}. */
    public static Caller as(String subject) {
        return new Caller(Tokens.forSubject(subject), null);
    }

    /** A caller sending this raw token (or none, when null). */
    public static Caller withToken(String token) {
        return new Caller(token, null);
    }

    /** The whole response (data and errors) of a request that must answer HTTP 200, as the tester. */
    public static JsonPath post(String query, Object... variables) {
        return as(Tokens.TESTER).post(query, variables);
    }

    /** The data of a request that must succeed without errors, as the tester. */
    public static JsonPath ok(String query, Object... variables) {
        return as(Tokens.TESTER).ok(query, variables);
    }
}
