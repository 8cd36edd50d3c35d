package io.socialroi.testing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL requests over HTTP, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** The whole response (data and errors) of a request that must answer HTTP 200. */
    public static JsonPath post(String query, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The data of a request that must succeed without errors. */
    public static JsonPath ok(String query, Object... variables) {
        JsonPath response = post(query, variables);
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return response.setRootPath("data");
    }
}
