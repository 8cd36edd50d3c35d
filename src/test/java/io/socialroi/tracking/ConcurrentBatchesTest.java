package io.socialroi.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.TestData;

/**
 * Two identical batches sent at the same moment record once: writes of one workspace take turns (the data
 * version row lock), so the second sees the first's external ids and counts every item as a duplicate.
 * Raced with real threads, several rounds.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ConcurrentBatchesTest {

    static final int ITEMS = 200;
    static final int ROUNDS = 5;

    @Inject
    TestData data;

    String channel;

    @BeforeEach
    void setUp() {
        data.reset();
        channel = TestData.createChannel("Instagram", "SOCIAL");
    }

    @Test
    void identicalTouchpointBatchesInParallelRecordOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                Map<String, Object> touch = TestData.touch("p" + i, "2026-03-01T10:00:00Z", channel, null);
                touch.put("externalId", "r" + round + "-t" + i);
                batch.add(touch);
            }
            List<Map<String, Object>> results = race(() -> TestData.recordTouchpoints(batch));
            assertOnce(results);
            assertEquals((long) ITEMS * (round + 1), data.count("touchpoint"));
        }
    }

    @Test
    void identicalConversionBatchesInParallelRecordOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                Map<String, Object> sale = TestData.sale("p" + i, "2026-03-02T10:00:00Z", "10.00");
                sale.put("externalId", "r" + round + "-c" + i);
                batch.add(sale);
            }
            List<Map<String, Object>> results = race(() -> TestData.recordConversions(batch));
            assertOnce(results);
            assertEquals((long) ITEMS * (round + 1), data.count("conversion"));
        }
    }

    /** Both calls released together by a latch; their payloads. */
    static List<Map<String, Object>> race(java.util.concurrent.Callable<Map<String, Object>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Map<String, Object>> results = new ArrayList<>();
            for (Future<Map<String, Object>> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One call accepted every item, the other counted every item as a duplicate. */
    static void assertOnce(List<Map<String, Object>> results) {
        for (Map<String, Object> r : results) {
            assertEquals(List.of(), r.get("userErrors"), String.valueOf(r));
        }
        List<Integer> accepted = results.stream().map(r -> (Integer) r.get("accepted")).sorted().toList();
        List<Integer> duplicates = results.stream().map(r -> (Integer) r.get("duplicates")).sorted().toList();
        assertEquals(List.of(0, ITEMS), accepted);
        assertEquals(List.of(0, ITEMS), duplicates);
    }
}
