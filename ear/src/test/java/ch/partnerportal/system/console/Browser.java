package ch.partnerportal.system.console;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, offline:
 * no driver download, no outside hosts, a fresh profile per browser, a chosen language.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open(String language) {
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("portal-chromium-");
            ChromeOptions options = new ChromeOptions();
            File binary = new File("/usr/lib/chromium/chromium");
            if (binary.exists()) {
                options.setBinary(binary);
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                    "--window-size=1400,1000", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new IllegalStateException("no profile folder for Chromium", e);
        }
    }

    void go(String url) {
        driver.get(url);
    }

    WebElement waitFor(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The element's visible text, read again if an Ajax update replaced the element meanwhile. */
    String text(By by) {
        return until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return element == null ? null : element.getText();
        });
    }

    /** An attribute of the visible element, read again if an Ajax update replaced the element meanwhile. */
    String attribute(By by, String name) {
        return until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return element == null ? null : element.getAttribute(name);
        });
    }

    /**
     * Clicks the element once it can take a click. PrimeFaces replaces elements when an Ajax answer
     * lands; an element found just before that is stale and the click did not happen, so it is found
     * and clicked again.
     */
    void click(By by) {
        until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    void waitForText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrl(String fragment) {
        until(ExpectedConditions.urlContains(fragment));
    }

    void waitForAttribute(By by, String attribute, String value) {
        until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    /** Waits until the element's class attribute lists the class (PrimeFaces marks states so). */
    void waitForClass(By by, String cssClass) {
        until(ExpectedConditions.attributeContains(by, "class", cssClass));
    }

    /**
     * Waits until the condition holds. An Ajax update or a page load may replace the element between
     * finding it and using it: Chromium then says it is stale or that it no longer belongs to the
     * document; a lookup made while a script navigates away (the expired-page redirect of an Ajax
     * failure) is "aborted by navigation". Each time the element is looked up again.
     */
    private <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (e instanceof StaleElementReferenceException || message.contains("does not belong to the document")
                        || message.contains("aborted by navigation")) {
                    return null;
                }
                throw e;
            }
        });
    }

    void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Keycloak's login: user name on one page, password on the next (or both on one page). */
    void logInToKeycloak(String username, String password) {
        type(By.id("username"), username);
        if (driver.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            click(By.id("kc-login"));
        }
        type(By.id("password"), password);
        click(By.id("kc-login"));
    }

    void screenshot(String name) {
        String folder = System.getProperty("screenshots.dir", "target/screenshots");
        try {
            Path target = Path.of(folder, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary profile does no harm
            }
        }
    }
}
