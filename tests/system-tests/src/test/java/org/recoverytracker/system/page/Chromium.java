package org.recoverytracker.system.page;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium — the Debian {@code chromium} driven through the Debian
 * {@code chromedriver}, both found at fixed paths, so Selenium Manager never tries to download
 * anything — with a fresh profile, and the two things a page test needs beyond WebDriver: every
 * network request the page made (Chromium's performance log) and its console errors.
 */
final class Chromium implements AutoCloseable {

    private static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium version;
     * the tests use none (only the WebDriver protocol and chromedriver's logs). Held here so that
     * java.util.logging keeps the levels.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final ChromeDriver driver;
    private final List<String> requested = new ArrayList<>();

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser as most officers have it. */
    static Chromium start(Path workDir) {
        return start(workDir, true);
    }

    /** A browser with JavaScript switched off, to see the page as the server alone renders it. */
    static Chromium withoutJavaScript(Path workDir) {
        return start(workDir, false);
    }

    private static Chromium start(Path workDir, boolean javaScript) {
        try {
            final Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-profile-");
            final ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,1000",
                    "--lang=en-GB");
            if (!javaScript) {
                options.setExperimentalOption(
                        "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            final LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            final ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .withLogFile(profile.resolve("chromedriver.log").toFile())
                    .build();
            return new Chromium(new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Every http(s) and ws(s) address the browser asked for since it started. */
    List<URI> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            final JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString(""))) {
                requested.add(message.path("params").path("request").path("url").asString(""));
            }
        }
        return requested.stream()
                .filter(url -> url.matches("(?i)^(https?|wss?)://.*"))
                .map(URI::create)
                .toList();
    }

    /** What the page wrote to the console as errors (including resources that failed to load). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A PNG of the whole page, not only the window, for people to look at. */
    Path screenshot(Path file) {
        final Dimension window = driver.manage().window().getSize();
        final long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 8000)));
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
