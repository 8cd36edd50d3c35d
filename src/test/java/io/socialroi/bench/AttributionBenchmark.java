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
import io.socialroi.attribution.StoredCredits;
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
    @Inject
    StoredCredits storedCredits;
    static final int RUNS = 5;

    /** The campaign page under the workspace's default setting (no attribution argument). */
    static final String DEFAULT_CAMPAIGN_PAGE = """
            {
              campaigns(first: 50) {
                nodes { roi { percent roas cost { amount } revenue { amount } } }
              }
            }""";

    /**
     * LAST_TOUCH revenue per channel over 30 days, written by hand as one statement: each conversion's latest
     * touchpoint in its window (else its recorded channel), its revenue converted at its day's rate. The floor an
     * on-demand report cannot beat.
     */
    static final String HAND_WRITTEN_LAST_TOUCH = """
            select x.channel_id, sum(fx_convert(x.workspace_id, x.revenue_amount, x.revenue_currency, 'EUR',
                                                (x.occurred_at at time zone 'UTC')::date)) as revenue, count(*)
            from (select c.workspace_id, c.revenue_amount, c.revenue_currency, c.occurred_at,
                    coalesce((select t.channel_id from touchpoint t
                              where t.workspace_id = c.workspace_id and t.person_key = c.person_key
                                and t.occurred_at <= c.occurred_at
                                and t.occurred_at >= c.occurred_at - interval '720 hours'
                              order by t.occurred_at desc, t.id desc limit 1), c.channel_id) as channel_id
                  from conversion c where c.workspace_id = ?) x
            group by x.channel_id
            """;


    static final String CHANNEL_PERFORMANCE_FIELDS = """
            {
              channelPerformance%s {
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
    static final String CHANNEL_PERFORMANCE = CHANNEL_PERFORMANCE_FIELDS.formatted("(attribution: {model: %s})");
    /** channelPerformance under the workspace's default setting (no attribution argument). */
    static final String DEFAULT_CHANNEL_PERFORMANCE = CHANNEL_PERFORMANCE_FIELDS.formatted("");

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

        StoredCreditFigures stored = storedCredits(url, user, password, data.workspaceId());

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
        out.append(stored.table());
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
        return time(query, field, cold, () -> {
        });
    }

    /** As above, running {@code before} (untimed) before every run, e.g. a write that starts a new data version. */
    Timing time(String query, String field, boolean cold, Runnable before) {
        Runnable prepare = () -> {
            if (cold) {
                cache.invalidateAll().await().indefinitely();
            }
            before.run();
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

    // ---- stored credits of the default setting ------------------------------------------------------------

    /** What the stored credits of the default setting (LAST_TOUCH, 30 days) buy, measured in one run. */
    record StoredCreditFigures(double rebuildMs, long conversions, Timing handWritten, Timing channelsAfterWrite,
            Timing channelsWarm, Timing campaignsAfterWrite, Timing campaignsWarm, Timing batch1000,
            double ingestionPerSecond, double newVisitorsPerSecond, Timing onDemandChannels) {

        String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%nStored credits of the default setting (LAST_TOUCH, 30 days): rebuilt for"
                    + " %,d conversions in %.1f s%n%n", conversions, rebuildMs / 1000));
            String format = "| %-58s | %9s | %8s | %22s |%n";
            out.append(String.format(Locale.ROOT, format, "measure", "median", "max", "ratio"));
            out.append("|------------------------------------------------------------|-----------|----------|------------------------|\n");
            double hand = handWritten.medianMs();
            out.append(String.format(Locale.ROOT, format, "hand-written SQL: LAST_TOUCH revenue per channel",
                    handWritten.median(), handWritten.max(), "1.00 (the floor)"));
            out.append(String.format(Locale.ROOT, format, "channelPerformance, default setting, on demand, cold",
                    onDemandChannels.median(), onDemandChannels.max(), ratio(onDemandChannels.medianMs(), hand, "hand-written")));
            out.append(String.format(Locale.ROOT, format, "channelPerformance, default setting, cold after a write",
                    channelsAfterWrite.median(), channelsAfterWrite.max(), ratio(channelsAfterWrite.medianMs(), hand, "hand-written")));
            out.append(String.format(Locale.ROOT, format, "channelPerformance, default setting, warm",
                    channelsWarm.median(), channelsWarm.max(), ""));
            out.append(String.format(Locale.ROOT, format, "campaign page, default setting, cold after a write",
                    campaignsAfterWrite.median(), campaignsAfterWrite.max(), ratio(campaignsAfterWrite.medianMs(),
                            campaignsWarm.medianMs(), "warm")));
            out.append(String.format(Locale.ROOT, format, "campaign page, default setting, warm",
                    campaignsWarm.median(), campaignsWarm.max(), ""));
            out.append(String.format(Locale.ROOT, format, "recordTouchpoints: 1,000 (out of order), with credits",
                    batch1000.median(), batch1000.max(), ""));
            out.append(String.format(Locale.ROOT, format, "ingestion: 5,000 touches of converting persons",
                    String.format(Locale.ROOT, "%,.0f/s", ingestionPerSecond), "", "every one re-credits"));
            out.append(String.format(Locale.ROOT, format, "ingestion: 5,000 touches of new visitors",
                    String.format(Locale.ROOT, "%,.0f/s", newVisitorsPerSecond), "", "none re-credits"));
            return out.toString();
        }

        static String ratio(double ms, double of, String name) {
            return String.format(Locale.ROOT, "%.2f × %s", ms / of, name);
        }
    }

    StoredCreditFigures storedCredits(String url, String user, String password, long ws) throws SQLException {
        // the generator left the stored credits REBUILDING: reports compute on demand until they are rebuilt
        Timing onDemand = time(DEFAULT_CHANNEL_PERFORMANCE, "channelPerformance", true);
        long t = System.nanoTime();
        storedCredits.rebuild(ws);
        double rebuildMs = (System.nanoTime() - t) / 1e6;
        List<String> persons = new ArrayList<>();
        List<java.time.Instant> lastConversions = new ArrayList<>();
        long conversions;
        Timing hand;
        try (Connection connection = DataGenerator.connect(url, user, password)) {
            conversions = Long.parseLong(scalar(connection, "select count(*) from conversion where workspace_id = " + ws));
            hand = timeSql(connection, HAND_WRITTEN_LAST_TOUCH, ws);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                    "select person_key, max(occurred_at) from conversion where workspace_id = " + ws
                            + " group by person_key order by md5(person_key) limit 20000")) {
                while (rs.next()) {
                    persons.add(rs.getString(1));
                    lastConversions.add(rs.getTimestamp(2).toInstant());
                }
            }
        }
        List<String> channels = GraphQL.ok("{ channels { id } }").getList("channels.id");
        // a touch of a converting person a day before their last conversion: its path changes (out of order)
        java.util.function.IntFunction<List<Map<String, Object>>> batch = new java.util.function.IntFunction<>() {
            int next;

            @Override
            public List<Map<String, Object>> apply(int size) {
                List<Map<String, Object>> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++, next++) {
                    int p = next % persons.size();
                    items.add(io.socialroi.testing.TestData.touch(persons.get(p),
                            lastConversions.get(p).minusSeconds(86400 + next % 3600).toString(),
                            channels.get(next % channels.size()), null));
                }
                return items;
            }
        };
        String record = "mutation($i: [TouchpointInput!]!) { recordTouchpoints(input: $i) { accepted userErrors { code } } }";
        Runnable write = () -> GraphQL.ok(record, "i", batch.apply(1));
        Timing channelsAfterWrite = time(DEFAULT_CHANNEL_PERFORMANCE, "channelPerformance", false, write);
        Timing channelsWarm = time(DEFAULT_CHANNEL_PERFORMANCE, "channelPerformance", false);
        Timing campaignsAfterWrite = time(DEFAULT_CAMPAIGN_PAGE, "campaigns", false, write);
        Timing campaignsWarm = time(DEFAULT_CAMPAIGN_PAGE, "campaigns", false);
        double[] batchMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            List<Map<String, Object>> items = batch.apply(1000);
            long s = System.nanoTime();
            GraphQL.ok(record, "i", items);
            batchMs[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(batchMs);
        int batches = 6;
        List<List<Map<String, Object>>> big = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            big.add(batch.apply(5000));
        }
        long s = System.nanoTime();
        for (List<Map<String, Object>> items : big) {
            GraphQL.ok(record, "i", items);
        }
        double ingestion = batches * 5000 / ((System.nanoTime() - s) / 1e9);
        // touches of persons without a conversion (today's traffic): nothing to re-credit, the insert path alone
        List<List<Map<String, Object>>> visitors = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            List<Map<String, Object>> items = new ArrayList<>(5000);
            for (int j = 0; j < 5000; j++) {
                items.add(io.socialroi.testing.TestData.touch("visitor-" + i + "-" + j,
                        java.time.Instant.parse("2027-01-01T00:00:00Z").plusSeconds(j).toString(),
                        channels.get(j % channels.size()), null));
            }
            visitors.add(items);
        }
        s = System.nanoTime();
        for (List<Map<String, Object>> items : visitors) {
            GraphQL.ok(record, "i", items);
        }
        double newVisitors = batches * 5000 / ((System.nanoTime() - s) / 1e9);
        return new StoredCreditFigures(rebuildMs, conversions, hand, channelsAfterWrite, channelsWarm,
                campaignsAfterWrite, campaignsWarm, new Timing(batchMs[RUNS / 2], batchMs[RUNS - 1], null), ingestion,
                newVisitors,
                onDemand);
    }

    /** Median and maximum of timed runs of a statement straight on PostgreSQL, the workspace id bound. */
    static Timing timeSql(Connection connection, String sql, long ws) throws SQLException {
        double[] ms = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            try (var ps = connection.prepareStatement(sql)) {
                ps.setLong(1, ws);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getBigDecimal(2);
                    }
                }
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new Timing(ms[RUNS / 2], ms[RUNS - 1], null);
    }
}
