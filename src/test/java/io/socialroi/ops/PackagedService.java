package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before the *IT tests
 * run) as a process of its own, on the embedded database in {@code work/postgres}: the trial as a user starts it.
 */
final class PackagedService implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final Path work;
    final Path data;
    final int httpPort;
    final int managementPort;
    final int postgresPort;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;
    private int starts;

    PackagedService(Path work) throws IOException {
        this.work = work;
        this.data = work.resolve("postgres"); // initdb wants a directory of its own
        this.httpPort = freePort();
        this.managementPort = freePort();
        this.postgresPort = freePort();
    }

    /** Sets a variable for the next starts; null removes it. */
    PackagedService env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    /** The log of the latest start. */
    Path log() {
        return work.resolve("service-" + starts + ".log");
    }

    Process start() throws IOException {
        Path jar = Path.of(System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(httpPort));
        builder.environment().put("SOCIAL_ROI_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("SOCIAL_ROI_EMBEDDED_POSTGRES_DATA_DIR", data.toString());
        builder.environment().put("SOCIAL_ROI_EMBEDDED_POSTGRES_PORT", String.valueOf(postgresPort));
        // what a developer's shell may carry must not change the trial under test
        for (String inherited : List.of("QUARKUS_DATASOURCE_JDBC_URL", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "QUARKUS_PROFILE", "QUARKUS_HTTP_HOST")) {
            builder.environment().remove(inherited);
        }
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        starts++;
        builder.redirectErrorStream(true).redirectOutput(log().toFile());
        process = builder.start();
        return process;
    }

    /** Starts and waits until the service is ready. */
    PackagedService startReady() throws Exception {
        start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited:\n" + Files.readString(log()));
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready:\n" + Files.readString(log()));
    }

    private boolean ready() throws InterruptedException {
        for (int port : new int[] { managementPort, httpPort }) {
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
        }
        return false;
    }

    /** Waits for a start that must fail, and returns its exit code. */
    int exitCode() throws Exception {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not exit:\n" + Files.readString(log()));
        }
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /** The trial's ADMIN token, as the latest start printed it (the line after its announcement). */
    String printedToken() throws IOException {
        List<String> lines = Files.readAllLines(log());
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains("Trial ADMIN token for")) {
                return lines.get(i + 1).trim();
            }
        }
        throw new AssertionError("no trial token in the log:\n" + String.join("\n", lines));
    }

    String postgresPassword() throws IOException {
        return Files.readString(data.resolve("social-roi").resolve("postgres-password")).trim();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    /** SIGTERM, as a container runtime or a terminal's Ctrl-C stops it, and waits for the exit. */
    void stop() throws Exception {
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not stop:\n" + Files.readString(log()));
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    static HttpRequest request(String base, String token, String query) {
        String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    static HttpResponse<String> send(String base, String token, String query) throws Exception {
        return HTTP.send(request(base, token, query), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String base, String token, String query) throws Exception {
        HttpResponse<String> response = send(base, token, query);
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
