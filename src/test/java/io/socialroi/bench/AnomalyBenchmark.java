package io.socialroi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.attribution.StoredCredits;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DateScalar;
import io.socialroi.delivery.AnomalyMetric;
import io.socialroi.delivery.AnomalyService;
import io.socialroi.metric.TimeSeriesMetric;
import io.socialroi.metric.TimeSeriesService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.ReportCacheConfig;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Issue 16's anomaly check, the two ways, alternating in one run on DataGenerator's workspace (8 channels, 40
 * campaigns; smaller than the attribution benchmark's by default) with ReturnsDataGenerator's engagement rows:
 * <ul>
 * <li>grouped: {@code AnomalyService.alerts(day)}, three grouped statements for every scope and metric;</li>
 * <li>per scope: what the check did before, {@code timeSeries(DAY)} over the same 29 days for each of the 5 metrics
 * and each scope (workspace, every channel, every campaign): 5 × 49 series.</li>
 * </ul>
 * Both in-process (no HTTP), cold (the report cache emptied before every run). Prints medians and their ratio and
 * appends them to {@code target/benchmark.txt}. Runs with {@code ./mvnw -Pbench verify}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@Tag("benchmark")
class AnomalyBenchmark {

    static final int WARM_UP = 2;
    static final int RUNS = 7;
    static final LocalDate DAY = LocalDate.of(2026, 6, 29);

    @Inject
    @CacheName(ReportCacheConfig.CACHE_NAME)
    Cache cache;
    @Inject
    StoredCredits storedCredits;
    @Inject
    CurrentWorkspace workspace;
    @Inject
    AnomalyService anomalies;
    @Inject
    TimeSeriesService timeSeries;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;

    @Test
    void groupedAgainstPerScope() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        DataGenerator.Options defaults = DataGenerator.Options.defaults();
        DataGenerator.Options options = new DataGenerator.Options(defaults.workspaceSlug(), true,
                Integer.getInteger("bench.persons", 50_000), Integer.getInteger("bench.touchpoints", 250_000),
                Integer.getInteger("bench.conversions", 25_000), defaults.endDate(), defaults.seed());
        DataGenerator.Result data;
        try (Connection connection = DataGenerator.connect(url, user, password)) {
            data = DataGenerator.generate(connection, options);
            ReturnsDataGenerator.generate(connection, data.workspaceId());
        }
        long ws = data.workspaceId();
        inWorkspace(ws, () -> {
            storedCredits.rebuild(ws);
            return null;
        });

        int scopes = inWorkspace(ws, () -> 1 + channels.list().size() + campaigns.all().size());
        int alerts = inWorkspace(ws, () -> anomalies.alerts(DAY).size());
        double[] grouped = new double[RUNS];
        double[] perScope = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            // alternating, so that the machine's noise falls on both alike
            double g = time(ws, () -> anomalies.alerts(DAY).size());
            double p = time(ws, this::everySeriesOneByOne);
            if (i >= 0) {
                grouped[i] = g;
                perScope[i] = p;
            }
        }
        assertEquals(5 * scopes, (int) inWorkspace(ws, this::everySeriesOneByOne), "every series computed");
        Arrays.sort(grouped);
        Arrays.sort(perScope);
        String out = String.format(Locale.ROOT, """

                Anomaly check (issue 16), %d scopes (workspace, channels, campaigns) × 5 metrics, day %s, %d alerts;
                %d warm-up + %d timed runs each, alternating, cold (report cache emptied), in-process, ms:
                | way | median | max |
                |---|---|---|
                | grouped (3 statements) | %.0f | %.0f |
                | per scope (timeSeries × %d) | %.0f | %.0f |
                grouped / per scope: %.2f
                """, scopes, DAY, alerts, WARM_UP, RUNS, grouped[RUNS / 2], grouped[RUNS - 1], 5 * scopes,
                perScope[RUNS / 2], perScope[RUNS - 1], grouped[RUNS / 2] / perScope[RUNS / 2]);
        System.out.println(out);
        Path file = Path.of("target", "benchmark.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e);
        }
    }

    /** The check as it was: one DAY series per metric and scope; answers how many series. */
    int everySeriesOneByOne() {
        DateRangeInput window = new DateRangeInput();
        window.from = DateScalar.of(DAY.minusDays(28));
        window.to = DateScalar.of(DAY);
        List<String[]> scopes = new ArrayList<>();
        scopes.add(new String[] { null, null });
        channels.list().forEach(c -> scopes.add(new String[] { null, Channel.globalId(ChannelService.databaseId(c)) }));
        campaigns.all().forEach(c -> scopes.add(new String[] { Campaign.globalId(c.databaseId()), null }));
        int series = 0;
        for (AnomalyMetric metric : AnomalyMetric.values()) {
            TimeSeriesMetric m = TimeSeriesMetric.valueOf(metric == AnomalyMetric.ATTRIBUTED_REVENUE ? "REVENUE"
                    : metric.name());
            for (String[] scope : scopes) {
                timeSeries.timeSeries(m, Granularity.DAY, window, scope[0], scope[1], null, null, null);
                series++;
            }
        }
        return series;
    }

    double time(long ws, Supplier<Integer> work) {
        cache.invalidateAll().await().indefinitely();
        long start = System.nanoTime();
        inWorkspace(ws, work);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs {@code work} as the workspace in a request context of its own, as a delivery does. */
    <T> T inWorkspace(long ws, Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            workspace.runAs(ws);
            return work.get();
        } finally {
            context.terminate();
        }
    }
}
