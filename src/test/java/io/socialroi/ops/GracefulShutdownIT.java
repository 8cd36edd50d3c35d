package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged service (embedded trial mode) is stopped with SIGTERM while a batch write is in flight: the
 * batch still completes and answers (the embedded database stops only after the application), and the
 * process then exits.
 * The write is held in flight deterministically: this test locks the workspace row that every write
 * transaction updates first, and releases it only after the shutdown has begun.
 */
class GracefulShutdownIT {

    @Test
    void anInFlightBatchFinishesDuringShutdown() throws Exception {
        try (PackagedService service = new PackagedService(Files.createTempDirectory("social-roi-shutdown"))) {
            service.env("SOCIAL_ROI_SHUTDOWN_TIMEOUT", "20S").startReady();
            String base = service.base();
            String token = service.printedToken(); // ADMIN of "default" in trial mode
            String channel = PackagedService.post(base, token, "mutation { createChannel(input: {name: \"Instagram\", kind: SOCIAL})"
                    + " { channel { id } } }").body();
            String channelId = channel.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

            try (Connection db = DriverManager.getConnection(service.jdbcUrl(), "postgres", service.postgresPassword());
                    Statement lock = db.createStatement()) {
                db.setAutoCommit(false);
                lock.execute("select id from workspace where slug = 'default' for update");

                StringBuilder items = new StringBuilder();
                for (int i = 0; i < 50; i++) {
                    items.append(i == 0 ? "" : ", ").append("{personKey: \"p").append(i)
                            .append("\", occurredAt: \"2026-03-01T10:00:00Z\", channelId: \"").append(channelId)
                            .append("\", mediaType: PAID, externalId: \"shutdown-").append(i).append("\"}");
                }
                CompletableFuture<HttpResponse<String>> inFlight = PackagedService.HTTP.sendAsync(
                        PackagedService.request(base, token, "mutation { recordTouchpoints(input: [" + items
                                + "]) { accepted duplicates } }"),
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(1000); // the batch now waits for the lock
                assertTrue(!inFlight.isDone(), "the batch should be waiting for the lock");

                service.process().toHandle().destroy(); // SIGTERM: graceful shutdown begins
                Thread.sleep(1000);
                assertTrue(service.process().isAlive(), "the service must wait for the request in flight");
                db.commit(); // release the lock: the batch completes

                HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                assertEquals("{\"data\":{\"recordTouchpoints\":{\"accepted\":50,\"duplicates\":0}}}", response.body());
            }
            assertTrue(service.process().waitFor(30, TimeUnit.SECONDS), "the service did not exit");
            String log = Files.readString(service.log());
            assertTrue(log.contains("social-roi stopped"), log);
        }
    }
}
