package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifest that `package` writes (target/kubernetes/kubernetes.yml, by quarkus-kubernetes from
 * application.properties): probes on the management port, resources, settings from a Secret and a ConfigMap
 * and no credential in the manifest itself. Runs in `verify`, after `package` has written it.
 */
class KubernetesManifestIT {

    static String text;
    static List<Map<String, Object>> resources = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Path manifest = Path.of(System.getProperty("kubernetes.manifest", "target/kubernetes/kubernetes.yml"));
        text = Files.readString(manifest);
        // SafeConstructor: plain maps and lists, no Java types from the document
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                resources.add((Map<String, Object>) document);
            }
        }
    }

    @Test
    void aServiceAndADeploymentAndNothingThatNeedsMoreThanPlainKubernetes() {
        // no Flyway init Job with its RBAC role and third-party wait image, no Prometheus Operator ServiceMonitor
        assertEquals(List.of("Service", "Deployment"), resources.stream().map(r -> r.get("kind")).toList());
        Map<String, Object> service = resource("Service");
        assertEquals("social-roi", get(service, "metadata", "name"));
        // the Service fronts the API only: the management port is for the kubelet and Prometheus, inside the pod network
        List<Map<String, Object>> ports = get(service, "spec", "ports");
        assertEquals(1, ports.size());
        assertEquals("http", ports.get(0).get("name"));
        assertEquals(80, ports.get(0).get("port"));
        assertEquals(8080, ports.get(0).get("targetPort"));
    }

    @Test
    void theProbesAskTheManagementPort() {
        Map<String, Object> container = container();
        assertProbe(container, "livenessProbe", "/q/health/live");
        assertProbe(container, "readinessProbe", "/q/health/ready");
        assertProbe(container, "startupProbe", "/q/health/started");
        List<Map<String, Object>> ports = get(container, "ports");
        assertEquals(2, ports.size());
        assertEquals(Map.of("management", 9000, "http", 8080),
                Map.of((String) ports.get(0).get("name"), ports.get(0).get("containerPort"),
                        (String) ports.get(1).get("name"), ports.get(1).get("containerPort")));
        // Prometheus scrapes the pods by annotation, on the management port
        Map<String, Object> annotations = get(resource("Deployment"), "spec", "template", "metadata", "annotations");
        assertEquals("9000", annotations.get("prometheus.io/port"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
    }

    static void assertProbe(Map<String, Object> container, String probe, String path) {
        Map<String, Object> httpGet = get(container, probe, "httpGet");
        assertEquals(path, httpGet.get("path"), probe);
        assertEquals(9000, httpGet.get("port"), probe);
        assertEquals("HTTP", httpGet.get("scheme"), probe);
    }

    @Test
    void theContainerRequestsCpuAndMemoryAndHasAMemoryLimit() {
        Map<String, Object> resources = get(container(), "resources");
        assertEquals(Map.of("cpu", "500m", "memory", "768Mi"), resources.get("requests"));
        assertEquals(Map.of("memory", "1536Mi"), resources.get("limits"));
    }

    @Test
    void settingsComeFromTheSecretAndTheConfigMap() {
        List<Map<String, Object>> envFrom = get(container(), "envFrom");
        // the generator's order varies between builds; the two sources share no key, so order does not matter
        assertEquals(Set.of(Map.of("configMapRef", Map.of("name", "social-roi-config")),
                Map.of("secretRef", Map.of("name", "social-roi-credentials"))), Set.copyOf(envFrom));
        assertEquals(2, envFrom.size());
    }

    @Test
    void noCredentialOrSettingIsWrittenIntoTheManifest() {
        // every variable the manifest sets itself is read from the cluster (valueFrom), none has a literal value
        List<Map<String, Object>> env = get(container(), "env");
        for (Map<String, Object> variable : env) {
            assertNull(variable.get("value"), "literal value for " + variable.get("name"));
            assertTrue(variable.containsKey("valueFrom"), String.valueOf(variable));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : List.of("password", "jdbc:", "postgres", "quarkus_datasource", "mp_jwt", "begin public key")) {
            assertFalse(lower.contains(word), "the manifest mentions " + word + ":\n" + text);
        }
    }

    static Map<String, Object> resource(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in:\n" + text));
    }

    static Map<String, Object> container() {
        List<Map<String, Object>> containers = get(resource("Deployment"), "spec", "template", "spec", "containers");
        assertEquals(1, containers.size());
        assertEquals("social-roi", containers.get(0).get("name"));
        return containers.get(0);
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no " + String.join(".", path) + " in:\n" + text);
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
