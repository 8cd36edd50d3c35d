package io.socialroi.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Sends every request of src/test/resources/hostile/corpus.json over HTTP and holds the service to the same rules
 * for all of them: no 5xx, no INTERNAL_ERROR anywhere in the answer, the database exactly as before (every table
 * Flyway owns, rows and contents), and the status and code the entry expects. Then the service's heap (this JVM)
 * must be below 512 MiB after a full collection: the huge bodies are not kept.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class HostileCorpusTest {

    static final String FOREIGN_OWNER = "owner@foreign.test";
    static final long MAX_HEAP = 512L * 1024 * 1024;

    @TestHTTPResource("/")
    java.net.URL root;
    @Inject
    TestData data;

    final Map<String, String> ids = new LinkedHashMap<>();

    @Test
    void theServiceWithstandsTheCorpus() throws Exception {
        setUp();
        List<Map<String, Object>> entries = JsonPath.from(getClass().getResourceAsStream("/hostile/corpus.json")).getList("entries");
        assertTrue(entries.size() >= 30, "corpus of " + entries.size());
        List<String> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, String> before = data.fingerprint();
            try {
                String result = send(entry);
                assertEquals(before, data.fingerprint(), entry.get("name") + " changed the database");
                results.add(String.format("%-60s %s", entry.get("name"), result));
            } catch (AssertionError e) {
                failures.add(e.getMessage()); // every entry runs, so one run shows every failure
            }
        }
        System.out.println("HostileCorpusTest: " + entries.size() + " requests\n  " + String.join("\n  ", results));
        assertEquals(List.of(), failures);

        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("HostileCorpusTest: heap used after the corpus and a full collection: %d MiB (limit 512 MiB)%n",
                used / (1024 * 1024));
        assertTrue(used < MAX_HEAP, "heap used " + used / (1024 * 1024) + " MiB");
    }

    /** A second workspace of another subject with something recorded in it, and this workspace's own objects. */
    void setUp() {
        data.reset();
        ids.put("ownChannel", TestData.createChannel("LinkedIn", "SOCIAL"));
        ids.put("ownCampaign", TestData.createCampaign("Launch", "launch", "2026-01-01", ids.get("ownChannel")));
        GraphQL.Caller foreign = GraphQL.as(FOREIGN_OWNER);
        foreign.ok("mutation { createWorkspace(input: {slug: \"foreign\", name: \"Foreign\"}) { userErrors { code } } }");
        ids.put("foreignChannel", foreign.ok("mutation { createChannel(input: {name: \"Secret\", kind: SOCIAL}) { channel { id } } }")
                .getString("createChannel.channel.id"));
        ids.put("foreignCampaign", foreign.ok("mutation($ch: ID!) { createCampaign(input: {name: \"Secret plan\", objective: AWARENESS,"
                + " startDate: \"2026-01-01\", channelIds: [$ch]}) { campaign { id } } }", "ch", ids.get("foreignChannel"))
                .getString("createCampaign.campaign.id"));
        ids.put("foreignCost", foreign.ok("mutation($c: ID!) { recordCost(input: {campaignId: $c, category: TOOLS, incurredOn:"
                + " \"2026-03-01\", amount: {amount: \"9\", currencyCode: \"EUR\"}, externalId: \"foreign-cost\"}) { costEntry { id } } }",
                "c", ids.get("foreignCampaign")).getString("recordCost.costEntry.id"));
        foreign.ok("mutation($ch: ID!) { recordTouchpoints(input: [{personKey: \"p1\", occurredAt: \"2026-03-01T10:00:00Z\","
                + " channelId: $ch, mediaType: PAID, externalId: \"foreign-touch\"}]) { accepted } }", "ch", ids.get("foreignChannel"));
        ids.put("foreignRate", foreign.ok("mutation { setExchangeRate(input: {base: \"USD\", quote: \"EUR\", rate: \"0.9\","
                + " validFrom: \"2026-01-01\"}) { exchangeRate { id } } }").getString("setExchangeRate.exchangeRate.id"));
        ids.values().forEach(id -> assertTrue(id != null && !id.isEmpty(), String.valueOf(ids)));
    }

    @SuppressWarnings("unchecked")
    String send(Map<String, Object> entry) throws Exception {
        String name = (String) entry.get("name");
        Map<String, Object> expect = (Map<String, Object>) entry.get("expect");
        int expectedStatus = (Integer) expect.get("status");
        if (entry.get("announceBytes") != null) {
            int status = announce((Integer) entry.get("announceBytes"));
            assertEquals(expectedStatus, status, name);
            return "HTTP " + status;
        }
        RequestSpecification request = given().contentType(ContentType.JSON);
        String token = token((String) entry.getOrDefault("token", "tester"));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (entry.get("workspace") != null) {
            request = request.header("X-Workspace", expand(entry.get("workspace")));
        }
        if (entry.get("raw") != null) {
            request = request.body(((String) entry.get("raw")).getBytes(StandardCharsets.UTF_8));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", expand(entry.get("query")));
            body.put("variables", entry.get("variables") == null ? Map.of() : expand(entry.get("variables")));
            request = request.body(body);
        }
        Response response = request.when().post("/graphql");
        String text = response.asString();
        int status = response.statusCode();
        assertTrue(status < 500, name + ": HTTP " + status + " " + shorten(text));
        assertEquals(expectedStatus, status, name + ": " + shorten(text));
        assertFalse(text.contains("INTERNAL_ERROR"), name + ": " + shorten(text));
        if (expect.get("maxBodyLength") != null) {
            assertTrue(text.length() <= (Integer) expect.get("maxBodyLength"), name + ": answer of " + text.length() + " characters");
        }
        if (status != 200) {
            return "HTTP " + status;
        }
        JsonPath json = JsonPath.from(text);
        List<String> messages = json.getList("errors.message");
        List<String> codes = json.getList("errors.extensions.code");
        String outcome = "HTTP 200";
        if (expect.get("message") != null) {
            String expected = (String) expect.get("message");
            assertTrue(messages != null && messages.stream().anyMatch(m -> m.contains(expected)), name + ": " + shorten(text));
            outcome += ", error \"" + shorten(messages.get(0)) + "\"";
        }
        if (expect.get("code") != null && expect.get("userErrors") == null) {
            assertTrue(codes != null && codes.contains(expect.get("code")), name + ": " + shorten(text));
            outcome += ", " + expect.get("code");
        }
        if (expect.get("userErrors") != null) {
            String field = (String) expect.get("userErrors");
            assertNull(json.get("errors"), name + ": " + shorten(text));
            List<Map<String, Object>> userErrors = json.getList("data." + field + ".userErrors");
            assertTrue(userErrors.stream().anyMatch(e -> e.get("code").equals(expect.get("code"))
                    && e.get("field").equals(expect.get("field"))), name + ": " + shorten(text));
            outcome += ", userError " + expect.get("code") + " at " + expect.get("field");
        }
        if (expect.get("null") != null) {
            assertNull(json.get("errors"), name + ": " + shorten(text));
            for (String path : (List<String>) expect.get("null")) {
                assertNull(json.get(path), name + ": " + path);
            }
            outcome += ", " + expect.get("null") + " null";
        }
        return outcome;
    }

    String token(String kind) {
        return switch (kind) {
            case "tester" -> Tokens.forSubject(Tokens.TESTER);
            case "expired" -> Tokens.expired(Tokens.TESTER);
            case "unsigned" -> Tokens.unsigned(Tokens.TESTER);
            case "forAnotherAudience" -> Tokens.forAnotherAudience(Tokens.TESTER);
            case "signedWithAnotherKey" -> Tokens.signedWithAnotherKey(Tokens.TESTER);
            case "none" -> null;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Generators and ${id} placeholders of the corpus, expanded. */
    @SuppressWarnings("unchecked")
    Object expand(Object value) {
        if (value instanceof String text) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                text = text.replace("${" + id.getKey() + "}", id.getValue());
            }
            return text;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::expand).toList();
        }
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("repeat")) {
                String unit = (String) map.get("repeat");
                int times = (Integer) map.get("times");
                if (!unit.contains("{i}")) {
                    return unit.repeat(times);
                }
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < times; i++) {
                    out.append(unit.replace("{i}", String.valueOf(i)));
                }
                return out.toString();
            }
            if (map.containsKey("concat")) {
                StringBuilder out = new StringBuilder();
                ((List<Object>) map.get("concat")).forEach(part -> out.append(expand(part)));
                return out.toString();
            }
            if (map.containsKey("repeatItem")) {
                return Collections.nCopies((Integer) map.get("times"), expand(map.get("repeatItem")));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, expand(v)));
            return out;
        }
        return value;
    }

    /** Announces a body of {@code bytes} and sends only its start: the server answers from Content-Length alone. */
    int announce(int bytes) throws Exception {
        try (Socket socket = new Socket("localhost", root.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.forSubject(Tokens.TESTER) + "\r\nContent-Length: " + bytes
                    + "\r\n\r\n{\"query\": \"";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    static String shorten(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }
}
