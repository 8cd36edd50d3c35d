package io.socialroi.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.ServedSchema;
import io.socialroi.testing.ServedSchema.FieldDef;
import io.socialroi.testing.ServedSchema.InputValue;
import io.socialroi.testing.ServedSchema.TypeRef;
import io.socialroi.testing.TestData;

/**
 * Every String and ID a client can send, found by walking the served schema (each argument of every query and
 * mutation, and every field of their input objects and lists, at any depth), sent once with a NUL byte and once
 * 2,001 characters long. A mutation answers userErrors naming exactly that field path with INVALID_VALUE or
 * TOO_LONG; a query answers BAD_ARGUMENT naming the path; never INTERNAL_ERROR, and the database is unchanged.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TextArgumentsTest {

    /** Scalars sent as text: what the guard checks (Decimal, Date and DateTime check their own text). */
    static final Set<String> TEXT = Set.of("String", "ID");

    @Inject
    TestData data;

    ServedSchema schema;

    @BeforeEach
    void setUp() {
        data.reset();
        TestData.createChannel("Instagram", "SOCIAL");
        schema = ServedSchema.read();
    }

    /** A String or ID somewhere under one argument of a root field. */
    record Target(String operation, boolean mutation, FieldDef field, List<String> path) {
    }

    @Test
    void everyTextArgumentAndInputFieldRefusesNulAndOverLongText() {
        List<Target> targets = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            for (FieldDef field : schema.type(root).fields()) {
                for (InputValue arg : field.args()) {
                    collect(arg.type(), new ArrayList<>(List.of(arg.name())), target -> targets.add(
                            new Target(field.name(), root.equals("Mutation"), field, target)), 0);
                }
            }
        }
        // the walk found what it should: the example of the issue, batch items, query filters and cursors
        List<String> found = targets.stream().map(t -> t.operation() + ":" + String.join(".", t.path())).toList();
        for (String expected : List.of("createChannel:input.name", "createChannel:input.aliases.0",
                "recordTouchpoints:input.0.landingUrl", "recordConversions:input.0.revenue.currencyCode",
                "conversions:filter.personKey", "campaigns:after", "keywordCpcs:keyword", "campaign:id",
                "createWorkspace:input.slug", "setKeywordCpc:input.0.keyword", "imports:after", "import:id",
                "deleteImport:input.id", "setPlatformCampaignMapping:input.platformCampaign",
                "recordCosts:input.0.externalId",
                "updateCost:input.externalId", "deleteConversions:input.ids.0", "deleteTouchpoints:input.externalIds.0",
                "deleteTouchpoints:input.personKey", "erasePerson:personKey")) {
            assertTrue(found.contains(expected), expected + " not among " + found);
        }
        assertTrue(targets.size() > 60, "only " + targets.size() + " text inputs found");

        Map<String, String> before = data.fingerprint();
        for (Target target : targets) {
            send(target, "bad\u0000value", "INVALID_VALUE", "Control characters are not allowed.");
            send(target, "x".repeat(2_001), "TOO_LONG", "At most 2000 characters.");
        }
        assertEquals(before, data.fingerprint());
        System.out.println("TextArgumentsTest: " + targets.size() + " text arguments and input fields, each refused twice");
    }

    @Test
    void noFieldBelowTheRootTakesText() {
        // the walk above starts at Query and Mutation; it covers everything only while no other field takes text
        for (ServedSchema.TypeDef type : schema.types.values()) {
            if (type.name().startsWith("__") || type.name().equals("Query") || type.name().equals("Mutation")) {
                continue;
            }
            for (FieldDef field : type.fields()) {
                for (InputValue arg : field.args()) {
                    List<List<String>> text = new ArrayList<>();
                    collect(arg.type(), new ArrayList<>(List.of(arg.name())), text::add, 0);
                    assertEquals(List.of(), text, type.name() + "." + field.name() + " takes text: extend the walk");
                }
            }
        }
    }

    @Test
    void theIssuesExampleIsAUserError() {
        JsonPath response = GraphQL.post("mutation { createChannel(input: {name: \"bad\\u0000name\", kind: SOCIAL})"
                + " { channel { id } userErrors { field code message } } }");
        assertNull(response.get("errors"), response.prettify());
        assertNull(response.get("data.createChannel.channel"));
        assertEquals(List.of(Map.of("field", List.of("input", "name"), "code", "INVALID_VALUE",
                "message", "Control characters are not allowed.")), response.getList("data.createChannel.userErrors"));
        assertEquals(1, data.count("channel"));
    }

    @Test
    void aFeaturesOwnTighterLimitStillApplies() {
        // 101 characters: within the guard's 2,000, over the channel name's 100
        JsonPath response = GraphQL.post("mutation($n: String!) { createChannel(input: {name: $n, kind: SOCIAL})"
                + " { channel { id } userErrors { field code message } } }", "n", "n".repeat(101));
        assertEquals(List.of(Map.of("field", List.of("input", "name"), "code", "TOO_LONG", "message", "At most 100 characters.")),
                response.getList("data.createChannel.userErrors"));
    }

    void send(Target target, String bad, String code, String message) {
        StringBuilder definitions = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (InputValue arg : target.field().args()) {
            boolean targeted = arg.name().equals(target.path().get(0));
            if (!targeted && (!arg.type().nonNull() || arg.defaultValue() != null)) {
                continue;
            }
            definitions.append(definitions.isEmpty() ? "" : ", ").append('$').append(arg.name()).append(": ").append(arg.type().sdl());
            arguments.append(arguments.isEmpty() ? "" : ", ").append(arg.name()).append(": $").append(arg.name());
            variables.put(arg.name(), value(arg.type(), targeted ? target.path().subList(1, target.path().size()) : null, bad));
        }
        TypeRef returned = target.field().type().named();
        String selection = target.mutation() ? " { userErrors { field code message } }"
                : schema.type(returned.name()).kind().matches("OBJECT|INTERFACE|UNION") ? " { __typename }" : "";
        String document = (target.mutation() ? "mutation" : "query") + "(" + definitions + ") { " + target.operation()
                + "(" + arguments + ")" + selection + " }";
        Object[] vars = variables.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        JsonPath response = GraphQL.post(document, vars);
        String where = target.operation() + " " + target.path() + " " + code;
        assertFalse(response.prettify().contains("INTERNAL_ERROR"), where + ": " + response.prettify());
        if (target.mutation()) {
            assertNull(response.get("errors"), where + ": " + response.prettify());
            assertEquals(List.of(Map.of("field", target.path(), "code", code, "message", message)),
                    response.getList("data." + target.operation() + ".userErrors"), where);
        } else {
            assertEquals(List.of("BAD_ARGUMENT"), response.getList("errors.extensions.code"), where + ": " + response.prettify());
            assertEquals(List.of(String.join(".", target.path()) + ": " + message), response.getList("errors.message"), where);
        }
    }

    /** Every path under {@code type} that ends at a String or ID (lists: their first item). */
    void collect(TypeRef type, List<String> path, java.util.function.Consumer<List<String>> found, int depth) {
        assertTrue(depth < 10, "input types nest deeper than 10 at " + path);
        if (type.nonNull()) {
            collect(type.ofType(), path, found, depth);
        } else if (type.kind().equals("LIST")) {
            List<String> item = new ArrayList<>(path);
            item.add("0");
            collect(type.ofType(), item, found, depth + 1);
        } else if (TEXT.contains(type.name())) {
            found.accept(List.copyOf(path));
        } else if (type.kind().equals("INPUT_OBJECT")) {
            for (InputValue field : schema.type(type.name()).inputFields()) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(field.name());
                collect(field.type(), deeper, found, depth + 1);
            }
        }
    }

    /** A valid value of {@code type}, with {@code bad} at {@code path} (null: no target inside). */
    Object value(TypeRef type, List<String> path, String bad) {
        if (type.nonNull()) {
            return value(type.ofType(), path, bad);
        }
        if (type.kind().equals("LIST")) {
            return List.of(value(type.ofType(), path == null ? null : path.subList(1, path.size()), bad));
        }
        if (type.kind().equals("INPUT_OBJECT")) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (InputValue field : schema.type(type.name()).inputFields()) {
                boolean targeted = path != null && !path.isEmpty() && field.name().equals(path.get(0));
                if (targeted) {
                    object.put(field.name(), value(field.type(), path.subList(1, path.size()), bad));
                } else if (field.type().nonNull() && field.defaultValue() == null) {
                    object.put(field.name(), value(field.type(), null, bad));
                }
            }
            return object;
        }
        if (path != null) {
            return bad; // the String or ID under test
        }
        if (type.kind().equals("ENUM")) {
            return schema.type(type.name()).enumValues().get(0);
        }
        return switch (type.name()) {
            case "Int", "BigInteger" -> 1;
            case "Boolean" -> false;
            case "Date" -> "2026-01-01";
            case "DateTime" -> "2026-01-01T00:00:00Z";
            case "Decimal", "BigDecimal" -> "1";
            default -> "x";
        };
    }
}
