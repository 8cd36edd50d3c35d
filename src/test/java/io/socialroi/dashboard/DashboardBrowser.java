package io.socialroi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.socialroi.testing.TestData;

/**
 * The browser and the helpers of the dashboard's browser tests: Debian's chromium through chromedriver, headless,
 * against the service on its real HTTP port, signed in with one click (the trial's sign-in, LocalSignInProfile).
 * Screenshots go to target/screenshots/. Without /usr/bin/chromium the classes are skipped and say how to install it.
 */
abstract class DashboardBrowser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

    static ChromeDriver driver;
    static WebDriverWait wait;

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestData data;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): the dashboard's browser tests are"
                + " skipped. Install it with: sudo apt-get install chromium chromium-driver (.ci/run does so).";
        if (!installed) {
            // on the console too: a skipped count alone does not say why
            System.out.println("[WARNING] " + missing);
        }
        Assumptions.assumeTrue(installed, missing);
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("dashboard-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
        // a view renders again after a change (or a reload): an element found a moment before may be gone
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    void open(String hash) {
        boolean signedIn = driver.getCurrentUrl().startsWith(root.toString())
                && Boolean.TRUE.equals(driver.executeScript("return !!sessionStorage.getItem('social-roi.token')"));
        driver.get(root + hash);
        if (!signedIn) {
            signInWithOneClick();
            driver.get(root + hash);
        }
    }

    void signInWithOneClick() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("local-sign-in-button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-overview")));
    }

    /** The text of a table's cell, by the row's first cell and the column's key, once it is on screen. */
    String cell(String tableId, String row, String column) {
        return wait.until(d -> {
            for (WebElement tr : d.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
                List<WebElement> cells = tr.findElements(By.cssSelector("th, td"));
                if (!cells.isEmpty() && cells.get(0).getText().trim().equals(row)) {
                    return tr.findElement(By.cssSelector("[data-column='" + column + "']")).getText().trim();
                }
            }
            return null;
        });
    }

    void waitForCell(String tableId, String row, String column, String expected) {
        try {
            wait.until(d -> expected.equals(cell(tableId, row, column)));
        } catch (TimeoutException e) {
            screenshot("failed-" + tableId);
            throw new AssertionError("no " + expected + " in " + tableId + " at " + row + "/" + column + "; the page said: "
                    + driver.findElement(By.id("app")).getText(), e);
        }
    }

    String tile(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " .tile-value"))).getText()
                .replace('\n', ' ').trim();
    }

    /** The API's decimal as the page shows it: digits grouped by thousands. */
    static String shown(String decimal) {
        String[] parts = decimal.split("\\.");
        String whole = parts[0].replaceAll("\\B(?=(\\d{3})+(?!\\d))", ",");
        return parts.length > 1 ? whole + "." + parts[1] : whole;
    }

    static void screenshot(String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void noHorizontalScroll() {
        JavascriptExecutor page = driver;
        Number overflow = (Number) page.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        // the culprits in the message: the elements that reach past the window's right edge
        assertEquals(0, overflow.intValue(), () -> "the page scrolls sideways: " + page.executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width)
                  .slice(0, 8).map(e => `${e.tagName}#${e.id}.${e.className}`).join(' ')"""));
    }

    /** A new visit: the session cleared on a page of the same origin without the dashboard's script. */
    void signedOut() {
        driver.get(root + "dashboard/dashboard.css");
        driver.executeScript("sessionStorage.clear()");
        driver.get(root.toString());
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    String firstRow(String tableId) {
        return driver.findElement(By.cssSelector("#" + tableId + " tbody tr th")).getText().trim();
    }
}
