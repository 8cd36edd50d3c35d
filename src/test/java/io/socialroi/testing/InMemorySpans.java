package io.socialroi.testing;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Finished spans kept in memory instead of being exported. An alternative, so it exists only in the test
 * profiles that enable it ({@code QuarkusTestProfile#getEnabledAlternatives}); there Quarkus exports to it
 * ({@code quarkus.otel.traces.exporter=cdi}) and leaves the OTLP exporter out, so no endpoint is needed.
 */
@Alternative
@Singleton
public class InMemorySpans implements SpanExporter {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    public List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    public void reset() {
        spans.reset();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        return spans.export(batch);
    }

    @Override
    public CompletableResultCode flush() {
        return spans.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return spans.shutdown();
    }
}
