package io.socialroi.ops;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the OpenTelemetry SDK off unless an OTLP endpoint is configured.
 *
 * <p>Quarkus's OTLP exporter falls back to {@code http://localhost:4317} when no endpoint is set (an empty value
 * counts as unset), and whether it exists is fixed at build time. A service without a collector would therefore
 * try to export every few seconds and log each failure. {@code quarkus.otel.sdk.disabled} is the one switch
 * that can be thrown at run time, so this source supplies it: {@code true} without an endpoint, {@code false}
 * with one. Its ordinal lies below application.properties and the environment, so an explicit
 * {@code QUARKUS_OTEL_SDK_DISABLED} (or a test profile) still decides.
 *
 * <p>A plain MicroProfile config source sees only what it reads itself, so it looks where operators set an
 * endpoint: environment variables and system properties.
 */
public class TracingSwitch implements ConfigSource {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    /** Above Quarkus's defaults, below application.properties (250), the environment (300) and -D (400). */
    static final int ORDINAL = 200;

    static final List<String> ENDPOINT_VARIABLES = List.of("SOCIAL_ROI_OTLP_ENDPOINT",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    static final List<String> ENDPOINT_PROPERTIES = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint");

    private final String disabled;

    public TracingSwitch() {
        this(System.getenv(), System.getProperties());
    }

    TracingSwitch(Map<String, String> environment, Properties systemProperties) {
        boolean endpoint = ENDPOINT_VARIABLES.stream().anyMatch(name -> isSet(environment.get(name)))
                || ENDPOINT_PROPERTIES.stream().anyMatch(name -> isSet(systemProperties.getProperty(name)));
        disabled = String.valueOf(!endpoint);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SDK_DISABLED);
    }

    @Override
    public String getValue(String propertyName) {
        return SDK_DISABLED.equals(propertyName) ? disabled : null;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "social-roi tracing switch (OTLP endpoint configured or not)";
    }
}
