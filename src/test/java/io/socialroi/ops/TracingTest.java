package io.socialroi.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.InMemorySpans;
import io.socialroi.testing.Tokens;

/**
 * Traces with the exporter replaced by memory: a GraphQL operation gets a span named after it, inside the HTTP
 * request's span, and the SQL statements it runs are spans inside the operation's. Log lines written while a
 * request runs carry its trace id in the configured console format.
 */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class TracingTest {

    /** Tracing on as with an OTLP endpoint, but exported to {@link InMemorySpans}; SQL statements logged. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    // finished spans reach the exporter within 50 ms instead of the default 5 s
                    "quarkus.otel.bsp.schedule.delay", "50ms",
                    "quarkus.log.category.\"org.hibernate.SQL\".level", "DEBUG");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemorySpans.class);
        }
    }

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operationName");
    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    static final AttributeKey<String> DB_TABLE = AttributeKey.stringKey("db.sql.table");

    @Inject
    InMemorySpans spans;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void aNamedOperationIsASpanOfItsNameWithItsStatementsInside() {
        GraphQL.ok("query TracedWorkspace { workspace { slug name } }");

        SpanData operation = awaitSpan(s -> s.getName().startsWith("GraphQL"));
        assertEquals("GraphQL:TracedWorkspace", operation.getName());
        assertEquals("TracedWorkspace", operation.getAttributes().get(OPERATION_NAME));
        // inside the HTTP request's span, one trace from the request to the database
        SpanData request = awaitSpan(s -> s.getSpanId().equals(operation.getParentSpanId()));
        assertEquals("POST /graphql", request.getName());
        assertEquals(SpanKind.SERVER, request.getKind());
        assertEquals(operation.getTraceId(), request.getTraceId());

        // the workspace is read from PostgreSQL: a JDBC span below the operation's, in the same trace
        SpanData select = awaitSpan(s -> "workspace".equals(s.getAttributes().get(DB_TABLE)));
        assertEquals("SELECT postgres.workspace", select.getName());
        assertEquals(SpanKind.CLIENT, select.getKind());
        assertEquals("postgresql", select.getAttributes().get(DB_SYSTEM));
        assertEquals(operation.getTraceId(), select.getTraceId());
        assertTrue(ancestors(select).contains(operation.getSpanId()),
                "the statement's span is not inside the operation's: " + describe(spans.finished()));
    }

    @Test
    void theRequestsOperationNameNamesTheSpanAndAnAnonymousOperationIsJustGraphQL() {
        // Two operations in one document: the request's operationName picks one (as GraphiQL and client libraries send it).
        String document = "query First { workspace { slug } } query Second { workspace { name } }";
        int status = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .body(Map.of("query", document, "operationName", "Second")).when().post("/graphql").then().extract().statusCode();
        assertEquals(200, status);
        SpanData second = awaitSpan(s -> s.getName().startsWith("GraphQL"));
        assertEquals("GraphQL:Second", second.getName());
        assertEquals("Second", second.getAttributes().get(OPERATION_NAME));

        spans.reset();
        GraphQL.ok("{ workspace { slug } }");
        SpanData anonymous = awaitSpan(s -> s.getName().startsWith("GraphQL"));
        assertEquals("GraphQL", anonymous.getName());
        assertEquals("", anonymous.getAttributes().get(OPERATION_NAME));
    }

    @Test
    void logLinesOfARequestCarryItsTraceId() {
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        PatternFormatter formatter = new PatternFormatter(format);
        List<String> lines = new CopyOnWriteArrayList<>();
        // Formats as the console does, on the request's thread, where the trace id is in the MDC.
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger sql = Logger.getLogger("org.hibernate.SQL");
        sql.addHandler(capture);
        try {
            GraphQL.ok("query LoggedWorkspace { workspace { slug } }");
        } finally {
            sql.removeHandler(capture);
        }
        SpanData operation = awaitSpan(s -> s.getName().equals("GraphQL:LoggedWorkspace"));
        List<String> statements = lines.stream().filter(l -> l.contains("from workspace")).toList();
        assertFalse(statements.isEmpty(), "no SQL statement was logged: " + lines);
        for (String line : statements) {
            assertTrue(line.contains("[" + operation.getTraceId() + ","), line);
        }
    }

    /** The first finished span that matches, waiting up to 10 s for the batch processor to export it. */
    SpanData awaitSpan(Predicate<SpanData> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SpanData> found = spans.finished().stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no such span among: " + describe(spans.finished()));
    }

    /** The ids of a span's parent, grandparent, … among the finished spans of its trace. */
    List<String> ancestors(SpanData span) {
        Map<String, SpanData> byId = spans.finished().stream().filter(s -> s.getTraceId().equals(span.getTraceId()))
                .collect(Collectors.toMap(SpanData::getSpanId, s -> s));
        List<String> ids = new java.util.ArrayList<>();
        for (SpanData parent = byId.get(span.getParentSpanId()); parent != null; parent = byId.get(parent.getParentSpanId())) {
            ids.add(parent.getSpanId());
        }
        return ids;
    }

    static String describe(List<SpanData> spans) {
        return spans.stream().map(s -> s.getName() + " (" + s.getSpanId() + " in " + s.getParentSpanId() + ")")
                .collect(Collectors.joining(", "));
    }
}
