package io.socialroi.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.reporting.ReportCacheConfig;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Every writer declares whether it writes report inputs, so none can forget to mark the workspace's data as changed:
 * a {@code @Transactional} method of a bean either carries {@link WritesWorkspaceData} or is listed below with the
 * reason it writes nothing a report reads. And through GraphQL, a write through each writer makes a cached report
 * compute again, while a rejected one leaves the data version as it was.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WritersDeclareDataVersionTest {

    /** Transactional methods that write nothing a report reads (Class.method), with the reason. */
    static final Map<String, String> WRITE_NO_REPORT_INPUT = Map.ofEntries(
            Map.entry("CampaignService.create", "campaigns: reports select by campaign id, the campaign's own fields are read apart"),
            Map.entry("CampaignService.update", "campaigns: as create"),
            Map.entry("CampaignService.archive", "campaigns: as create"),
            Map.entry("ChannelService.create", "a new channel has no touchpoints yet"),
            Map.entry("WorkspaceService.create", "a new workspace has no data"),
            Map.entry("WorkspaceService.members", "members are no report input"),
            Map.entry("WorkspaceService.setMember", "members are no report input"),
            Map.entry("WorkspaceService.removeMember", "members are no report input"),
            Map.entry("WorkspaceStartup.onStart", "bootstrap admins at start: members are no report input"),
            Map.entry("ImportHistory.save", "a dry run or a refused import: history only, nothing a report reads"),
            Map.entry("PlatformCampaignMappingService.set", "mappings are read by imports, never by reports"),
            Map.entry("PlatformCampaignMappingService.remove", "mappings are read by imports, never by reports"),
            Map.entry("SavedReportService.create", "a saved report is a definition: reports never read it"),
            Map.entry("SavedReportService.update", "as create"),
            Map.entry("SavedReportService.delete", "as create"),
            Map.entry("ScheduleService.create", "a schedule says when to deliver a saved report: reports never read it"),
            Map.entry("ScheduleService.update", "as create"),
            Map.entry("ScheduleService.delete", "as create"),
            Map.entry("DeliveryLog.claimDueOccurrences", "the delivery log and schedules' next due time: no report input"),
            Map.entry("DeliveryLog.expireClaims", "the delivery log"),
            Map.entry("DeliveryLog.claimReady", "the delivery log"),
            Map.entry("DeliveryLog.sent", "the delivery log"),
            Map.entry("DeliveryLog.skipped", "the delivery log"),
            Map.entry("DeliveryLog.failed", "the delivery log"),
            Map.entry("BudgetAlertNotices.remember", "what a schedule has told: no report input"),
            Map.entry("AnomalyService.acknowledge", "an acknowledgement only hides an alert from deliveries"));

    static final String REPORT = """
            query($id: ID!) {
              campaign(id: $id) { totalCost { amount } attributedRevenue { amount } conversions }
              channelPerformance { channel { name } attributedRevenue { amount } }
            }""";

    @Inject
    BeanManager beans;
    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    @CacheName(ReportCacheConfig.CACHE_NAME)
    Cache reports;

    String channel;
    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        channel = TestData.createChannel("Instagram", "SOCIAL");
        campaign = TestData.createCampaign("Launch", null, "2026-01-01", channel);
        TestData.recordTouchpoints(List.of(TestData.touch("p1", "2026-03-01T10:00:00Z", channel, campaign)));
        TestData.recordConversions(List.of(TestData.sale("p1", "2026-03-02T10:00:00Z", "100.00")));
        awaitStoredCredits();
        // a full cache (500 entries by the time the whole suite got here) may refuse a new entry: Caffeine admits it
        // only if it looks more useful than what it would evict, and then the second ask computes again
        reports.invalidateAll().await().indefinitely();
    }

    /**
     * Waits for a rebuild of the stored credits (started by an earlier test's change of default or currency) to end:
     * it runs on its own thread, and its statements would count in the report's (the counter is the application's).
     */
    void awaitStoredCredits() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"0".equals(data.scalar("select count(*) from attribution_default where credits_state = 'REBUILDING'"))) {
            assertTrue(System.nanoTime() < deadline, "the stored credits are still rebuilding after 60 s");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The public methods of the application's beans with their declarations. */
    static Stream<Method> applicationMethods(BeanManager beans) {
        Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(b -> b.getBeanClass())
                .filter(c -> c.getName().startsWith("io.socialroi.")).forEach(classes::add);
        return classes.stream().flatMap(c -> Stream.of(c.getDeclaredMethods())).filter(m -> !m.isSynthetic());
    }

    static boolean transactional(Method m) {
        return m.isAnnotationPresent(Transactional.class) || m.getDeclaringClass().isAnnotationPresent(Transactional.class);
    }

    static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Test
    void everyTransactionalMethodDeclaresWhetherItWritesReportInputs() {
        List<String> undeclared = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        Set<String> exemptSeen = new TreeSet<>();
        applicationMethods(beans).forEach(m -> {
            boolean writes = m.isAnnotationPresent(WritesWorkspaceData.class);
            if (writes && (!transactional(m) || !Modifier.isPublic(m.getModifiers()))) {
                misplaced.add(name(m)); // the bump needs the caller's transaction, and an interceptor a public method
            }
            if (transactional(m) && !writes) {
                if (WRITE_NO_REPORT_INPUT.containsKey(name(m))) {
                    exemptSeen.add(name(m));
                } else {
                    undeclared.add(name(m));
                }
            }
        });
        assertEquals(List.of(), undeclared, "@Transactional methods that must declare @WritesWorkspaceData"
                + " (or be listed in WRITE_NO_REPORT_INPUT with the reason they write no report input)");
        assertEquals(List.of(), misplaced, "@WritesWorkspaceData belongs on public @Transactional methods");
        assertEquals(new TreeSet<>(WRITE_NO_REPORT_INPUT.keySet()), exemptSeen, "stale entries in WRITE_NO_REPORT_INPUT");
        assertTrue(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .noneMatch(b -> b.getBeanClass().isAnnotationPresent(WritesWorkspaceData.class)
                        && b.getBeanClass() != WorkspaceDataVersionInterceptor.class),
                "@WritesWorkspaceData on a class would bump on its reads too: put it on the writer methods");
    }

    long dataVersion() {
        return Long.parseLong(data.scalar("select data_version from workspace where slug = 'default'"));
    }

    long reportStatements() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.ok(REPORT, "id", campaign);
        return statistics.getPrepareStatementCount();
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currencyCode", "EUR");
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** One writer: its mutation, a valid input and a rejected one (built after setUp, so they may use its IDs). */
    record Writer(String mutation, String argument, String inputType, Supplier<Object> valid, Supplier<Object> rejected) {

        Writer(String mutation, String inputType, Supplier<Object> valid, Supplier<Object> rejected) {
            this(mutation, "input", inputType, valid, rejected);
        }
    }

    String costEntry() {
        return GraphQL.ok("mutation($i: RecordCostInput!) { recordCost(input: $i) { costEntry { id } userErrors { code } } }",
                "i", Map.of("campaignId", campaign, "category", "TOOLS", "amount", money("5.00"), "incurredOn", "2026-02-01"))
                .getString("recordCost.costEntry.id");
    }

    String conversion() {
        return GraphQL.ok("{ conversions(first: 1) { nodes { id } } }").getString("conversions.nodes[0].id");
    }

    String goal() {
        return GraphQL.ok("mutation($i: CreateGoalInput!) { createGoal(input: $i) { goal { id } userErrors { code } } }",
                "i", Map.of("name", "Revenue", "metric", "REVENUE", "target", "1000", "startDate", "2026-01-01",
                        "deadline", "2026-12-31")).getString("createGoal.goal.id");
    }

    List<Writer> writers() {
        Map<String, Object> cost = Map.of("campaignId", campaign, "category", "AD_SPEND", "amount", money("10.00"),
                "incurredOn", "2026-02-01");
        Map<String, Object> rate = Map.of("base", "USD", "quote", "EUR", "rate", "0.9", "validFrom", "2026-01-01");
        Map<String, Object> customer = Map.of("personKey", "p1", "becameCustomerOn", "2026-02-01");
        Map<String, Object> engagement = Map.of("channelId", channel, "date", "2026-02-01", "mediaType", "OWNED", "likes", 3);
        Map<String, Object> post = Map.of("channelId", channel, "externalId", "p-1", "publishedAt", "2026-02-01T10:00:00Z",
                "contentType", "IMAGE", "impressions", 100, "likes", 3);
        Map<String, Object> audience = Map.of("channelId", channel, "date", "2026-02-01",
                "genders", List.of(Map.of("segment", "female", "share", "100")));
        Map<String, Object> mentions = Map.of("channelId", channel, "date", "2026-02-01", "positive", 3);
        Map<String, Object> cpc = Map.of("keyword", "shoes", "cpc", money("1.20"), "validFrom", "2026-01-01");
        Map<String, Object> clicks = Map.of("keyword", "shoes", "clicks", 10, "date", "2026-02-01", "channelId", channel);
        Map<String, Object> saving = Map.of("channelId", channel, "contactsDeflected", 10, "costPerContact", money("2.00"),
                "from", "2026-01-01", "to", "2026-01-31");
        Map<String, Object> newGoal = Map.of("name", "Cost", "metric", "COST", "target", "500", "startDate", "2026-01-01",
                "deadline", "2026-12-31");
        return List.of(
                new Writer("recordTouchpoints", "[TouchpointInput!]!",
                        () -> List.of(TestData.touch("p2", "2026-03-01T10:00:00Z", channel, campaign)),
                        () -> List.of(TestData.touch("p2", "2026-03-01T10:00:00Z", "no-channel", null))),
                new Writer("recordConversions", "[ConversionInput!]!",
                        () -> List.of(TestData.sale("p1", "2026-03-03T10:00:00Z", "50.00")),
                        () -> List.of(TestData.sale("p1", "yesterday", "50.00"))),
                new Writer("recordCost", "RecordCostInput!", () -> cost, () -> with(cost, "incurredOn", "soon")),
                new Writer("setExchangeRate", "SetExchangeRateInput!", () -> rate, () -> with(rate, "rate", "-1")),
                new Writer("setActionValue", "SetActionValueInput!",
                        () -> Map.of("conversionType", "LEAD", "value", money("5.00")),
                        () -> Map.of("conversionType", "LEAD", "value", Map.of("amount", "5.00", "currencyCode", "EURO"))),
                new Writer("recordCustomers", "[CustomerInput!]!", () -> List.of(customer),
                        () -> List.of(with(customer, "becameCustomerOn", "soon"))),
                new Writer("recordEngagement", "[EngagementInput!]!", () -> List.of(engagement),
                        () -> List.of(with(engagement, "likes", -1))),
                new Writer("recordPosts", "[PostInput!]!", () -> List.of(post), () -> List.of(with(post, "likes", -1))),
                new Writer("recordAudiences", "[AudienceSnapshotInput!]!", () -> List.of(audience),
                        () -> List.of(with(audience, "genders", List.of(Map.of("segment", "female", "share", "90"))))),
                new Writer("recordSentiment", "[SentimentDayInput!]!", () -> List.of(mentions),
                        () -> List.of(with(mentions, "positive", -1))),
                new Writer("setKeywordCpc", "[KeywordCpcInput!]!", () -> List.of(cpc),
                        () -> List.of(with(cpc, "cpc", Map.of("amount", "1.20", "currencyCode", "EURO")))),
                new Writer("recordOrganicClicks", "[OrganicClicksInput!]!", () -> List.of(clicks),
                        () -> List.of(with(clicks, "clicks", -1))),
                new Writer("setEarnedMediaCpm", "SetEarnedMediaCpmInput!",
                        () -> Map.of("mediaType", "EARNED", "cpm", money("5.00")),
                        () -> Map.of("mediaType", "EARNED", "cpm", Map.of("amount", "5.00", "currencyCode", "EURO"))),
                new Writer("recordServiceSavings", "[ServiceSavingsInput!]!", () -> List.of(saving),
                        () -> List.of(with(saving, "contactsDeflected", -1))),
                new Writer("createGoal", "CreateGoalInput!", () -> newGoal, () -> with(newGoal, "deadline", "soon")),
                new Writer("updateGoal", "UpdateGoalInput!", () -> Map.of("id", goal(), "name", "Renamed"),
                        () -> Map.of("id", "no-goal", "name", "Renamed")),
                new Writer("deleteGoal", "DeleteGoalInput!", () -> Map.of("id", goal()), () -> Map.of("id", "no-goal")),
                new Writer("setDefaultAttribution", "AttributionInput!", () -> Map.of("model", "LINEAR"),
                        () -> Map.of("lookbackDays", 0)),
                new Writer("updateWorkspace", "UpdateWorkspaceInput!", () -> {
                    TestData.setRate("EUR", "USD", "1.10", "2026-01-01"); // so that the report answers in USD
                    return Map.of("reportingCurrency", "USD");
                },
                        () -> Map.of("reportingCurrency", "EURO")),
                new Writer("deleteImport", "DeleteImportInput!", () -> Map.of("id", importFile(IMPORTED).getString("id")),
                        () -> Map.of("id", "no-import")),
                new Writer("recordCosts", "[RecordCostInput!]!", () -> List.of(cost),
                        () -> List.of(with(cost, "incurredOn", "soon"))),
                new Writer("updateCost", "UpdateCostInput!", () -> Map.of("id", costEntry(), "description", "restated"),
                        () -> Map.of("id", "no-cost", "description", "restated")),
                new Writer("deleteCost", "DeleteCostInput!", () -> Map.of("id", costEntry()), () -> Map.of("id", "no-cost")),
                new Writer("updateConversion", "UpdateConversionInput!",
                        () -> Map.of("id", conversion(), "revenue", money("80.00")),
                        () -> Map.of("id", conversion(), "revenue", money("-1"))),
                new Writer("deleteConversions", "DeleteConversionsInput!", () -> Map.of("ids", List.of(conversion())),
                        () -> Map.of("ids", List.of("no-conversion"))),
                new Writer("deleteTouchpoints", "DeleteTouchpointsInput!", () -> Map.of("personKey", "p1",
                        "from", "2026-03-01T00:00:00Z", "to", "2026-03-02T00:00:00Z"), () -> Map.of("personKey", "p1")),
                new Writer("erasePerson", "personKey", "String!", () -> "p1", () -> " "));
    }

    @TestFactory
    Stream<DynamicTest> aWriteThroughEachWriterMakesACachedReportComputeAgain() {
        List<String> mutations = List.of("recordTouchpoints", "recordConversions", "recordCost", "setExchangeRate",
                "setActionValue", "recordCustomers", "recordEngagement", "setKeywordCpc", "recordOrganicClicks",
                "setEarnedMediaCpm", "recordServiceSavings", "createGoal", "updateGoal", "deleteGoal",
                "setDefaultAttribution", "updateWorkspace", "deleteImport", "recordCosts", "updateCost", "deleteCost",
                "updateConversion", "deleteConversions", "deleteTouchpoints", "erasePerson", "recordPosts", "recordAudiences", "recordSentiment");
        long writerMethods = applicationMethods(beans).filter(m -> m.isAnnotationPresent(WritesWorkspaceData.class)).count();
        // POST /imports is the one writer outside GraphQL (ImportWriter.write)
        assertEquals(writerMethods, mutations.size() + 1, "one mutation per @WritesWorkspaceData method: add the new writer's");
        return Stream.concat(mutations.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name))),
                Stream.of(DynamicTest.dynamicTest("POST /imports", this::checkImport)));
    }

    /** A tidy ad-reporting file of one cost row on the campaign Launch, and the same with a bad number. */
    static final String IMPORTED = """
            date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,currency
            2026-02-01,instagram_ads,a1,Brand,c1,Launch,3,300,7.00,EUR
            """;

    static JsonPath importFile(String content) {
        return given().header("Authorization", "Bearer " + Tokens.forSubject(Tokens.TESTER)).contentType("text/csv")
                .queryParam("fileName", "ads.csv").body(content).when().post("/imports").then().extract().jsonPath();
    }

    void checkImport() {
        setUp();
        long before = dataVersion();
        assertEquals("FAILED", importFile(IMPORTED.replace("7.00", "seven")).getString("result.status"));
        assertEquals(before, dataVersion(), "a refused import rolls nothing forward");
        long cold = reportStatements();
        long warm = reportStatements();
        assertTrue(warm < cold, "the report is answered from the cache: " + cold + " then " + warm + " statements");
        assertEquals("COMPLETED", importFile(IMPORTED).getString("status"));
        assertTrue(dataVersion() > before, "an import marks the workspace's data as changed");
        assertEquals(cold, reportStatements(), "the next report computes again instead of answering from the cache");
    }

    void check(String name) {
        setUp(); // dynamic tests share one @BeforeEach
        Writer writer = writers().stream().filter(w -> w.mutation().equals(name)).findFirst().orElseThrow();
        String mutation = "mutation($i: " + writer.inputType() + ") { " + name + "(" + writer.argument()
                + ": $i) { userErrors { code field message } } }";

        long before = dataVersion();
        JsonPath rejected = GraphQL.post(mutation, "i", writer.rejected().get());
        assertTrue(!rejected.getList("data." + name + ".userErrors").isEmpty(), name + ": " + rejected.prettify());
        assertEquals(before, dataVersion(), name + ": a rejected write rolls its data version back");

        long cold = reportStatements();
        long warm = reportStatements();
        assertTrue(warm < cold, "the report is answered from the cache: " + cold + " then " + warm + " statements");

        Object input = writer.valid().get(); // may write a fixture (a goal) first
        long beforeWrite = dataVersion();
        JsonPath written = GraphQL.ok(mutation, "i", input);
        assertEquals(List.of(), written.getList(name + ".userErrors"), name);
        assertTrue(dataVersion() > beforeWrite, name + " marks the workspace's data as changed");
        TestData.awaitStoredCredits(); // a new default rebuilds the stored credits in the background
        long after = reportStatements();
        assertEquals(cold, after, name + ": the next report computes again instead of answering from the cache");
    }
}
