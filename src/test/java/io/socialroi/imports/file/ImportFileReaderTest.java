package io.socialroi.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures under src/test/resources/imports, written to the layouts of docs/imports.md, read back with their
 * detected settings and totals computed by hand; then the files the reader must refuse or stop on.
 */
class ImportFileReaderTest {

    static final Locale SPANISH = new Locale("es", "ES");
    static final Locale BRAZIL = new Locale("pt", "BR");

    @TempDir
    Path dir;

    record Read(Detected detected, List<ImportRow> rows, List<LineError> errors) {

        <T extends ImportRow> List<T> rows(Class<T> type) {
            return rows.stream().map(type::cast).toList();
        }

        <T extends ImportRow> T row(Class<T> type, int line) {
            return rows(type).stream().filter(r -> r.line() == line).findFirst().orElseThrow();
        }

        <T extends ImportRow> BigDecimal sum(Class<T> type, Function<T, BigDecimal> amount) {
            return rows(type).stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportFileReaderTest.class.getResource("/imports/" + name).toURI());
    }

    static Read read(Path file, ReadOptions options) {
        Detected detected = ImportFileReader.detect(file, options);
        List<ImportRow> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        ImportFileReader.read(file, detected, options, new RowSink() {
            @Override
            public void row(ImportRow row) {
                rows.add(row);
            }

            @Override
            public void error(LineError error) {
                errors.add(error);
            }
        });
        return new Read(detected, rows, errors);
    }

