package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.socialroi.testing.Tokens;

/**
 * The packaged service (embedded trial mode) is stopped with SIGTERM while a batch write is in flight: the
 * batch still completes and answers (the embedded database stops only after the application), and the
 * process then exits.
 * The write is held in flight deterministically: this test locks the workspace row that every write
 * transaction updates first, and releases it only after the shutdown has begun.
 */
class GracefulShutdownIT {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anInFlightBatchFinishesDuringShutdown() throws Exception {
        Path jar = Path.of(System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory("social-roi-shutdown");
        Path data = work.resolve("postgres"); // initdb wants a directory of its own
        int httpPort = freePort();
        int pgPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(httpPort));
        builder.environment().put("SOCIAL_ROI_EMBEDDED_POSTGRES_DATA_DIR", data.toString());
        builder.environment().put("SOCIAL_ROI_EMBEDDED_POSTGRES_PORT", String.valueOf(pgPort));
        builder.environment().put("SOCIAL_ROI_SHUTDOWN_TIMEOUT", "20S");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile());
        Process service = builder.start();
        String base = "http://localhost:" + httpPort;
        String token = Tokens.forSubject("dev@social-roi.local"); // ADMIN of "default" in trial mode
        try {
            waitUntilReady(base, service, work);
            String channel = post(base, token, "mutation { createChannel(input: {name: \"Instagram\", kind: SOCIAL})"
                    + " { channel { id } } }").body();
            String channelId = channel.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

            try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
                    "postgres", "postgres"); Statement lock = db.createStatement()) {
                db.setAutoCommit(false);
                lock.execute("select id from workspace where slug = 'default' for update");

                StringBuilder items = new StringBuilder();
                for (int i = 0; i < 50; i++) {
                    items.append(i == 0 ? "" : ", ").append("{personKey: \"p").append(i)
                            .append("\", occurredAt: \"2026-03-01T10:00:00Z\", channelId: \"").append(channelId)
                            .append("\", mediaType: PAID, externalId: \"shutdown-").append(i).append("\"}");
                }
                CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(request(base, token,
                        "mutation { recordTouchpoints(input: [" + items + "]) { accepted duplicates } }"),
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(1000); // the batch now waits for the lock
                assertTrue(!inFlight.isDone(), "the batch should be waiting for the lock");

                service.toHandle().destroy(); // SIGTERM: graceful shutdown begins
                Thread.sleep(1000);
                assertTrue(service.isAlive(), "the service must wait for the request in flight");
                db.commit(); // release the lock: the batch completes

                HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                assertEquals("{\"data\":{\"recordTouchpoints\":{\"accepted\":50,\"duplicates\":0}}}", response.body());
            }
            assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service did not exit");
        } finally {
            if (service.isAlive()) {
                service.destroyForcibly();
            }
        }
        String log = Files.readString(work.resolve("service.log"));
        assertTrue(log.contains("social-roi stopped"), log);
    }

    static void waitUntilReady(String base, Process service, Path work) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited:\n" + Files.readString(work.resolve("service.log")));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready:\n" + Files.readString(work.resolve("service.log")));
    }

    static HttpRequest request(String base, String token, String query) {
        String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> post(String base, String token, String query) throws Exception {
        HttpResponse<String> response = HTTP.send(request(base, token, query), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
