package io.socialroi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * The dashboard in a real browser (Debian's chromium through chromedriver, headless) against the service on its real
 * HTTP port, on docs/attribution.md's worked example plus costs in two currencies: it signs in with one click (the
 * trial's sign-in, LocalSignInProfile), opens every view and checks that the numbers on screen are the API's.
 * Screenshots go to target/screenshots/. Without /usr/bin/chromium the class is skipped and says how to install it.
 */
/**
 * The dashboard's views on docs/attribution.md's worked example plus costs in two currencies: it signs in with one
 * click, opens every view and checks that the numbers on screen are the API's (the browser: DashboardBrowser).
 */
@QuarkusTest
@TestProfile(LocalSignInProfile.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
class DashboardBrowserTest extends DashboardBrowser {

    static boolean seeded;
    static String spring;
    static String linkedIn;
    static String facebook;

    /**
     * docs/attribution.md's worked example with its costs in EUR and USD (TestData: 342.00 EUR in all, 292.00 of it ad
     * spend), and 10 support contacts deflected at 4.50 EUR on Email.
     */
    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        data.reset();
        TestData.WorkedExample example = TestData.workedExample();
        TestData.workedExampleCosts(example);
        TestData.recordServiceSavings(example.email(), example.nurture(), "2026-03-01", "2026-03-31", 10, "4.50");
        spring = example.spring();
        linkedIn = example.linkedIn();
        facebook = example.facebook();
        seeded = true;
    }

    // ---- the views ----------------------------------------------------------------------------------------------

    @Test
    void oneClickSignInThenTheOverviewShowsTheApisFigures() {
        signedOut();
        signInWithOneClick();
        JsonPath api = GraphQL.ok("{ workspaceRoi { cost { amount } revenue { amount } percent roas valuePercent } }");
        // 342.00 EUR; 1000.00 EUR; (1000 − 342) × 100 / 342 = 192.397… → 192.40; 1000 / 292 = 3.424… → 3.42;
        // value ROI adds the savings 10 × 4.50 = 45.00: (1045 − 342) × 100 / 342 = 205.555… → 205.56
        assertEquals("342.00", api.getString("workspaceRoi.cost.amount"));
        assertEquals("192.40", api.getString("workspaceRoi.percent"));
        assertEquals("205.56", api.getString("workspaceRoi.valuePercent"));
        assertEquals(shown(api.getString("workspaceRoi.cost.amount")) + " EUR", tile("tile-cost"));
        assertEquals(shown(api.getString("workspaceRoi.revenue.amount")) + " EUR", tile("tile-revenue"));
        assertEquals(api.getString("workspaceRoi.percent") + " %", tile("tile-roi"));
        assertEquals(api.getString("workspaceRoi.roas") + " ×", tile("tile-roas"));
        assertEquals(api.getString("workspaceRoi.valuePercent") + " %", tile("tile-value-roi"));
        // the formula is there on hover
        assertTrue(driver.findElement(By.id("tile-roi")).getDomAttribute("title").contains("(revenue − cost) × 100 / cost"));
        // cost by category: AD_SPEND 200.00 + 92.00, TOOLS 50.00
        waitForCell("cost-category-table", "Ad spend", "amount", "292.00");
        assertEquals("50.00", cell("cost-category-table", "Tools", "amount"));
        assertEquals("EUR", driver.findElement(By.cssSelector("#currency strong")).getText());
        screenshot("overview");
    }

    @Test
    void channelsUnderLinearShowAThirdEachAndChangeWithTheModel() throws IOException {
        open("#/channels?model=LINEAR");
        JsonPath api = GraphQL.ok("{ channelPerformance(attribution: {model: LINEAR}) { channel { name } attributedRevenue { amount } cost { amount } } }");
        for (String channel : List.of("LinkedIn", "Facebook", "Email")) {
            String revenue = api.getString("channelPerformance.find { it.channel.name == '" + channel + "' }.attributedRevenue.amount");
            assertEquals("333.33", revenue);
            waitForCell("channel-table", channel, "revenue", revenue);
        }
        // Facebook's 100.00 USD at 0.92
        assertEquals("92.00", cell("channel-table", "Facebook", "cost"));
        assertEquals("0", cell("channel-table", "Unattributed (no path, no known source)", "conversions"));
        screenshot("channels-linear");

        new Select(driver.findElement(By.id("model"))).selectByValue("FIRST_TOUCH");
        wait.until(ExpectedConditions.urlContains("model=FIRST_TOUCH"));
        waitForCell("channel-table", "LinkedIn", "revenue", "1,000.00");
        assertEquals("0.00", cell("channel-table", "Email", "revenue"));

        // every table downloads as CSV, with the API's exact values
        Path csv = DOWNLOADS.resolve("channels.csv");
        Files.deleteIfExists(csv);
        driver.findElement(By.cssSelector("#channel-table button.csv")).click();
        wait.until(d -> Files.exists(csv) && size(csv) > 0);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Channel,Kind,Cost (EUR),Attributed revenue (EUR),Conversions,Assisted,ROI %,ROAS\r\n"), text);
        // LinkedIn assisted the sale (assists do not depend on the model); ROI (1000 − 200) × 100 / 200 = 400.00
        assertTrue(text.contains("\r\nLinkedIn,SOCIAL,200.00,1000.00,1.00,1,400.00,5.00\r\n"), text);
    }

    @Test
    void campaignsAreSortableAndACampaignShowsItsCostsGoalsAndCreditedPaths() {
        open("#/campaigns?model=LINEAR");
        // Spring = LinkedIn + Facebook credits = 666.67, Nurture = Email's 333.33; costs 292.00 and 50.00
        JsonPath api = GraphQL.ok("{ campaigns { nodes { name roi(attribution: {model: LINEAR}) { cost { amount } revenue { amount } percent } } } }");
        assertEquals(List.of("666.67", "333.33"), api.getList("campaigns.nodes.roi.revenue.amount"));
        waitForCell("campaign-table", "Spring", "revenue", "666.67");
        assertEquals("333.33", cell("campaign-table", "Nurture", "revenue"));
        assertEquals("292.00", cell("campaign-table", "Spring", "cost"));
        assertEquals(api.getString("campaigns.nodes.find { it.name == 'Nurture' }.roi.percent"), cell("campaign-table", "Nurture", "roi"));
        // sorting by revenue (largest first), then again (smallest first)
        driver.findElement(By.cssSelector("#campaign-table button[data-sort-key='revenue']")).click();
        wait.until(d -> firstRow("campaign-table").equals("Spring"));
        driver.findElement(By.cssSelector("#campaign-table button[data-sort-key='revenue']")).click();
        wait.until(d -> firstRow("campaign-table").equals("Nurture"));
        screenshot("campaigns");

        driver.findElement(By.linkText("Spring")).click();
        assertEquals("666.67 EUR", tile("tile-revenue"));
        assertEquals("292.00 EUR", tile("tile-cost"));
        waitForCell("cost-breakdown-table", "Ad spend", "amount", "292.00");
        // the sale, with LinkedIn and Facebook credited to Spring (333.33 each) and Email to Nurture
        WebElement path = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversion-table ol.path")));
        assertTrue(path.getText().contains("LinkedIn · Spring"), path.getText());
        assertTrue(path.getText().contains("Email · Nurture"), path.getText());
        assertEquals("333.33 + 333.33", cell("conversion-table", "2026-03-31 12:00 UTC", "credited"));
        screenshot("campaign-detail");
    }

    @Test
    void aUserErrorIsShownInWordsNextToTheFieldItNames() {
        open("#/campaign/" + spring);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-form")));
        driver.findElement(By.id("goal-name")).sendKeys("Spring revenue");
        new Select(driver.findElement(By.id("goal-metric"))).selectByValue("REVENUE");
        driver.findElement(By.id("goal-target")).sendKeys("5000");
        // a deadline in the past: createGoal answers DEADLINE_IN_PAST at ["input", "deadline"] and creates nothing
        driver.executeScript("document.getElementById('goal-deadline').value = '2020-01-31'");
        driver.findElement(By.id("goal-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#goal-deadline-error .user-error")));
        assertTrue(error.getText().startsWith("The deadline 2020-01-31 is before today"), error.getText());
        assertTrue(error.getText().endsWith("(DEADLINE_IN_PAST)"), error.getText());
        assertEquals("true", driver.findElement(By.id("goal-deadline")).getDomAttribute("aria-invalid"));
        assertEquals(0, GraphQL.ok("{ goals { id } }").getList("goals").size());
        screenshot("goal-user-error");

        driver.executeScript("document.getElementById('goal-deadline').value = '2099-12-31'");
        driver.findElement(By.id("goal-submit")).click();
        waitForCell("goal-table", "Spring revenue", "target", "5,000");
        GraphQL.ok("mutation($id: ID!) { deleteGoal(input: {id: $id}) { userErrors { code } } }",
                "id", GraphQL.ok("{ goals { id } }").getString("goals[0].id"));
    }

    @Test
    void theModelsViewComparesEveryModelAndExplainsDataDriven() {
        open("#/models");
        // docs/attribution.md's table: LINEAR 333.33 each; TIME_DECAY 33.05, 322.32, 644.63
        waitForCell("model-table", "LinkedIn", "LINEAR", "333.33");
        assertEquals("33.05", cell("model-table", "LinkedIn", "TIME_DECAY"));
        assertEquals("322.32", cell("model-table", "Facebook", "TIME_DECAY"));
        assertEquals("644.63", cell("model-table", "Email", "TIME_DECAY"));
        assertEquals("1,000.00", cell("model-table", "Email", "LAST_TOUCH"));
        JsonPath api = GraphQL.ok("{ markovModel { channels { channel { name } removalEffect share } } }");
        for (String channel : List.of("LinkedIn", "Facebook", "Email")) {
            assertEquals(api.getString("markovModel.channels.find { it.channel.name == '" + channel + "' }.removalEffect"),
                    cell("markov-channels", channel, "effect"));
        }
        screenshot("models");
    }

    @Test
    void funnelAndPathsShowTheSaleAndItsPath() {
        open("#/funnel");
        // one path LinkedIn > Facebook > Email, one conversion of 1000.00, 3 touches, 30 days from the first touch
        waitForCell("path-table", "LinkedIn→Facebook→Email".replace("→", " → "), "conversions", "1");
        assertEquals("1,000.00", cell("path-table", "LinkedIn → Facebook → Email", "revenue"));
        assertEquals("30.00", cell("path-table", "LinkedIn → Facebook → Email", "days"));
        // P1's first touch is LinkedIn: the SALE stage of that row
        assertEquals("1", cell("funnel-table", "LinkedIn", "SALE"));
        screenshot("funnel-and-paths");
    }

    @Test
    void returnsBeyondRevenueShowTheSavings() {
        open("#/returns");
        // 10 contacts × 4.50 EUR
        assertEquals("45.00 EUR", tile("tile-savings"));
        waitForCell("savings-table", "Email", "savings", "45.00");
        assertTrue(driver.findElement(By.id("cohort-lift")).getText().contains("No customers recorded yet"));
        screenshot("returns");
    }

    @Test
    void deepLinksHoldViewPeriodAndModelAndTheDefaultModelIsPreselected() {
        open("#/channels?from=2026-03-01&to=2026-03-31&model=POSITION_BASED");
        // POSITION_BASED 0.4/0.2/0.4 of 1000.00
        waitForCell("channel-table", "Facebook", "revenue", "200.00");
        assertEquals("2026-03-01", driver.findElement(By.id("period-from")).getDomProperty("value"));
        assertEquals("2026-03-31", driver.findElement(By.id("period-to")).getDomProperty("value"));
        assertEquals("POSITION_BASED", new Select(driver.findElement(By.id("model"))).getFirstSelectedOption().getDomAttribute("value"));
        // April holds no conversion: every channel at 0.00, and the costs of March are gone too
        driver.get(root + "#/channels?from=2026-04-01&to=2026-04-30");
        waitForCell("channel-table", "LinkedIn", "cost", "0.00");
        // no model in the link: the workspace's default (LAST_TOUCH until an ADMIN sets another) is preselected
        assertEquals("LAST_TOUCH", new Select(driver.findElement(By.id("model"))).getFirstSelectedOption().getDomAttribute("value"));
        // a period ending before it starts is the service's BAD_ARGUMENT, shown under the period picker
        driver.get(root + "#/overview?from=2026-03-31&to=2026-03-01");
        WebElement periodError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#period-error p")));
        assertTrue(periodError.getText().length() > 10, periodError.getText());
        assertEquals("true", driver.findElement(By.id("period-from")).getDomAttribute("aria-invalid"));
    }

    @Test
    void aMissingExchangeRateIsShownInWordsInTheWorkspaceItConcerns() {
        // a second workspace whose cost is in GBP, with no GBP rate: its reports answer MISSING_EXCHANGE_RATE
        GraphQL.ok("mutation { createWorkspace(input: {slug: \"no-rates\", name: \"No rates\"}) { userErrors { code } } }");
        var inOther = GraphQL.as(Tokens.TESTER).in("no-rates");
        String channel = inOther.ok("mutation { createChannel(input: {name: \"X\", kind: SOCIAL}) { channel { id } } }")
                .getString("createChannel.channel.id");
        String campaign = inOther.ok("mutation($c: [ID!]) { createCampaign(input: {name: \"UK\", objective: AWARENESS, startDate: \"2026-03-01\", channelIds: $c}) { campaign { id } } }",
                "c", List.of(channel)).getString("createCampaign.campaign.id");
        Map<String, Object> input = new LinkedHashMap<>(TestData.cost(campaign, channel, "AD_SPEND", "80.00", "GBP", "2026-03-02"));
        inOther.ok("mutation($i: RecordCostInput!) { recordCost(input: $i) { userErrors { code } } }", "i", input);
        try {
            open("#/overview");
            // the switcher lists the new workspace after a new sign-in (myWorkspaces is read at sign-in)
            driver.findElement(By.id("sign-out")).click();
            signInWithOneClick();
            new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("workspace")))).selectByValue("no-rates");
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .error")));
            assertTrue(error.getText().contains("Missing exchange rate"), error.getText());
            assertTrue(error.getText().contains("GBP"), error.getText());
            assertTrue(error.getText().contains("setExchangeRate"), error.getText());
            // one error, however many of the report's fields it stopped
            assertEquals(1, driver.findElements(By.cssSelector("#view .error p")).size());
            screenshot("missing-exchange-rate");
        } finally {
            driver.get(root + "#/overview?ws=default");
            driver.executeScript("sessionStorage.setItem('social-roi.workspace', 'default')");
        }
    }

    @Test
    void aPastedTokenSignsInAndARefusedOneIsExplained() {
        signedOut();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        field.sendKeys(Tokens.expired(Tokens.TESTER));
        driver.findElement(By.id("sign-in")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sign-in-error .error")));
        assertTrue(error.getText().contains("HTTP 401"), error.getText());
        screenshot("sign-in-refused");
        field.clear();
        field.sendKeys(Tokens.forSubject(Tokens.TESTER));
        driver.findElement(By.id("sign-in")).click();
        assertEquals("342.00 EUR", tile("tile-cost"));
        // kept in sessionStorage, never in a cookie
        assertEquals("", driver.executeScript("return document.cookie"));
    }

    // ---- the Content view -----------------------------------------------------------------------------------------

    static Map<String, Object> post(String id, String at, String type, List<String> tags, long impressions, long likes, long comments) {
        return Map.of("channelId", facebook, "externalId", id, "publishedAt", at, "contentType", type, "tags", tags,
                "impressions", impressions, "likes", likes, "comments", comments);
    }

    static List<Map<String, Object>> shares(Object... segmentsAndShares) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < segmentsAndShares.length; i += 2) {
            list.add(Map.of("segment", segmentsAndShares[i], "share", segmentsAndShares[i + 1]));
        }
        return list;
    }

    /**
     * Facebook's posts of March 2026: five REELs on Tuesdays at 14:30 UTC (impressions / likes 1,000 / 50, 2,000 / 60,
     * 100,000 / 9,000 viral, 1,000 / 20, 4,000 / 160) and one IMAGE on Monday March 2 at 09:15 UTC (500 impressions,
     * 10 likes, 5 comments); the audiences of LinkedIn and Facebook on March 1; Facebook's mentions every day of March.
     */
    void seedContent() {
        JsonPath posts = GraphQL.ok("mutation($i: [PostInput!]!) { recordPosts(input: $i) { accepted userErrors { code } } }", "i", List.of(
                post("r1", "2026-03-03T14:30:00Z", "REEL", List.of("launch"), 1000, 50, 0),
                post("r2", "2026-03-10T14:30:00Z", "REEL", List.of("tips"), 2000, 60, 0),
                post("r3", "2026-03-17T14:30:00Z", "REEL", List.of("launch"), 100000, 9000, 0),
                post("r4", "2026-03-24T14:30:00Z", "REEL", List.of("tips"), 1000, 20, 0),
                post("r5", "2026-03-31T14:30:00Z", "REEL", List.of("tips"), 4000, 160, 0),
                post("i1", "2026-03-02T09:15:00Z", "IMAGE", List.of("launch"), 500, 10, 5)));
        assertEquals(6, posts.getInt("recordPosts.accepted"), posts.prettify());
        JsonPath audiences = GraphQL.ok("mutation($i: [AudienceSnapshotInput!]!) { recordAudiences(input: $i) { accepted userErrors { code } } }", "i", List.of(
                Map.of("channelId", facebook, "date", "2026-03-01", "ageBands", shares("18-24", "12", "25-34", "48", "35-44", "40"),
                        "genders", shares("female", "50", "male", "50")),
                Map.of("channelId", linkedIn, "date", "2026-03-01", "ageBands", shares("18-24", "41", "25-34", "39", "35-44", "20"),
                        "genders", shares("female", "45", "male", "55"))));
        assertEquals(2, audiences.getInt("recordAudiences.accepted"), audiences.prettify());
        // odd days 1 positive + 1 neutral (net 0.5), even days 1 positive + 1 negative (net 0), March 31 2 positive (net 1)
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            days.add(Map.of("channelId", facebook, "date", String.format("2026-03-%02d", day),
                    "positive", day == 31 ? 2 : 1, "neutral", day % 2 == 1 && day != 31 ? 1 : 0, "negative", day % 2 == 0 ? 1 : 0));
        }
        JsonPath sentiment = GraphQL.ok("mutation($i: [SentimentDayInput!]!) { recordSentiment(input: $i) { accepted userErrors { code } } }", "i", days);
        assertEquals(31, sentiment.getInt("recordSentiment.accepted"), sentiment.prettify());
    }

    @Test
    void theContentViewShowsTypesPostingTimesAudiencesAndSentimentAsTheApiDoes() throws IOException {
        seedContent();
        open("#/content?from=2026-03-01&to=2026-03-31&tz=UTC");
        JsonPath api = GraphQL.ok("""
                { contentPerformance(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: CONTENT_TYPE) {
                    contentType posts impressions engagements engagementRate attributedRevenue { amount }
                    median { impressions engagements engagementRate } }
                  postingTimes(period: {from: "2026-03-01", to: "2026-03-31"}, metric: ENGAGEMENT_RATE, timeZone: "UTC") {
                    cells { weekday hour posts median undefinedReason } }
                  audienceComparison(channelIds: ["%s", "%s"], date: "2026-03-31") { differences { segment spread } }
                  sentimentImpact(period: {from: "2026-03-01", to: "2026-03-31"}) { warning revenue { lagDays r low high sampleSize } } }"""
                .formatted(linkedIn, facebook));
        String reel = "contentPerformance.find { it.contentType == 'REEL' }";
        // REEL: 108,000 impressions, 9,290 engagements, 9,290 × 100 / 108,000 = 8.6018… → 8.60; the median post
        // (of 1,000 1,000 2,000 4,000 100,000) 2,000 impressions, its engagements 60, its rates 2 3 4 5 9 → 4.00
        assertEquals("108000", api.getString(reel + ".impressions"));
        assertEquals("8.60", api.getString(reel + ".engagementRate"));
        assertEquals("4.00", api.getString(reel + ".median.engagementRate"));
        waitForCell("content-table", "Reel", "impressions", shown(api.getString(reel + ".impressions")));
        assertEquals(shown(api.getString(reel + ".median.impressions")), cell("content-table", "Reel", "medianImpressions"));
        assertEquals(shown(api.getString(reel + ".median.engagements")), cell("content-table", "Reel", "medianEngagements"));
        assertEquals(api.getString(reel + ".engagementRate"), cell("content-table", "Reel", "rate"));
        assertEquals(api.getString(reel + ".median.engagementRate"), cell("content-table", "Reel", "medianRate"));
        // IMAGE: (10 + 5) × 100 / 500 = 3.00; no utm_content key, so no revenue
        assertEquals("3.00", cell("content-table", "Image", "rate"));
        assertEquals(api.getString("contentPerformance.find { it.contentType == 'IMAGE' }.attributedRevenue.amount"),
                cell("content-table", "Image", "revenue"));
        assertTrue(driver.findElement(By.cssSelector("#content-types .chart")).getDomAttribute("aria-label").contains("content type"));

        // Tuesday 14:00 UTC holds the five reels: median rate 4.00; Monday 9:00 one post, greyed with its count and why
        String tuesday = "postingTimes.cells.find { it.weekday == 'TUESDAY' && it.hour == 14 }";
        String monday = "postingTimes.cells.find { it.weekday == 'MONDAY' && it.hour == 9 }";
        assertEquals("4.00", api.getString(tuesday + ".median"));
        assertEquals(null, api.getString(monday + ".median"));
        waitForCell("posting-heatmap", "Tuesday", "14", api.getString(tuesday + ".median"));
        WebElement thin = driver.findElement(By.cssSelector("#posting-heatmap tbody tr:nth-child(1) td[data-column='9']"));
        assertTrue(thin.getDomAttribute("class").contains("thin"), thin.getDomAttribute("class"));
        assertEquals("n=1", thin.findElement(By.cssSelector(".count")).getText().trim());
        assertEquals(api.getString(monday + ".undefinedReason"), thin.getDomAttribute("title"));
        assertTrue(thin.getDomAttribute("title").startsWith("Only 1 post with a value here"), thin.getDomAttribute("title"));
        assertEquals("UTC", new Select(driver.findElement(By.id("content-tz"))).getFirstSelectedOption().getDomAttribute("value"));

        // audiences (the three channels by default; Email has no snapshot): 18-24 41 − 12 = 29 points first
        assertEquals("18-24", api.getString("audienceComparison.differences[0].segment"));
        assertEquals(0, new java.math.BigDecimal("29").compareTo(new java.math.BigDecimal(api.getString("audienceComparison.differences[0].spread"))));
        waitForCell("audience-table", "18-24", "spread", shown(api.getString("audienceComparison.differences[0].spread")));
        assertEquals("18-24", firstRow("audience-table"));
        assertEquals("—", cell("audience-table", "18-24", driver.findElement(By.cssSelector("#audiences input[type=checkbox]")).getDomAttribute("value")));

        // sentiment: lag 0 pairs 31 days; x̄ = 8.5 / 31, Σ(x − x̄)² = 4.75 − 8.5² / 31 = 75 / 31, revenue only on March 31
        // (x = 1): r = (1 − 8.5/31) / √(75/31 × 30/31) = 22.5 / √2250 = 0.4743; z = atanh r = 0.5153, SE = 1/√28,
        // interval tanh(z ± 1.959964 · SE) = [0.1442, 0.7094]
        assertEquals("0.4743", api.getString("sentimentImpact.revenue[0].r"));
        assertEquals("0.1442", api.getString("sentimentImpact.revenue[0].low"));
        assertEquals("0.7094", api.getString("sentimentImpact.revenue[0].high"));
        waitForCell("lag-table", "0", "r", api.getString("sentimentImpact.revenue[0].r"));
        assertEquals(api.getString("sentimentImpact.revenue[0].low"), cell("lag-table", "0", "low"));
        assertEquals(api.getString("sentimentImpact.revenue[0].high"), cell("lag-table", "0", "high"));
        assertEquals("31", cell("lag-table", "0", "n"));
        // lag 2 pairs 29 days: no r, and why
        assertEquals("—", cell("lag-table", "2", "r"));
        assertEquals(api.getString("sentimentImpact.warning"), driver.findElement(By.id("sentiment-warning")).getText().trim());
        assertTrue(driver.findElement(By.id("sentiment-warning")).getText().startsWith("Correlation is not causation"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('posting-times').scrollIntoView()");
        screenshot("content");

        // the heatmap's CSV holds all 168 cells with the API's values
        Path csv = DOWNLOADS.resolve("posting-times.csv");
        Files.deleteIfExists(csv);
        driver.findElement(By.cssSelector("#posting-heatmap button.csv")).click();
        wait.until(d -> Files.exists(csv) && size(csv) > 0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(169, lines.size());
        assertTrue(lines.contains("TUESDAY,14,5,5,4.00,"), String.join("\n", lines.subList(0, 20)));

        // group by tag: launch = r1, r3, i1
        new Select(driver.findElement(By.id("content-group"))).selectByValue("TAG");
        wait.until(ExpectedConditions.urlContains("group=TAG"));
        waitForCell("content-table", "launch", "posts", "3");
        assertEquals("3", cell("content-table", "tips", "posts"));

        // three weeks of sentiment: fewer than 30 days, said instead of a number
        driver.get(root + "#/content?from=2026-03-10&to=2026-03-31&tz=UTC");
        WebElement tooShort = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sentiment-too-short")));
        assertTrue(tooShort.getText().contains("Fewer than 30 days"), tooShort.getText());
        assertTrue(tooShort.getText().contains("Only 22 days with both values"), tooShort.getText());
        assertEquals(0, driver.findElements(By.id("lag-table")).size());
        screenshot("content-short-period");

        // without tz in the link the picker holds the browser's own zone
        driver.get(root + "#/content?from=2026-03-01&to=2026-03-31");
        String zone = (String) driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        wait.until(d -> zone.equals(new Select(d.findElement(By.id("content-tz"))).getFirstSelectedOption().getDomAttribute("value")));
        for (WebElement control : driver.findElements(By.cssSelector("#view select, #view input"))) {
            String id = control.getDomAttribute("id");
            assertEquals(1, driver.findElements(By.cssSelector("label[for='" + id + "']")).size(), "no label for " + id);
        }
    }

    @Test
    void readableAtTabletWidthAndUsableByKeyboard() {
        try {
            driver.manage().window().setSize(new Dimension(800, 1000));
            open("#/channels?model=LINEAR");
            waitForCell("channel-table", "Email", "revenue", "333.33");
            noHorizontalScroll();
            screenshot("channels-800px");
            open("#/overview?model=LINEAR");
            tile("tile-cost");
            noHorizontalScroll();
            screenshot("overview-800px");
            // the Content view's 24-hour heatmap and wide tables scroll inside their panels, not the page
            open("#/content?from=2026-03-01&to=2026-03-31&tz=UTC");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sentiment")));
            noHorizontalScroll();
            screenshot("content-800px");
            // every control has a label
            for (WebElement control : driver.findElements(By.cssSelector("main select, main input, header select"))) {
                String id = control.getDomAttribute("id");
                assertEquals(1, driver.findElements(By.cssSelector("label[for='" + id + "']")).size(), "no label for " + id);
            }
            // the navigation is links, reached and followed with the keyboard
            WebElement models = driver.findElement(By.id("nav-models"));
            models.sendKeys(org.openqa.selenium.Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("#/models"));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
