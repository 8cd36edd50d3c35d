package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The OpenTelemetry SDK is off unless an OTLP endpoint is configured (in the environment or with -D). */
class TracingSwitchTest {

    static String disabled(Map<String, String> environment, Properties systemProperties) {
        return new TracingSwitch(environment, systemProperties).getValue("quarkus.otel.sdk.disabled");
    }

    static Properties properties(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return properties;
    }

    @Test
    void withoutAnEndpointTheSdkIsOff() {
        assertEquals("true", disabled(Map.of(), new Properties()));
        // set but blank is not an endpoint (a compose file's `SOCIAL_ROI_OTLP_ENDPOINT=` with nothing after it)
        assertEquals("true", disabled(Map.of("SOCIAL_ROI_OTLP_ENDPOINT", " "), new Properties()));
        // other OpenTelemetry settings alone turn nothing on
        assertEquals("true", disabled(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"), new Properties()));
    }

    @Test
    void anyOfTheEndpointSettingsTurnsItOn() {
        for (String variable : new String[] { "SOCIAL_ROI_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" }) {
            assertEquals("false", disabled(Map.of(variable, "http://collector:4317"), new Properties()), variable);
        }
        for (String property : new String[] { "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint" }) {
            assertEquals("false", disabled(Map.of(), properties(property, "http://collector:4317")), property);
        }
    }

    @Test
    void itSuppliesOnlyTheSwitchAndBelowApplicationPropertiesAndTheEnvironment() {
        TracingSwitch source = new TracingSwitch(Map.of(), new Properties());
        assertEquals(Set.of("quarkus.otel.sdk.disabled"), source.getPropertyNames());
        assertNull(source.getValue("quarkus.otel.exporter.otlp.endpoint"));
        // application.properties has 250, environment variables 300: an explicit QUARKUS_OTEL_SDK_DISABLED wins
        assertEquals(200, source.getOrdinal());
    }
}
