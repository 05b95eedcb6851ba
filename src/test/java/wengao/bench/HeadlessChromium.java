package wengao.bench;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One window of Debian's headless Chromium, driven by Selenium through Debian's chromedriver. Both binaries are
 * named, so Selenium Manager never looks for (or downloads) a browser or driver. Chromium runs with no background
 * networking: it sends nothing to any host but the pages it is given. Every window has a fresh profile, so a cold
 * cache.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    static {
        // Selenium warns on every start that it has no DevTools bindings for this Chromium's version; none are used.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** True when this machine has a browser and a driver (WENGAO_CHROMIUM/WENGAO_CHROMEDRIVER override the paths). */
    public static boolean installed() {
        return browser() != null && driver() != null;
    }

    /**
     * For a browser test's set-up: skips the test where Chromium is missing, except in CI (CI=true), where the test
     * must run and so fails.
     */
    public static void assumeInstalled() {
        if (!installed()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("headless Chromium is required in CI: .ci/run installs chromium and chromium-driver");
            }
            Assumptions.assumeTrue(false, "skipped: no headless Chromium here (apt-get install chromium chromium-driver)");
        }
    }

    private static String browser() {
        return firstExisting(System.getenv("WENGAO_CHROMIUM"), BROWSERS);
    }

    private static String driver() {
        return firstExisting(System.getenv("WENGAO_CHROMEDRIVER"), DRIVERS);
    }

    private static String firstExisting(String preferred, List<String> candidates) {
        if (preferred != null && Files.isExecutable(Path.of(preferred))) {
            return preferred;
        }
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /** A new browser window with a fresh profile. */
    public static HeadlessChromium start() {
        if (!installed()) {
            throw new IllegalStateException("headless Chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)");
        }
        System.setProperty("webdriver.chrome.driver", driver());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver()))
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900");
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    public void open(String url) {
        driver.get(url);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until {@code condition} (a JavaScript expression) is truthy; returns its value. */
    public Object waitFor(String condition, long timeoutMillis) {
        try {
            return new FluentWait<>(this).withTimeout(Duration.ofMillis(timeoutMillis)).pollingEvery(Duration.ofMillis(5))
                    .until(browser -> {
                        Object v = browser.script("return " + condition + ";");
                        return v == null || Boolean.FALSE.equals(v) || "".equals(v) ? null : v;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + condition, e);
        }
    }

    public void type(String cssSelector, String text) {
        driver.findElement(By.cssSelector(cssSelector)).sendKeys(text);
    }

    public void click(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
    }

    /** The window's outer size in CSS pixels, as a desktop or a phone has it. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Grants or denies a permission such as {@code clipboard-read} to the pages of this window. */
    public void permission(String name, boolean granted) {
        driver.setPermission(name, granted ? "granted" : "denied");
    }

    /** A PNG of the window as it shows now: for looking at a page, not for asserting anything. */
    public void screenshot(Path png) throws java.io.IOException {
        Files.write(png, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
