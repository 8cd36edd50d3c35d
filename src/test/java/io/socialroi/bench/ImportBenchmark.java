package io.socialroi.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Issue 13's import benchmark: a 100,000-row tidy ad-reporting file and a 100,000-row touchpoint file, each
 * uploaded as a raw body to POST /imports, timed end to end, with the service's heap growth (the service runs in
 * this JVM, after a GC: the peak of the old generation during the upload over its use before, which is what the
 * import holds on to; and the sum of every heap pool's peak, an upper bound that counts the young generation's
 * garbage too). Targets
 * (the issue): under 10 s each, heap growth under 256 MiB. Runs with {@code ./mvnw -Pbench verify}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@Tag("benchmark")
class ImportBenchmark {

    static final int ROWS = 100_000;
    static final int CAMPAIGNS = 100;

    @Inject
    TestData data;

    record Measure(String file, long bytes, double seconds, long retainedGrowth, long heapGrowth, String status,
            int written) {
    }

    @Test
    void importHundredThousandRowFiles() throws IOException {
        data.reset();
        TestData.createChannel("Facebook", "SOCIAL", "facebook");
        TestData.createChannel("Google", "SEARCH", "google");
        for (int c = 1; c <= CAMPAIGNS; c++) {
            TestData.createCampaign("Campaign " + c, "c" + c, "2025-01-01");
        }
        Path ads = Files.createTempFile("ads", ".csv");
        Path touches = Files.createTempFile("touchpoints", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(ads, StandardCharsets.UTF_8)) {
                out.write("date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency\n");
                for (int i = 0; i < ROWS; i++) {
                    // 200 distinct (platform, campaign) per day over 500 days: every row its own natural key
                    boolean facebook = i % 2 == 0;
                    int campaign = (i / 2) % CAMPAIGNS + 1;
                    out.write(String.format(Locale.ROOT, "%s,%s,%s,Brand,p%d,Campaign %d,%d,%d,%d.%02d,EUR%n",
                            LocalDate.parse("2025-01-01").plusDays(i / 200), facebook ? "facebook_ads" : "google_ads",
                            facebook ? "act_1" : "g_1", campaign, campaign, i % 50, i % 5000, i % 300, i % 100));
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(touches, StandardCharsets.UTF_8)) {
                out.write("person,timestamp,utm_source,utm_medium,utm_campaign,external_id\n");
                Instant start = Instant.parse("2025-01-01T00:00:00Z");
                for (int i = 0; i < ROWS; i++) {
                    out.write(String.format(Locale.ROOT, "person-%d,%s,%s,cpc,c%d,t-%d%n", i % 20_000,
                            start.plusSeconds(i * 317L), i % 2 == 0 ? "facebook" : "google", i % CAMPAIGNS + 1, i));
                }
            }
            List<Measure> measures = new ArrayList<>();
            measures.add(upload(ads, "ad reporting (tidy), 100,000 rows"));
            measures.add(upload(touches, "touchpoints, 100,000 rows"));
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "%nImports (POST /imports, raw body, one transaction each)%n%n"));
            table.append("| file | size | time | heap growth: retained (old generation) | all pools' peaks (upper bound) | status | written |\n"
                    + "| --- | ---: | ---: | ---: | ---: | --- | ---: |\n");
            for (Measure m : measures) {
                table.append(String.format(Locale.ROOT, "| %s | %.1f MB | %.1f s | %d MiB | %d MiB | %s | %,d |%n",
                        m.file(), m.bytes() / 1e6, m.seconds(), m.retainedGrowth() >> 20, m.heapGrowth() >> 20,
                        m.status(), m.written()));
            }
            System.out.println(table);
            Files.writeString(Path.of("target", "import-benchmark.md"), table.toString());
            for (Measure m : measures) {
                assertEquals("COMPLETED", m.status(), m.file());
                assertEquals(ROWS, m.written(), m.file());
            }
        } finally {
            Files.deleteIfExists(ads);
            Files.deleteIfExists(touches);
        }
    }

    Measure upload(Path file, String name) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        // what outlives young collections: the pools that are not the young generation's (eden, survivor)
        List<MemoryPoolMXBean> old = heap.stream().filter(pool -> !pool.getName().contains("Eden")
                && !pool.getName().contains("Survivor")).toList();
        long oldBefore = old.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        JsonPath answer = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000)))
                .header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER))
                .contentType("text/csv").queryParam("fileName", file.getFileName().toString()).body(file.toFile())
                .when().post("/imports").then().extract().jsonPath();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long oldPeak = old.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Integer written = answer.get("counts.written");
        return new Measure(name, Files.size(file), seconds, Math.max(0, oldPeak - oldBefore), Math.max(0, peak - before),
                answer.getString("status"),
                written == null ? -1 : written);
    }
}
