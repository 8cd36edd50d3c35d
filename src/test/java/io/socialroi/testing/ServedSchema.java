package io.socialroi.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The served schema as GraphiQL reads it (its introspection query, over HTTP): types, fields with arguments,
 * input fields and enum values, so tests can walk what clients can send.
 */
public final class ServedSchema {

    /** The introspection query GraphiQL sends (graphql-js getIntrospectionQuery with descriptions). */
    public static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
              kind name ofType { kind name ofType { kind name } } } } } } }
            }""";

    /** A type reference: NON_NULL and LIST wrap {@code ofType}; named kinds carry {@code name}. */
    public record TypeRef(String kind, String name, TypeRef ofType) {

        @SuppressWarnings("unchecked")
        static TypeRef of(Map<String, Object> json) {
            return json == null ? null
                    : new TypeRef((String) json.get("kind"), (String) json.get("name"), of((Map<String, Object>) json.get("ofType")));
        }

        public TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        public boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        public boolean list() {
            return kind.equals("LIST") || (nonNull() && ofType.kind.equals("LIST"));
        }

        /** As written in a variable definition: [String!]! */
        public String sdl() {
            return switch (kind) {
                case "NON_NULL" -> ofType.sdl() + "!";
                case "LIST" -> "[" + ofType.sdl() + "]";
                default -> name;
            };
        }
    }

    public record InputValue(String name, TypeRef type, String defaultValue) {
    }

    public record FieldDef(String name, List<InputValue> args, TypeRef type) {
    }

    public record TypeDef(String kind, String name, List<FieldDef> fields, List<InputValue> inputFields, List<String> enumValues) {
    }

    public final Map<String, TypeDef> types = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    public static ServedSchema read() {
        Map<String, Object> schema = GraphQL.ok(INTROSPECTION).getMap("__schema");
        ServedSchema served = new ServedSchema();
        for (Map<String, Object> type : (List<Map<String, Object>>) schema.get("types")) {
            List<FieldDef> fields = new ArrayList<>();
            if (type.get("fields") != null) {
                for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                    fields.add(new FieldDef((String) field.get("name"), values((List<Map<String, Object>>) field.get("args")),
                            TypeRef.of((Map<String, Object>) field.get("type"))));
                }
            }
            List<String> enumValues = new ArrayList<>();
            if (type.get("enumValues") != null) {
                ((List<Map<String, Object>>) type.get("enumValues")).forEach(v -> enumValues.add((String) v.get("name")));
            }
            served.types.put((String) type.get("name"), new TypeDef((String) type.get("kind"), (String) type.get("name"),
                    fields, values((List<Map<String, Object>>) type.get("inputFields")), enumValues));
        }
        return served;
    }

    @SuppressWarnings("unchecked")
    private static List<InputValue> values(List<Map<String, Object>> json) {
        List<InputValue> values = new ArrayList<>();
        if (json != null) {
            for (Map<String, Object> v : json) {
                values.add(new InputValue((String) v.get("name"), TypeRef.of((Map<String, Object>) v.get("type")),
                        (String) v.get("defaultValue")));
            }
        }
        return values;
    }

    public TypeDef type(String name) {
        return types.get(name);
    }
}
