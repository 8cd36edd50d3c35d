package io.socialroi.ops;

import java.util.List;

import jakarta.annotation.Priority;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Names the span of a GraphQL operation after the operation even when the client does not send
 * {@code operationName}.
 *
 * <p>SmallRye GraphQL's tracing (its {@code TracingService}) names the span {@code "GraphQL:<operationName>"} from
 * the request's {@code operationName} field, which GraphiQL and most client libraries send but curl, scripts and
 * the load test do not: their spans would all be called {@code "GraphQL"}, and a trace view could not tell
 * operations apart. A document with a single named operation names it unambiguously, so that name is used.
 *
 * <p>Runs right after {@code TracingService} ({@code @Priority(0)}) has started the span and made it current,
 * and only while SmallRye GraphQL tracing is on (the same configuration key).
 */
@Priority(100)
public class OperationSpanName implements EventingService {

    /** The name {@code TracingService} gives an operation whose request carries no operationName. */
    static final String UNNAMED = "GraphQL";

    @Override
    public String getConfigKey() {
        return "smallrye.graphql.tracing.enabled";
    }

    @Override
    public void beforeExecute(Context context) {
        if (context.getOperationName().isPresent()) {
            return; // TracingService has used it
        }
        // Only the span TracingService has just started, never a span of someone else (the HTTP request's).
        if (!(Span.current() instanceof ReadableSpan span) || !UNNAMED.equals(span.getName())) {
            return;
        }
        String name = singleOperationName(context.unwrap(Document.class));
        if (name != null) {
            Span.current().updateName(UNNAMED + ":" + name);
            Span.current().setAttribute("graphql.operationName", name);
        }
    }

    /** The name of the document's only operation; null if it has several or none, or the one is anonymous. */
    static String singleOperationName(Document document) {
        if (document == null) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() != 1) {
            return null;
        }
        String name = operations.get(0).getName();
        return name == null || name.isEmpty() ? null : name;
    }
}
