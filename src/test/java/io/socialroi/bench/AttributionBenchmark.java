package io.socialroi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.reporting.ReportCacheConfig;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;

/**
 * Times the attribution reports over HTTP on a full-size generated workspace (see {@link DataGenerator}):
 * for every {@link AttributionModel}, {@code channelPerformance} with all its fields and a page of
 * {@code campaigns(first: 50)} with {@code roi}, each cold (report cache emptied before every run, so
 * PostgreSQL computes everything) and warm (from the cache). Two warm-up runs, then five timed runs;
 * prints the median and the maximum and writes the table to {@code target/benchmark.txt}. A model that answers
 * MODEL_NOT_AVAILABLE is reported as such.
 *
 * <p>A benchmark, not a test: nothing asserts a time. It is left out of {@code ./mvnw verify} (tag
 * "benchmark") and runs with {@code ./mvnw -Pbench verify}. Sizes can be lowered for a quick look with
 * {@code -Dbench.persons=… -Dbench.touchpoints=… -Dbench.conversions=…}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@Tag("benchmark")
class AttributionBenchmark {

    static final int WARM_UP = 2;

    @Inject
    @CacheName(ReportCacheConfig.CACHE_NAME)
    Cache cache;
    static final int RUNS = 5;

    static final String CHANNEL_PERFORMANCE = """
            {
              channelPerformance(attribution: {model: %s}) {
                channel { id name kind aliases }
                cost { amount currencyCode }
                attributedRevenue { amount currencyCode }
                conversions
                assistedConversions
                byMediaType { mediaType attributedRevenue { amount } conversions assistedConversions roas }
                roi {
                  cost { amount currencyCode } revenue { amount currencyCode } netReturn { amount currencyCode }
                  percent roas undefinedReason
                }
              }
            }""";

    static final String CAMPAIGN_PAGE = """
            {
              campaigns(first: 50) {
                nodes { roi(attribution: {model: %s}) { percent roas cost { amount } revenue { amount } } }
              }
            }""";

    /** The returns beyond revenue (LAST_TOUCH, all time unless a period is named), on ReturnsDataGenerator's data. */
    static final String[][] RETURNS = {
        {"campaign page: valuePercent + valueReturns", "campaigns",
            "{ campaigns(first: 50) { nodes { roi { valuePercent valueReturns { total { amount } } } } } }"},
        {"channelPerformance: valuePercent", "channelPerformance", "{ channelPerformance { roi { valuePercent } } }"},
        {"campaign page: engagement", "campaigns",
            "{ campaigns(first: 50) { nodes { engagement { engagementRate costPerClick { amount } } } } }"},
        {"campaign page: earnedMediaValue", "campaigns",
            "{ campaigns(first: 50) { nodes { earnedMediaValue { total { amount } } } } }"},
        {"earnedMediaValue (recorded)", "earnedMediaValue",
            "{ earnedMediaValue { total { amount } unpricedClicks byKeyword { keyword } } }"},
        {"earnedMediaValue (touchpoints)", "earnedMediaValue",
            "{ earnedMediaValue(organicClicks: TOUCHPOINTS) { total { amount } byKeyword { keyword } } }"},
        {"serviceSavings", "serviceSavings", "{ serviceSavings { savings { amount } byChannel { channel { name } } } }"},
        {"socialCohortLift", "socialCohortLift",
            "{ socialCohortLift(asOf: \"2026-12-31\") { engaged { customers } lifts { difference lowerBound } } }"},
        {"goals: progress (one per campaign)", "goals", "{ goals { progress(asOf: \"2026-06-30\") { status } } }"},
        {"timeSeries VALUE_ROI by month", "timeSeries", "{ timeSeries(metric: VALUE_ROI, granularity: MONTH,"
            + " period: {from: \"2025-07-01\", to: \"2026-06-30\"}) { points { value } } }"},
    };

    /** Median and maximum of the timed runs, or why there are none. */
    record Timing(double medianMs, double maxMs, String unavailable) {
        String median() {
            return unavailable != null ? unavailable : String.format(Locale.ROOT, "%.0f", medianMs);
        }

        String max() {
            return unavailable != null ? "" : String.format(Locale.ROOT, "%.0f", maxMs);
        }
    }

    @Test
    void attributionReports() throws Exception {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        DataGenerator.Options defaults = DataGenerator.Options.defaults();
        DataGenerator.Options options = new DataGenerator.Options(defaults.workspaceSlug(), true,
                Integer.getInteger("bench.persons", defaults.persons()),
                Integer.getInteger("bench.touchpoints", defaults.touchpoints()),
                Integer.getInteger("bench.conversions", defaults.conversions()), defaults.endDate(), defaults.seed());

        DataGenerator.Result data;
        String postgres;
        try (Connection connection = DataGenerator.connect(url, user, password)) {
            data = DataGenerator.generate(connection, options);
            postgres = scalar(connection, "select version()");
        }

        JsonPath summary = GraphQL.ok("""
                { attributionSummary { conversions revenue { amount currencyCode } unattributedConversions
                                       unattributedRevenue { amount } } }""");
        int pageSize = GraphQL.ok("{ campaigns(first: 50) { nodes { id } } }").getList("campaigns.nodes").size();

        List<String[]> rows = new ArrayList<>();
        for (AttributionModel model : AttributionModel.values()) {
            Timing channels = time(CHANNEL_PERFORMANCE.formatted(model), "channelPerformance", true);
            Timing channelsWarm = time(CHANNEL_PERFORMANCE.formatted(model), "channelPerformance", false);
            Timing campaigns = time(CAMPAIGN_PAGE.formatted(model), "campaigns", true);
            Timing campaignsWarm = time(CAMPAIGN_PAGE.formatted(model), "campaigns", false);
            rows.add(new String[] {model.name(), channels.median(), channels.max(), channelsWarm.median(),
                    campaigns.median(), campaigns.max(), campaignsWarm.median()});
        }

        Map<String, Long> returnsData;
        try (Connection connection = DataGenerator.connect(url, user, password)) {
            long t = System.nanoTime();
            returnsData = ReturnsDataGenerator.generate(connection, data.workspaceId());
            returnsData.put("(seconds to load)", (System.nanoTime() - t) / 1_000_000_000L);
        }
        List<String[]> returnRows = new ArrayList<>();
        for (String[] q : RETURNS) {
            Timing cold = time(q[2], q[1], true);
            Timing warm = time(q[2], q[1], false);
            returnRows.add(new String[] {q[0], cold.median(), cold.max(), warm.median()});
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nAttribution benchmark (%d warm-up + %d timed runs per query, times in ms"
                + " over HTTP)%n", WARM_UP, RUNS));
        out.append(String.format(Locale.ROOT, "machine: %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                postgres.replaceAll(" on .*", "")));
        out.append(String.format(Locale.ROOT, "data: loaded in %.1f s (%s to %s, seed %s)%n", data.millis() / 1000.0,
                options.endDate().minusDays(364), options.endDate(), options.seed()));
        for (Map.Entry<String, Long> e : data.rowCounts().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-20s %,12d%n", e.getKey(), e.getValue()));
        }
        out.append(String.format(Locale.ROOT, "attributionSummary (LAST_TOUCH, 30 days): %s conversions, revenue %s %s,"
                + " %s unattributed (%s)%n", summary.getString("attributionSummary.conversions"),
                summary.getString("attributionSummary.revenue.amount"),
                summary.getString("attributionSummary.revenue.currencyCode"),
                summary.getString("attributionSummary.unattributedConversions"),
                summary.getString("attributionSummary.unattributedRevenue.amount")));
        out.append(String.format(Locale.ROOT, "campaigns(first: 50) page: %d campaigns (archived ones are not listed)%n%n",
                pageSize));
        out.append("cold: the report cache emptied before every run (PostgreSQL computes everything);"
                + " warm: answered from the report cache\n\n");
        String format = "| %-15s | %16s | %8s | %16s | %17s | %8s | %17s |%n";
        out.append(String.format(Locale.ROOT, format, "model", "channelPerf cold", "max", "channelPerf warm",
                "campaign page cold", "max", "campaign page warm"));
        out.append("|-----------------|------------------|----------|------------------|-------------------|----------|-------------------|\n");
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, format, (Object[]) row));
        }
        out.append(String.format(Locale.ROOT, "%nReturns beyond revenue (LAST_TOUCH), on top of the data above: %s%n%n",
                returnsData));
        String returnsFormat = "| %-42s | %9s | %8s | %9s |%n";
        out.append(String.format(Locale.ROOT, returnsFormat, "query", "cold", "max", "warm"));
        out.append("|--------------------------------------------|-----------|----------|-----------|\n");
        for (String[] row : returnRows) {
            out.append(String.format(Locale.ROOT, returnsFormat, (Object[]) row));
        }
        System.out.println(out);
        Path file = Path.of("target", "benchmark.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e);
        }
    }

    /**
     * Warm-up and timed runs of one query; an error other than MODEL_NOT_AVAILABLE fails the benchmark.
     * {@code cold}: the report cache is emptied before every run.
     */
    Timing time(String query, String field, boolean cold) {
        Runnable prepare = cold ? () -> cache.invalidateAll().await().indefinitely() : () -> {
        };
        prepare.run();
        JsonPath first = GraphQL.post(query);
        List<Map<String, Object>> errors = first.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            List<Object> codes = first.getList("errors.extensions.code");
            if (codes.stream().allMatch("MODEL_NOT_AVAILABLE"::equals)) {
                return new Timing(0, 0, "not available");
            }
            throw new AssertionError(field + ": " + errors);
        }
        for (int i = 1; i < WARM_UP; i++) {
            prepare.run();
            GraphQL.ok(query);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            prepare.run();
            long start = System.nanoTime();
            JsonPath data = GraphQL.ok(query);
            ms[i] = (System.nanoTime() - start) / 1e6;
            Object answer = data.get(field + (field.equals("campaigns") ? ".nodes" : ""));
            assertEquals(false, answer == null || answer instanceof List<?> list && list.isEmpty(),
                    field + " answered no rows");
        }
        Arrays.sort(ms);
        return new Timing(ms[RUNS / 2], ms[RUNS - 1], null);
    }

    static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
