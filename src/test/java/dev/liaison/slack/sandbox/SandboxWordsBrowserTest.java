package dev.liaison.slack.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox page speaks people's words: after a click its status line names the button as it
 * reads ("Log interaction"), not its action id, and emoji codes are drawn, not shown as text.
 */
class SandboxWordsBrowserTest extends SandboxTestSupport {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        assertThat(new File(CHROMIUM)).as("Chromium (apt-get install -y chromium chromium-driver)").canRead();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("ChromeDriver at " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)").isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path home = Files.createDirectories(Path.of("target", "chromium"));
        Path profile = Files.createTempDirectory(home, "words-profile-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("XDG_CONFIG_HOME", home.resolve("config").toAbsolutePath().toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toAbsolutePath().toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theStatusLineNamesTheButtonAndEmojiAreDrawn() {
        // the sandbox tests share one demo: a form another test left open for this person is closed first
        post("/sandbox/close", "{\"user\":\"UDEMOAM002\"}");
        browser.get(base() + "/sandbox");
        wait.until(d -> new Select(d.findElement(By.id("who"))).getOptions().size() == 11);
        new Select(browser.findElement(By.id("who"))).selectByValue("UDEMOAM002");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "@"));
        browser.findElement(By.id("command")).sendKeys("/client status globex\n");

        // the page redraws as answers arrive: click the newest card's button, again if it was redrawn under us
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            d.findElement(By.xpath("(//div[@id='pane']//button[normalize-space()='Log interaction'])[last()]")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#modal .head"), "Log interaction"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Sent “Log interaction”");
        browser.findElement(By.id("modal-close")).click();

        // The portfolio's health emoji are drawn (SandboxEmojiTest checks every code Liaison writes is in the map).
        browser.findElement(By.id("command")).sendKeys("/client list all\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pane"), "All clients"));
        assertThat(browser.findElement(By.id("pane")).getText()).doesNotContainPattern(":[a-z_]+:");
    }
}
