package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Multi;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestClock;
import io.socialroi.testing.TestData;

/**
 * Schedules driven by a test clock and {@link DeliveryTick#tick}: the mail and its CSV (MockMailbox), a retry after a
 * refusing SMTP server, a webhook received by a local HTTP server, skipping empty reports, and two ticks racing.
 *
 * <pre>
 * the data of SavedReportGraphQLTest (a Berlin workspace):
 * Instagram/Launch: AD_SPEND 200.00 on 03-02, TOOLS 100.00 on 03-12; p1 touch 03-02, SALE 300.00 on 03-03
 * Newsletter/Mail:  AD_SPEND 50.00 on 03-05; p2 touches Newsletter 03-04 then Instagram 03-06, SALE 200.00 on 03-07
 *                   (p3's SALE 100.00 of 02-20 has no touchpoint)
 * LINEAR over March: Instagram 300.00 + 100.00 = 400.00, ROI (400 − 300) × 100 / 300 = 33.33, ROAS 400 / 200 = 2.00;
 *                    Newsletter 100.00, ROI (100 − 50) × 100 / 50 = 100.00, ROAS 2.00; assisted: Newsletter 1
 * </pre>
 * Berlin is UTC+1 until 01:00 UTC on 2026-03-29, UTC+2 after.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DeliveryGraphQLTest {

    static final String CREATE = """
            mutation($i: ScheduleInput!) { createSchedule(input: $i) {
              schedule { id frequency dayOfWeek dayOfMonth localTime timeZone channel recipients webhookUrl
                webhookFormat skipWhenEmpty active nextDueAt }
              userErrors { code field message } } }""";
    static final String LOG = """
            { deliveries { scheduleId reportName dueAt channel recipients status attempts nextAttemptAt sentAt error } }""";

    @Inject
    TestData data;
    @Inject
    TestClock clock;
    @Inject
    MockMailbox mailbox;
    @Inject
    DeliveryTick ticks;
    @Inject
    FlakyEmailSender email;

    String report;
    HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        data.reset();
        mailbox.clear();
        email.failNext(0);
        clock.setInstant("2026-03-31T12:00:00Z");
        SavedReportGraphQLTest.recordMarch();
        Map<String, Object> input = SavedReportGraphQLTest.report("Last month's channel ROI", "CHANNEL_PERFORMANCE",
                "PREVIOUS_MONTH");
        input.put("attribution", Map.of("model", "LINEAR"));
        report = SavedReportGraphQLTest.save(input);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        email.failNext(0);
        if (server != null) {
            server.stop(0);
        }
    }

    /** One tick as of {@code instant}, the clock set there too. */
    int tick(String instant) {
        clock.setInstant(instant);
        return ticks.tick(Instant.parse(instant));
    }

    Map<String, Object> emailSchedule(String frequency, String localTime) {
        return new HashMap<>(Map.of("savedReportId", report, "frequency", frequency, "localTime", localTime,
                "channel", "EMAIL", "recipients", List.of("marketing@brand.test", "cfo@brand.test")));
    }

    String schedule(Map<String, Object> input) {
        JsonPath created = GraphQL.ok(CREATE, "i", input);
        assertEquals(List.of(), created.getList("createSchedule.userErrors"));
        return created.getString("createSchedule.schedule.id");
    }

    static final String CSV = "channel,cost (EUR),attributedRevenue (EUR),conversions,assistedConversions,roiPercent,roas\r\n"
            + "Instagram,300.00,400.00,%s,0,33.33,2.00\r\nNewsletter,50.00,100.00,%s,1,100.00,2.00\r\n";

    @Test
    void lastMonthsChannelRoiIsMailedOnTheFirstMondayAt0800Berlin() {
        Map<String, Object> input = emailSchedule("MONTHLY", "08:00");
        input.put("dayOfWeek", "MONDAY");
        JsonPath created = GraphQL.ok(CREATE, "i", input);
        assertEquals(List.of(), created.getList("createSchedule.userErrors"));
        // the workspace's zone by default; 2026-04-01 is a Wednesday, the first Monday of April is 04-06: 06:00 UTC
        assertEquals("Europe/Berlin", created.getString("createSchedule.schedule.timeZone"));
        assertEquals("2026-04-06T06:00:00Z", created.getString("createSchedule.schedule.nextDueAt"));
        assertEquals(List.of("marketing@brand.test", "cfo@brand.test"), created.getList("createSchedule.schedule.recipients"));

        assertEquals(0, tick("2026-04-06T05:59:59Z"));
        assertEquals(0, mailbox.getTotalMessagesSent());
        assertEquals(1, tick("2026-04-06T06:00:00Z"));
        List<Mail> mails = mailbox.getMailsSentTo("cfo@brand.test");
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals(List.of("marketing@brand.test", "cfo@brand.test"), mail.getTo());
        // PREVIOUS_MONTH as of the due time (April 6 in Berlin): March
        assertEquals("Last month's channel ROI · 2026-03-01 – 2026-03-31", mail.getSubject());
        String conversions = GraphQL.ok("""
                { channelPerformance(period: {from: "2026-03-01", to: "2026-03-31"}, attribution: {model: LINEAR}) {
                  conversions } }""").getList("channelPerformance.conversions").toString();
        List<String> byChannel = List.of(conversions.substring(1, conversions.length() - 1).split(", "));
        assertEquals("""
                Last month's channel ROI
                Period: 2026-03-01 – 2026-03-31 (PREVIOUS_MONTH, Europe/Berlin); amounts in EUR

                channel     cost    attributedRevenue  conversions  assistedConversions  roiPercent  roas
                Instagram   300.00  400.00             %s  0                    33.33       2.00
                Newsletter  50.00   100.00             %s  1                    100.00      2.00

                The table is attached as CSV.
                """.formatted(pad(byChannel.get(0), 11), pad(byChannel.get(1), 11)), mail.getText());
        assertEquals(1, mail.getAttachments().size());
        assertEquals("Last-month-s-channel-ROI_2026-03-01_2026-03-31.csv", mail.getAttachments().get(0).getName());
        assertEquals(CSV.formatted(byChannel.get(0), byChannel.get(1)),
                attachment(mail));

        JsonPath log = GraphQL.ok(LOG);
        assertEquals(List.of("SENT"), log.getList("deliveries.status"));
        assertEquals("2026-04-06T06:00:00Z", log.getString("deliveries[0].dueAt"));
        assertEquals("2026-04-06T06:00:00Z", log.getString("deliveries[0].sentAt"));
        assertEquals("marketing@brand.test,cfo@brand.test", log.getString("deliveries[0].recipients"));
        assertEquals(1, log.getInt("deliveries[0].attempts"));
        // the next occurrence is the first Monday of May; a later tick sends nothing again
        assertEquals("2026-05-04T06:00:00Z", GraphQL.ok("{ schedules { nextDueAt } }").getString("schedules[0].nextDueAt"));
        assertEquals(0, tick("2026-04-06T06:05:00Z"));
        assertEquals(1, mailbox.getMailsSentTo("cfo@brand.test").size());
    }

    /** The attachment's bytes, as UTF-8. */
    static String attachment(Mail mail) {
        List<Byte> bytes = Multi.createFrom().publisher(mail.getAttachments().get(0).getData()).collect().asList()
                .await().indefinitely();
        byte[] raw = new byte[bytes.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bytes.get(i);
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    @Test
    void aDailyScheduleFollowsTheClockChangeAndAMonthlyOneTheMonthEnd() {
        clock.setInstant("2026-03-28T12:00:00Z");
        schedule(emailSchedule("DAILY", "08:00"));
        // 08:00 on Sunday 03-29 is CEST already: 06:00 UTC, not 07:00
        assertEquals("2026-03-29T06:00:00Z", GraphQL.ok("{ schedules { nextDueAt } }").getString("schedules[0].nextDueAt"));
        assertEquals(0, tick("2026-03-29T05:59:00Z"));
        assertEquals(1, tick("2026-03-29T06:00:00Z"));
        assertEquals("2026-03-30T06:00:00Z", GraphQL.ok("{ schedules { nextDueAt } }").getString("schedules[0].nextDueAt"));
        // PREVIOUS_MONTH on 03-29: February (only p3's sale, on no channel): every channel's row, at zero
        assertEquals("Last month's channel ROI · 2026-02-01 – 2026-02-28", mailbox.getMailsSentTo("cfo@brand.test").get(0)
                .getSubject());

        data.reset();
        mailbox.clear();
        setUp();
        clock.setInstant("2026-04-01T00:00:00Z");
        Map<String, Object> lastDay = emailSchedule("MONTHLY", "23:30");
        lastDay.put("dayOfMonth", 31);
        schedule(lastDay);
        // day 31 clipped to April 30: 23:30 CEST = 21:30 UTC
        assertEquals("2026-04-30T21:30:00Z", GraphQL.ok("{ schedules { nextDueAt } }").getString("schedules[0].nextDueAt"));
        assertEquals(1, tick("2026-04-30T21:30:00Z"));
        // still April in Berlin: PREVIOUS_MONTH is March
        assertEquals("Last month's channel ROI · 2026-03-01 – 2026-03-31", mailbox.getMailsSentTo("cfo@brand.test").get(0)
                .getSubject());
        assertEquals("2026-05-31T21:30:00Z", GraphQL.ok("{ schedules { nextDueAt } }").getString("schedules[0].nextDueAt"));
    }

    @Test
    void aRefusingSmtpServerIsRetriedWithBackoffAndTheMailGoesOnce() {
        clock.setInstant("2026-04-01T00:00:00Z");
        schedule(emailSchedule("DAILY", "08:00"));
        email.failNext(1);
        // due 2026-04-01 08:00 CEST = 06:00 UTC: the first attempt fails; the retry waits 1 minute (retry-backoff)
        assertEquals(1, tick("2026-04-01T06:00:00Z"));
        assertEquals(0, mailbox.getTotalMessagesSent());
        JsonPath log = GraphQL.ok(LOG);
        assertEquals("RETRYING", log.getString("deliveries[0].status"));
        assertEquals(1, log.getInt("deliveries[0].attempts"));
        assertEquals("2026-04-01T06:01:00Z", log.getString("deliveries[0].nextAttemptAt"));
        assertEquals("SMTP 451 4.3.0 Mail server temporarily rejected message.", log.getString("deliveries[0].error"));
        assertEquals(0, tick("2026-04-01T06:00:59Z"));
        assertEquals(1, tick("2026-04-01T06:01:00Z"));
        assertEquals(1, mailbox.getMailsSentTo("cfo@brand.test").size());
        log = GraphQL.ok(LOG);
        assertEquals("SENT", log.getString("deliveries[0].status"));
        assertEquals(2, log.getInt("deliveries[0].attempts"));
        assertNull(log.get("deliveries[0].error"));
        assertEquals(0, tick("2026-04-01T06:30:00Z"));
        assertEquals(1, mailbox.getMailsSentTo("cfo@brand.test").size());
    }

    @Test
    void afterMaxAttemptsTheDeliveryFails() {
        clock.setInstant("2026-04-01T00:00:00Z");
        schedule(emailSchedule("DAILY", "08:00"));
        email.failNext(100);
        // attempts at 06:00, then 1, 2, 4 and 8 minutes after each failure: hourly ticks are late enough for each
        String[] ticksAt = { "2026-04-01T06:00:00Z", "2026-04-01T06:30:00Z", "2026-04-01T07:00:00Z",
                "2026-04-01T07:30:00Z", "2026-04-01T08:00:00Z", "2026-04-01T08:30:00Z" };
        int tried = 0;
        for (String at : ticksAt) {
            tried += tick(at);
        }
        assertEquals(5, tried);
        JsonPath log = GraphQL.ok(LOG);
        assertEquals("FAILED", log.getString("deliveries[0].status"));
        assertEquals(5, log.getInt("deliveries[0].attempts"));
        assertEquals(0, mailbox.getTotalMessagesSent());
    }

    void startWebhookServer(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String hook(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + path;
    }

    @Test
    void aSlackWebhookReceivesTheSummaryAndAJsonOneTheTable() throws IOException {
        startWebhookServer(200);
        clock.setInstant("2026-04-01T00:00:00Z");
        Map<String, Object> slack = new HashMap<>(Map.of("savedReportId", report, "frequency", "DAILY", "localTime",
                "09:00", "channel", "WEBHOOK", "webhookUrl", hook("T000/B000/secret"), "webhookFormat", "SLACK"));
        JsonPath created = GraphQL.ok(CREATE, "i", slack);
        // the path of an incoming-webhook URL is its secret: never shown
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort() + "/…",
                created.getString("createSchedule.schedule.webhookUrl"));
        Map<String, Object> json = new HashMap<>(slack);
        json.put("webhookUrl", hook("json"));
        json.put("webhookFormat", "JSON");
        schedule(json);
        // 09:00 CEST = 07:00 UTC
        assertEquals(2, tick("2026-04-01T07:00:00Z"));
        assertEquals(2, received.size());
        String slackCall = received.stream().filter(r -> r.contains("/hooks/T000/")).findFirst().orElseThrow();
        assertTrue(slackCall.startsWith("POST /hooks/T000/B000/secret application/json\n"), slackCall);
        JsonPath slackBody = JsonPath.from(slackCall.substring(slackCall.indexOf('\n') + 1));
        String text = slackBody.getString("text");
        assertTrue(text.startsWith("*Last month's channel ROI*\nPeriod: 2026-03-01 – 2026-03-31 (PREVIOUS_MONTH,"
                + " Europe/Berlin); amounts in EUR\n```\nchannel"), text);
        assertTrue(text.contains("\nInstagram   300.00  400.00"), text);
        String jsonCall = received.stream().filter(r -> r.contains("/hooks/json")).findFirst().orElseThrow();
        JsonPath body = JsonPath.from(jsonCall.substring(jsonCall.indexOf('\n') + 1));
        assertEquals("Last month's channel ROI", body.getString("report"));
        assertEquals("CHANNEL_PERFORMANCE", body.getString("kind"));
        assertEquals("2026-03-01", body.getString("from"));
        assertEquals("2026-03-31", body.getString("to"));
        assertEquals("EUR", body.getString("currencyCode"));
        assertEquals(List.of("Instagram", "300.00", "400.00"), body.getList("rows[0]").subList(0, 3));
        assertEquals(List.of("Newsletter", "50.00", "100.00"), body.getList("rows[1]").subList(0, 3));
        JsonPath log = GraphQL.ok(LOG);
        assertEquals(List.of("SENT", "SENT"), log.getList("deliveries.status"));
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort() + "/…", log.getString("deliveries[0].recipients"));
    }

    @Test
    void aWebhookAnsweringAnErrorIsRetried() throws IOException {
        startWebhookServer(503);
        clock.setInstant("2026-04-01T00:00:00Z");
        schedule(new HashMap<>(Map.of("savedReportId", report, "frequency", "DAILY", "localTime", "09:00",
                "channel", "WEBHOOK", "webhookUrl", hook("down"))));
        assertEquals(1, tick("2026-04-01T07:00:00Z"));
        JsonPath log = GraphQL.ok(LOG);
        assertEquals("RETRYING", log.getString("deliveries[0].status"));
        assertEquals("The webhook answered HTTP 503.", log.getString("deliveries[0].error"));
    }

    @Test
    void anEmptyReportIsSkippedWhenTheScheduleSaysSo() {
        Map<String, Object> paths = SavedReportGraphQLTest.report("Old paths", "TOP_PATHS", "FIXED");
        paths.put("period", Map.of("rule", "FIXED", "from", "2020-01-01", "to", "2020-01-31"));
        String empty = SavedReportGraphQLTest.save(paths);
        clock.setInstant("2026-04-01T00:00:00Z");
        Map<String, Object> skip = emailSchedule("DAILY", "08:00");
        skip.put("savedReportId", empty);
        skip.put("skipWhenEmpty", true);
        schedule(skip);
        assertEquals(1, tick("2026-04-01T06:00:00Z"));
        assertEquals(0, mailbox.getTotalMessagesSent());
        assertEquals("SKIPPED", GraphQL.ok(LOG).getString("deliveries[0].status"));
    }

    @Test
    void twoSchedulersRacingSendEachDeliveryOnce() throws Exception {
        clock.setInstant("2026-04-01T00:00:00Z");
        for (int i = 0; i < 6; i++) {
            Map<String, Object> input = emailSchedule("DAILY", "08:00");
            input.put("recipients", List.of("team" + i + "@brand.test"));
            schedule(input);
        }
        clock.setInstant("2026-04-01T06:00:00Z");
        Instant now = Instant.parse("2026-04-01T06:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger tried = new AtomicInteger();
                List<Future<?>> racers = List.of(pool.submit(() -> race(start, now, tried)),
                        pool.submit(() -> race(start, now, tried)));
                start.countDown();
                for (Future<?> racer : racers) {
                    racer.get();
                }
                // round 0 sends the six between them; later rounds find nothing due
                assertEquals(round == 0 ? 6 : 0, tried.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, mailbox.getTotalMessagesSent());
        for (int i = 0; i < 6; i++) {
            assertEquals(1, mailbox.getMailsSentTo("team" + i + "@brand.test").size());
        }
        assertEquals("6", data.scalar("select count(*) from delivery where status = 'SENT' and attempts = 1"));
        assertEquals("6", data.scalar("select count(*) from delivery"));
    }

    void race(CountDownLatch start, Instant now, AtomicInteger tried) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        tried.addAndGet(ticks.tick(now));
    }

    @Test
    void badSchedulesAreUserErrorsAndSaveNothing() {
        Map<String, Object> bad = new HashMap<>(Map.of("savedReportId", report, "frequency", "WEEKLY",
                "localTime", "25:00", "timeZone", "Europe/Atlantis", "channel", "EMAIL",
                "recipients", List.of("not-an-address", "ok@brand.test")));
        bad.put("dayOfMonth", 3);
        List<Map<String, Object>> errors = GraphQL.ok(CREATE, "i", bad).getList("createSchedule.userErrors");
        assertEquals(List.of("REQUIRED:input.dayOfWeek", "INVALID_VALUE:input.dayOfMonth", "INVALID_VALUE:input.localTime",
                "INVALID_TIME_ZONE:input.timeZone", "INVALID_VALUE:input.recipients.0"), codes(errors));
        Map<String, Object> ftp = new HashMap<>(Map.of("savedReportId", report, "frequency", "DAILY", "localTime", "08:00",
                "channel", "WEBHOOK", "webhookUrl", "ftp://files.brand.test/drop"));
        assertEquals(List.of("URL_NOT_ALLOWED:input.webhookUrl"),
                codes(GraphQL.ok(CREATE, "i", ftp).getList("createSchedule.userErrors")));
        ftp.put("webhookUrl", "https://user:secret@hooks.brand.test/x");
        assertEquals(List.of("INVALID_VALUE:input.webhookUrl"),
                codes(GraphQL.ok(CREATE, "i", ftp).getList("createSchedule.userErrors")));
        Map<String, Object> noRecipients = emailSchedule("DAILY", "08:00");
        noRecipients.remove("recipients");
        noRecipients.put("savedReportId", "U2F2ZWRSZXBvcnQ6OTk5OTk5");
        assertEquals(List.of("NOT_FOUND:input.savedReportId", "REQUIRED:input.recipients"),
                codes(GraphQL.ok(CREATE, "i", noRecipients).getList("createSchedule.userErrors")));
        assertEquals(0, data.count("delivery_schedule"));
    }

    static List<String> codes(List<Map<String, Object>> errors) {
        return errors.stream().map(e -> e.get("code") + ":" + String.join(".", (List<String>) e.get("field"))).toList();
    }

    @Test
    void deletingTheSavedReportDeletesItsSchedulesAndKeepsTheLog() {
        clock.setInstant("2026-04-01T00:00:00Z");
        String id = schedule(emailSchedule("DAILY", "08:00"));
        assertEquals(1, tick("2026-04-01T06:00:00Z"));
        GraphQL.ok("mutation($id: ID!) { deleteSavedReport(input: {id: $id}) { userErrors { code } } }", "id", report);
        assertEquals(List.of(), GraphQL.ok("{ schedules { id } }").getList("schedules"));
        JsonPath log = GraphQL.ok(LOG);
        assertEquals("SENT", log.getString("deliveries[0].status"));
        assertEquals(id, log.getString("deliveries[0].scheduleId"));
        assertEquals(0, tick("2026-04-02T06:00:00Z"));
    }
}
