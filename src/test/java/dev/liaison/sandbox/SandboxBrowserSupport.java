package dev.liaison.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox page in headless Chromium from Debian, driven through the system chromedriver, so
 * nothing is downloaded; without them the browser tests fail (CI installs them). One fresh profile
 * per test, kept under target/.
 */
abstract class SandboxBrowserSupport extends SandboxTestSupport {

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
        Path profile = Files.createTempDirectory(home, "profile-");
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
        // the page redraws a pane whenever the stand-in has news: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