    static Read read(String fixture) throws URISyntaxException {
        return read(fixture(fixture), ReadOptions.defaults(ImportFormat.AUTO, null));
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    static LineError fileError(Path file, ReadOptions options) {
        return assertThrows(ImportFileException.class,
                () -> ImportFileReader.detect(file, options)).error();
    }

    // ---- the fixtures, one per documented layout ----

    @Test
    void perPostExportsAreSniffedAndRead() throws URISyntaxException {
        // impressions by hand: Instagram 1200 + 5400 + 800 = 7400; Facebook 3000 + 6000 + 1500 = 10500;
        // LinkedIn 2500 + 4100 = 6600; X 3200 + 1800 = 5000
        Map<String, Long> impressions = Map.of("instagram_posts.csv", 7400L, "facebook_posts.csv", 10500L,
                "linkedin_posts.csv", 6600L, "x_posts.csv", 5000L);
        Map<String, String> platforms = Map.of("instagram_posts.csv", "instagram", "facebook_posts.csv", "facebook",
                "linkedin_posts.csv", "linkedin", "x_posts.csv", "x");
        impressions.forEach((name, total) -> {
            Read read = readUnchecked(name);
            assertEquals(ImportFormat.POST_PERFORMANCE, read.detected().format(), name);
            assertEquals(List.of(), read.errors(), name);
            assertEquals(total, read.rows(PostRow.class).stream().mapToLong(PostRow::impressions).sum(), name);
            assertEquals(List.of(platforms.get(name)), read.rows(PostRow.class).stream().map(PostRow::platform)
                    .distinct().toList(), name);
        });
        // Meta's Publish time is M/D/YYYY H:MM (UTC); LinkedIn's Created date a day; X's time has its offset
        assertEquals(OffsetDateTime.parse("2026-03-16T18:05Z"),
                readUnchecked("instagram_posts.csv").row(PostRow.class, 3).publishedAt());
        PostRow linkedIn = readUnchecked("linkedin_posts.csv").row(PostRow.class, 2);
        assertEquals(OffsetDateTime.parse("2026-03-12T00:00Z"), linkedIn.publishedAt());
        // LinkedIn has no id: the link is; its Content Type comes before its Post type (Organic)
        assertEquals("https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000001", linkedIn.postId());
        assertEquals("Image", linkedIn.postType());
        assertEquals(60L, linkedIn.clicks());
        PostRow tweet = readUnchecked("x_posts.csv").row(PostRow.class, 3);
        assertEquals(OffsetDateTime.parse("2026-03-21T09:05Z"), tweet.publishedAt());
        // replies, retweets, url clicks and media views are comments, shares, clicks and video views
        assertEquals(List.of(3L, 6L, 22L, 740L), List.of(tweet.comments(), tweet.shares(), tweet.clicks(),
                tweet.videoViews()));
        // 12-hour clocks: 12:00 PM is noon, 12:30 AM half past midnight
        assertEquals(OffsetDateTime.parse("2026-03-15T12:00Z"), DateCells.parsePostedAt("3/15/2026 12:00 PM"));
        assertEquals(OffsetDateTime.parse("2026-03-15T00:30Z"), DateCells.parsePostedAt("3/15/2026 12:30 AM"));
    }

    @Test
    void anAudienceExportIsSniffedWithItsSharesInPercent() throws URISyntaxException {
        Read read = readUnchecked("audience.csv");
        assertEquals(ImportFormat.AUDIENCE, read.detected().format());
        assertEquals(15, read.rows().size());
        // "55%" is 55 (percent), not 0.55; Instagram's shares: 100 (age) + 99.7 (gender) + 100 (country) = 299.7
        assertEquals(new BigDecimal("55"), read.row(AudienceRow.class, 8).share().stripTrailingZeros());
        assertEquals(0, new BigDecimal("299.7").compareTo(read.rows(AudienceRow.class).stream()
                .filter(r -> r.platform().equals("instagram")).map(AudienceRow::share)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    static Read readUnchecked(String fixture) {
        try {
            return read(fixture);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void metaEnglishDropsTheTotalsRowWithAnEmptyNameAndKeepsResultsAsTheyAre() throws Exception {
        Read read = read("meta_en.csv");

        assertEquals(new Detected(ImportFormat.META_ADS, "UTF-8", ',', Locale.US, "USD", 1), read.detected());
        assertEquals(List.of(), read.errors());
        // line 2 (empty name, 1530.75 = the sum of the others) is Meta's summary row: dropped
        assertEquals(List.of(3, 4, 5), read.rows().stream().map(ImportRow::line).toList());
        assertEquals(money("1530.75"), read.sum(AdDayRow.class, AdDayRow::spend)); // 500.25 + 530.50 + 500.00
        assertEquals(new AdDayRow(3, LocalDate.of(2024, 3, 1), "meta", null, null, "2384001", "Spring Sale",
                money("500.25"), "USD", 40_000L, 30_000L, 1_000L, 800L, money("30"),
                "actions:offsite_conversion.fb_pixel_purchase", null, null), read.row(AdDayRow.class, 3));
        AdDayRow noResults = read.row(AdDayRow.class, 5); // Results "--"
        assertEquals(null, noResults.results());
        assertEquals(null, noResults.resultIndicator());
    }

    @Test
    void metaGermanWithBomSemicolonsAndDecimalCommas() throws Exception {
        Read read = read("meta_de.csv");

        assertEquals(new Detected(ImportFormat.META_ADS, "UTF-8", ';', Locale.GERMANY, "EUR", 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(3, read.rows().size());
        assertEquals(money("1334.96"), read.sum(AdDayRow.class, AdDayRow::spend)); // 1.234,56 + 99,90 + 0,5
        assertEquals(new AdDayRow(2, LocalDate.of(2024, 3, 1), "meta", null, null, null, "Frühjahrsaktion",
                money("1234.56"), "EUR", 45_000L, 30_000L, null, 900L, money("12"), "actions:lead", null, null),
                read.row(AdDayRow.class, 2));
        assertEquals(null, read.row(AdDayRow.class, 3).results()); // "-"
    }

    @Test
    void metaFrenchGroupsThousandsWithSpaces() throws Exception {
        Read read = read("meta_fr.csv");

        assertEquals(new Detected(ImportFormat.META_ADS, "UTF-8", ';', Locale.FRANCE, "EUR", 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(money("1249.75"), read.sum(AdDayRow.class, AdDayRow::spend)); // 1 234,50 + 15,25
        assertEquals(new AdDayRow(2, LocalDate.of(2024, 3, 1), "meta", null, null, "555001", "Soldes de printemps",
                money("1234.50"), "EUR", 12_000L, 9_000L, 410L, 300L, money("7"), "actions:lead", null, null),
                read.row(AdDayRow.class, 2));
    }

    @Test
    void metaSpanishWithQuotedDecimalCommasInACommaFile() throws Exception {
        Read read = read("meta_es.csv");

        assertEquals(new Detected(ImportFormat.META_ADS, "UTF-8", ',', SPANISH, "MXN", 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(money("2810.40"), read.sum(AdDayRow.class, AdDayRow::spend)); // 2.500,00 + 310,40
        AdDayRow first = read.row(AdDayRow.class, 2);
        assertEquals(LocalDate.of(2024, 3, 5), first.day());
        assertEquals("Campaña de verano", first.platformCampaignName());
        assertEquals(10_500L, first.impressions());
        assertEquals(150L, first.linkClicks());
    }

    @Test
    void metaBrazilianWithTextualDatesAndAMultiDayRowRefused() throws Exception {
        Read read = read("meta_pt_br.csv");

        assertEquals(new Detected(ImportFormat.META_ADS, "UTF-8", ';', BRAZIL, "BRL", 1), read.detected());
        assertEquals(money("2000.00"), read.sum(AdDayRow.class, AdDayRow::spend)); // 1.050,75 + 949,25
        assertEquals(List.of(LocalDate.of(2022, 12, 10), LocalDate.of(2022, 12, 11)),
                read.rows(AdDayRow.class).stream().map(AdDayRow::day).toList());
        assertEquals(20_000L, read.row(AdDayRow.class, 2).impressions());
        assertEquals(1, read.errors().size());
        LineError range = read.errors().get(0);
        assertEquals(4, range.line());
        assertEquals("Término dos relatórios", range.column());
        assertEquals("INVALID_DATE_RANGE", range.code());
        assertTrue(range.message().contains("2022-12-01 to 2022-12-31") && range.message().contains("by day"),
                range.message());
    }

    @Test
    void linkedInAfterItsPreambleWithMonthFirstDates() throws Exception {
        Read read = read("linkedin.csv");

        assertEquals(new Detected(ImportFormat.LINKEDIN_ADS, "UTF-8", ',', Locale.US, null, 5), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(3, read.rows().size());
        assertEquals(money("605.50"), read.sum(AdDayRow.class, AdDayRow::spend)); // 250.10 + 275.40 + 80.00
        assertEquals(new AdDayRow(6, LocalDate.of(2024, 3, 1), "linkedin", null, "Acme Corp", "182736455",
                "Webinar Promo", money("250.10"), "USD", 15_000L, null, 120L, null, money("5"), "leads", money("3"),
                null), read.row(AdDayRow.class, 6));
        assertEquals(LocalDate.of(2024, 3, 2), read.row(AdDayRow.class, 8).day());
    }

    @Test
    void googleAdsExcelCsvInUtf16WithTotalsRowsDropped() throws Exception {
        Read read = read("google_ads_excel.csv");

        assertEquals(new Detected(ImportFormat.GOOGLE_ADS, "UTF-16LE", '\t', Locale.US, null, 3), read.detected());
        assertEquals(List.of(), read.errors());
        // lines 7 and 8 are Total: Account and Total: Campaigns
        assertEquals(List.of(4, 5, 6), read.rows().stream().map(ImportRow::line).toList());
        assertEquals(money("1334.00"), read.sum(AdDayRow.class, AdDayRow::spend)); // 1,234.56 + 99.44 + "--"
        assertEquals(new AdDayRow(4, LocalDate.of(2024, 3, 1), "google_ads", null, null, "9876", "Brand Search",
                money("1234.56"), "EUR", 10_500L, null, 850L, null, null, null, money("12.00"), money("1500.00")),
                read.row(AdDayRow.class, 4));
        AdDayRow dashes = read.row(AdDayRow.class, 5);
        assertEquals(null, dashes.conversions());
        assertEquals(null, dashes.conversionValue());
        assertEquals(null, read.row(AdDayRow.class, 6).spend());
    }

    @Test
    void tidyAdReportingKeepsTheFilesPlatform() throws Exception {
        Read read = read("ad_reporting.csv");

        assertEquals(new Detected(ImportFormat.AD_REPORTING, "UTF-8", ',', Locale.US, null, 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(money("265.50"), read.sum(AdDayRow.class, AdDayRow::spend)); // 120.50 + 99.99 + 45.01
        assertEquals(new AdDayRow(3, LocalDate.of(2024, 3, 1), "google_ads", "123-456", "Acme", "g1", "Brand",
                money("99.99"), "USD", 4_000L, null, 80L, null, null, null, null, null), read.row(AdDayRow.class, 3));
        assertEquals(List.of("facebook_ads", "google_ads", "linkedin_ads"),
                read.rows(AdDayRow.class).stream().map(AdDayRow::platform).toList());
    }

    @Test
    void costSheetWithADateRangeAndCategories() throws Exception {
        Read read = read("cost_sheet.csv");

        assertEquals(new Detected(ImportFormat.COST_SHEET, "UTF-8", ',', Locale.US, null, 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(new CostSheetRow(2, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), money("150.00"), "EUR",
                "facebook", "paid_social", "spring_sale", "AD_SPEND", 40L, 2_000L), read.row(CostSheetRow.class, 2));
        assertEquals(new CostSheetRow(3, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), money("3000.00"),
                "EUR", "agency", "retainer", null, "AGENCY", null, null), read.row(CostSheetRow.class, 3));
        CostSheetRow tools = read.row(CostSheetRow.class, 4);
        assertEquals("USD", tools.currency()); // "usd" in the file
        assertEquals(null, tools.utmCampaign()); // "-"
        // EUR: 150.00 + 3000.00; USD: 49.99
        assertEquals(money("3150.00"), read.rows(CostSheetRow.class).stream().filter(r -> r.currency().equals("EUR"))
                .map(CostSheetRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void hubSpotDeals() throws Exception {
        Read read = read("hubspot_deals.csv");

        assertEquals(new Detected(ImportFormat.HUBSPOT_DEALS, "UTF-8", ',', Locale.US, null, 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(money("3700.50"), read.sum(DealRow.class, DealRow::amount)); // 1200.00 + "2,500.50"
        assertEquals(new DealRow(2, "9001", "closedwon", money("1200.00"), "EUR", LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 2, 1), "501", "PAID_SOCIAL", "Facebook", "spring_sale"), read.row(DealRow.class, 2));
        assertEquals(new DealRow(3, "9002", "appointmentscheduled", null, null, null, LocalDate.of(2024, 3, 5), "503",
                "ORGANIC_SEARCH", "google", null), read.row(DealRow.class, 3));
        assertEquals(new DealRow(4, "9003", "closedwon", money("2500.50"), "USD", LocalDate.of(2024, 3, 20),
                LocalDate.of(2024, 3, 1), null, "DIRECT_TRAFFIC", null, null), read.row(DealRow.class, 4));
    }

    @Test
    void anAmountInCompanyCurrencyIsInTheWorkspacesCurrencyWhateverTheDealsCurrency() throws Exception {
        Path file = write("deals.csv", "Record ID,Deal Stage,Currency,Amount in company currency\n"
                + "1,closedwon,USD,\"1,000.00\"\n");

        Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "eur"));
        assertEquals(new Detected(ImportFormat.HUBSPOT_DEALS, "UTF-8", ',', Locale.US, "EUR", 1), read.detected());
        assertEquals(new DealRow(2, "1", "closedwon", money("1000.00"), "EUR", null, null, null, null, null, null),
                read.row(DealRow.class, 2));
    }

    @Test
    void touchpointsTakeTheirUtmsFromTheLandingUrl() throws Exception {
        Read read = read("touchpoints_urls.csv");

        assertEquals(new Detected(ImportFormat.TOUCHPOINTS, "UTF-8", ',', null, null, 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(new TouchpointRow(2, "p-1", OffsetDateTime.parse("2024-03-01T10:15:00Z"),
                "https://shop.example/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale"
                        + "&utm_content=video_a",
                "facebook", "paid_social", "spring_sale", null, "video_a", "t-1", Map.of()),
                read.row(TouchpointRow.class, 2));
        TouchpointRow google = read.row(TouchpointRow.class, 3);
        assertEquals(OffsetDateTime.parse("2024-03-01T11:00:00Z"), google.occurredAt()); // no offset: UTC
        assertEquals("running shoes", google.utmTerm());
        assertEquals(Map.of("gclid", "XYZ"), google.clickIds());
        TouchpointRow direct = read.row(TouchpointRow.class, 4);
        assertEquals(OffsetDateTime.parse("2024-03-02T08:00:00+02:00"), direct.occurredAt());
        assertEquals(null, direct.utmSource());
    }

    @Test
    void touchpointsWithUtmColumnsInATabFile() throws Exception {
        Read read = read("touchpoints_utm.tsv");

        assertEquals(new Detected(ImportFormat.TOUCHPOINTS, "UTF-8", '\t', null, null, 1), read.detected());
        assertEquals(List.of(), read.errors());
        assertEquals(new TouchpointRow(2, "u1", OffsetDateTime.parse("2024-03-01T09:00:00Z"), null, "facebook",
                "paid_social", "spring_sale", null, null, null, Map.of("fbclid", "FB.1")),
                read.row(TouchpointRow.class, 2));
        assertEquals("newsletter", read.row(TouchpointRow.class, 3).utmSource());
    }

    @Test
    void totalsRowsAreDroppedButNotCampaignsWhoseNameStartsWithTotal() throws Exception {
        Path file = write("tidy.csv", "campaign_name,date_day,platform,spend\n"
                + "Totally new,2024-03-01,meta,1.50\n" // a campaign
                + "Total,,,1.50\n" // a totals row by its first cell
                + "TOTAL: all campaigns,--,--,1.50\n"
                + "Spring,Total,meta,1.50\n" // by its date cell
                + "Total Brand,2024-03-01,meta,2.50\n"); // a campaign again

        Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals(List.of(), read.errors());
        assertEquals(List.of("Totally new", "Total Brand"),
                read.rows(AdDayRow.class).stream().map(AdDayRow::platformCampaignName).toList());
    }

    // ---- sniffing ----

    @Test
    void theDelimiterIsSniffedAmongCommaSemicolonAndTab() throws Exception {
        for (char delimiter : new char[] {',', ';', '\t'}) {
            String d = String.valueOf(delimiter);
            Path file = write("tidy.csv", String.join(d, "date_day", "platform", "campaign_id", "spend") + "\n"
                    + String.join(d, "2024-03-01", "meta", "c1", "12.50") + "\n");
            Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
            assertEquals(delimiter, read.detected().delimiter());
            assertEquals("EUR", read.detected().currency()); // no currency column, no suffix: the default
            assertEquals(money("12.50"), read.rows(AdDayRow.class).get(0).spend());
        }
    }

    @Test
    void aFormatGivenByTheCallerIsHeldToItsColumns() throws Exception {
        Path file = write("tidy.csv", "date_day,platform,campaign_id\n2024-03-01,meta,c1\n");

        LineError missing = fileError(file, ReadOptions.defaults(ImportFormat.AD_REPORTING, "EUR"));
        assertEquals(new LineError(1, null, "MISSING_COLUMN",
                "Line 1 looks like the header of a tidy ad reporting table but has no spend column."), missing);
    }

    @Test
    void anUnknownHeaderNamesWhatWasExpected() throws Exception {
        Path file = write("other.csv", "foo,bar\n1,2\n");

        LineError unknown = fileError(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals(0, unknown.line());
        assertEquals("UNKNOWN_FORMAT", unknown.code());
        assertTrue(unknown.message().contains("a Meta Ads Manager export (Day or Reporting starts, Campaign name or"
                + " Campaign ID, Amount spent)"), unknown.message());
        assertTrue(unknown.message().contains("a touchpoints file (person, timestamp, landing_url or utm_source)"),
                unknown.message());

        LineError asked = fileError(file, ReadOptions.defaults(ImportFormat.COST_SHEET, "EUR"));
        assertEquals("No line among the first 20 is the header of a cost sheet (date or from, cost, utm_source,"
                + " utm_medium, utm_campaign).", asked.message());
    }

    @Test
    void aHeaderBelowTheTwentiethLineIsNotLookedFor() throws Exception {
        Path file = write("deep.csv", "preamble\n".repeat(20) + "date_day,platform,campaign_id,spend\n"
                + "2024-03-01,meta,c1,1\n");

        assertEquals("UNKNOWN_FORMAT", fileError(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR")).code());
        Path shallower = write("shallow.csv", "preamble\n".repeat(19) + "date_day,platform,campaign_id,spend\n"
                + "2024-03-01,meta,c1,1\n");
        assertEquals(20, read(shallower, ReadOptions.defaults(ImportFormat.AUTO, "EUR")).detected().headerLine());
    }

    @Test
    void moneyWithoutAnyCurrencyIsRefused() throws Exception {
        Path file = write("tidy.csv", "date_day,platform,campaign_id,spend\n2024-03-01,meta,c1,1\n");

        LineError missing = fileError(file, ReadOptions.defaults(ImportFormat.AUTO, null));
        assertEquals(new LineError(0, null, "MISSING_CURRENCY", "The file names no currency (no currency column,"
                + " no (XXX) after spend) and no default currency was given."), missing);
    }

    // ---- locales ----

    @Test
    void anAmbiguousLocaleIsRefusedUnlessOneIsGiven() throws Exception {
        Path file = write("tidy.csv", "date_day;platform;campaign_id;spend\n2024-03-01;meta;c1;1,234\n"
                + "2024-03-02;meta;c1;12\n");
        ReadOptions inferred = ReadOptions.defaults(ImportFormat.AUTO, "EUR");

        LineError ambiguous = fileError(file, inferred);
        assertEquals("AMBIGUOUS_LOCALE", ambiguous.code());
        assertTrue(ambiguous.message().contains("line 2, spend \"1,234\""), ambiguous.message());

        assertEquals(money("1234"), read(file, inferred.withLocale(Locale.US)).rows(AdDayRow.class).get(0).spend());
        assertEquals(money("1.234"),
                read(file, inferred.withLocale(Locale.GERMANY)).rows(AdDayRow.class).get(0).spend());
    }

    @Test
    void aFileMixingDecimalPointsAndCommasIsRefused() throws Exception {
        Path file = write("tidy.csv", "date_day;platform;campaign_id;spend\n2024-03-01;meta;c1;1,5\n"
                + "2024-03-02;meta;c1;2.25\n");

        LineError mixed = fileError(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals("AMBIGUOUS_LOCALE", mixed.code());
        assertTrue(mixed.message().contains("line 3, spend \"2.25\"") && mixed.message().contains("line 2"),
                mixed.message());
    }

    @Test
    void aBadNumberNamesItsLineAndColumnAndReadingGoesOn() throws Exception {
        Path file = write("tidy.csv", "date_day,platform,campaign_id,spend,clicks\n2024-03-01,meta,c1,10.50,3\n"
                + "2024-03-02,meta,c1,12x,4\n2024-03-03,meta,c1,7.25,2.5\n2024-03-04,meta,c1,1.25,1\n");

        Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals(List.of(2, 5), read.rows().stream().map(ImportRow::line).toList());
        assertEquals(List.of(
                new LineError(3, "spend", "INVALID_NUMBER",
                        "Line 3, column spend: \"12x\" is not a number written as in en-US."),
                new LineError(4, "clicks", "INVALID_NUMBER", "Line 4, column clicks: \"2.5\" is not a whole number.")),
                read.errors());
    }

    @Test
    void aLongBadCellIsEchoedToSixtyFourCharacters() throws Exception {
        String longCell = "x".repeat(100);
        Path file = write("tidy.csv", "date_day,platform,campaign_id,spend\n" + longCell + ",meta,c1,1\n");

        LineError bad = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR")).errors().get(0);
        assertEquals(new LineError(2, "date_day", "INVALID_DATE", "Line 2, column date_day: \"" + "x".repeat(64)
                + "…\" is not a date (2024-01-31, 1/31/2024 or a month by name such as 31 Jan 2024)."), bad);
    }

    // ---- limits and what is not read ----

    @Test
    void aFileOverMaxBytesIsRefusedBeforeReading() throws Exception {
        Path file = write("tidy.csv", "date_day,platform,campaign_id,spend\n2024-03-01,meta,c1,1\n");
        long size = Files.size(file);

        LineError tooLarge = fileError(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR").withLimits(size - 1, 10));
        assertEquals(new LineError(0, null, "TOO_LARGE", "The file has " + size + " bytes; at most " + (size - 1)
                + " are read. Split it and import the parts."), tooLarge);
        assertEquals(1, read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR").withLimits(size, 10)).rows().size());
    }

    @Test
    void readingStopsAfterMaxRows() throws Exception {
        Read read = read(fixture("ad_reporting.csv"),
                ReadOptions.defaults(ImportFormat.AUTO, null).withLimits(ReadOptions.DEFAULT_MAX_BYTES, 2));

        assertEquals(List.of(2, 3), read.rows().stream().map(ImportRow::line).toList());
        assertEquals(List.of(new LineError(4, null, "TOO_MANY_ROWS",
                "Line 4: the file has more than 2 data rows; split it and import the parts.")), read.errors());
    }

    @Test
    void aWorkbookNotConvertedIsUnsupportedNotACrash() throws Exception {
        Path file = dir.resolve("export.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        LineError unsupported = fileError(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals("UNSUPPORTED_FORMAT", unsupported.code());
        assertTrue(unsupported.message().contains("through ImportText"), unsupported.message());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "date_day,platform,campaign_id,spend\n2024-03-01,meta,caf\u00e9,1\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("INVALID_ENCODING", fileError(latin1, ReadOptions.defaults(ImportFormat.AUTO, "EUR")).code());
    }

    @Test
    void aBadByteFarIntoTheFileIsReportedAtItsLineAndReadingGoesOn() throws Exception {
        Path file = dir.resolve("late.csv");
        StringBuilder text = new StringBuilder("date_day,platform,campaign_id,spend\n");
        for (int i = 0; i < 3000; i++) { // past the 64 KiB the header is looked for in
            text.append("2024-03-01,meta,c").append(i).append(",1.50\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "2024-03-01,meta,caf\u00e9,1.50\n2024-03-02,meta,c,2.50\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);

        Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR").withLocale(Locale.US));
        // the header is line 1, the good rows lines 2 to 3001
        assertEquals(List.of(new LineError(3002, "campaign_id", "INVALID_ENCODING", "Line 3002, column campaign_id:"
                + " bytes that are not valid in the file's encoding; save the file as UTF-8.")), read.errors());
        assertEquals(3001, read.rows().size());
        assertEquals(3003, read.rows().get(3000).line());
    }

    @Test
    void anUnclosedQuoteEndsReadingWithItsLine() throws Exception {
        Path file = write("quote.csv", "date_day,platform,campaign_id,spend\n2024-03-01,meta,c1,1.50\n"
                + "2024-03-02,meta,\"c2,2.50\n2024-03-03,meta,c3,3.50\n");

        Read read = read(file, ReadOptions.defaults(ImportFormat.AUTO, "EUR"));
        assertEquals(List.of(2), read.rows().stream().map(ImportRow::line).toList());
        assertEquals(List.of(new LineError(3, null, "MALFORMED_CSV",
                "Line 3: a quoted cell is not closed; check the quotes from this line on.")), read.errors());
    }
}
