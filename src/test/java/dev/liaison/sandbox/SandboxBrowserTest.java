package dev.liaison.sandbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox in a real browser (headless Chromium from Debian, driven through the system
 * chromedriver, nothing downloaded): reset the demo, pick an account manager, run /client status,
 * open "Log interaction" from the card, submit the modal, run the digest and see it arrive in the
 * DM. Leaves target/sandbox-status-card.png. Without Chromium it fails: CI installs it.
 */
class SandboxBrowserTest extends SandboxBrowserSupport {

    @Test
    void statusCardLogATouchThroughTheModalAndTheDigestArrives() throws IOException {
        browser.get(base() + "/sandbox");
        wait.until(d -> new Select(d.findElement(By.id("who"))).getOptions().size() == 11);

        // a fresh demo, so the digest of today has not been sent yet
        browser.findElement(By.id("reset")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Demo reset."));

        new Select(browser.findElement(By.id("who"))).selectByValue("UDEMOAM001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "@ana.lima"));
        WebElement command = browser.findElement(By.id("command"));
        command.sendKeys("/client status acme\n");

        WebElement logButton = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='pane']//button[normalize-space()='Log interaction']")));
        WebElement card = logButton.findElement(By.xpath("./ancestor::div[contains(@class,'msg')][1]"));
        assertThat(card.getText()).contains("Acme Corp", "Health", "Only visible to you", "Ana Lima");
        assertThat(card.getText()).as("mentions show names, not ids").doesNotContain("<@UDEMOAM001>");
        Path screenshot = Path.of("target", "sandbox-status-card.png");
        Files.write(screenshot, card.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G').hasSizeGreaterThan(2_000);

        logButton.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#modal .head"), "Log interaction"));
        new Select(browser.findElement(By.cssSelector("#modal select[data-block='type']"))).selectByValue("call");
        browser.findElement(By.cssSelector("#modal [data-block='duration']")).sendKeys("45m");
        browser.findElement(By.cssSelector("#modal textarea[data-block='summary']")).sendKeys("Browser test: renewal call went well");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#modal .head"), "Logged"));
        assertThat(browser.findElement(By.id("modal")).getText()).contains("Logged a call with Acme Corp");
        browser.findElement(By.id("modal-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("overlay")));

        browser.findElement(By.cssSelector("#side .nav[data-pane='dm']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Liaison (direct messages)"));
        assertThat(browser.findElement(By.id("pane")).getText()).doesNotContain("Your day");
        browser.findElement(By.cssSelector("#jobs button[data-job='daily-digest']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pane"), "Your day"));
        assertThat(browser.findElement(By.id("pane")).getText()).contains("Check-ins due");
    }

    @Test
    void anEscalationIsAcknowledgedThenResolvedFromItsMessage() throws IOException {
        openAs("UDEMOAM003", "@chloe.martin");
        browser.findElement(By.id("command")).sendKeys("/escalate cyberdyne p3 Browser test: the exports are empty\n");
        browser.findElement(By.cssSelector("#side .nav[data-pane='CDEMOESCAL']")).click();
        String message = "//div[@id='pane']//div[contains(@class,'msg')][contains(., 'the exports are empty')][.//button]";

        click(By.xpath(message + "//button[normalize-space()='Acknowledge']"));
        wait.until(d -> d.findElement(By.xpath(message)).getText().contains("acknowledged by"));
        assertThat(textOf(By.xpath(message))).contains("(edited)").doesNotContain("Acknowledge\n");

        // the click that answered HTTP 400 while the stand-in marked edits with "edited": true
        click(By.xpath(message + "//button[normalize-space()='Resolve']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#modal .head"), "Resolve"));
        browser.findElement(By.cssSelector("#modal textarea[data-block='note']")).sendKeys("Browser test: re-ran the export, client told");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("overlay")));
        wait.until(d -> d.findElement(By.xpath(message)).getText().contains("resolved by"));
        assertThat(textOf(By.xpath(message))).contains("Resolution: Browser test: re-ran the export", "Reopen");
        assertThat(browser.findElement(By.id("alert")).isDisplayed()).as("no failure shown").isFalse();
        screenshot(By.xpath(message), "sandbox-escalation-resolved.png");
    }

    @Test
    void aCoverPlanIsApprovedWithAnotherCovererThanSuggested() throws IOException {
        openAs("UDEMOAM001", "@ana.lima");
        browser.findElement(By.id("command")).sendKeys("/ooo tomorrow\n");
        new Select(browser.findElement(By.id("who"))).selectByValue("UDEMOLEAD1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "@leo.park"));
        browser.findElement(By.cssSelector("#side .nav[data-pane='dm']")).click();
        String plan = "//div[@id='pane']//div[contains(@class,'msg')][contains(., 'Ana Lima')][.//button[normalize-space()='Apply all']]";
        By firstMenu = By.xpath(plan + "//select[@data-action='ooo_item_cover']");
        String suggested = wait.until(d -> new Select(d.findElement(firstMenu)).getFirstSelectedOption().getAttribute("value"));
        assertThat(suggested).as("a suggestion is chosen").startsWith("UDEMO").isNotEqualTo("UDEMOAM001");
        String chosen = suggested.equals("UDEMOAM003") ? "UDEMOAM002" : "UDEMOAM003";
        String chosenName = chosen.equals("UDEMOAM003") ? "Chloe Martin" : "Ben Carter";
        wait.until(d -> {
            new Select(d.findElement(firstMenu)).selectByValue(chosen);
            return true;
        });

        // the message is redrawn from the plan: the menu keeps the choice instead of snapping back
        wait.until(d -> d.findElement(By.xpath(plan)).getText().contains("(your choice)"));
        String kept = wait.until(d -> new Select(d.findElement(firstMenu)).getFirstSelectedOption().getAttribute("value"));
        assertThat(kept).isEqualTo(chosen);
        assertThat(textOf(By.xpath(plan))).contains("@" + chosenName + " (your choice)");
        screenshot(By.xpath(plan), "sandbox-cover-plan-changed.png");

        click(By.xpath(plan + "//button[normalize-space()='Apply all']"));
        String applied = "//div[@id='pane']//div[contains(@class,'msg')][contains(., 'applied by')][contains(., 'Ana Lima')]";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(applied)));
        assertThat(textOf(By.xpath(applied))).contains("@" + chosenName + " (your choice)", "applied by @Leo Park");
        assertThat(browser.findElement(By.id("alert")).isDisplayed()).as("no failure shown").isFalse();
        screenshot(By.xpath(applied), "sandbox-cover-plan-applied.png");
    }

    @Test
    void aClickLiaisonCannotHandleIsShownOnTopOfThePage() {
        String blocks = "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"no_such_action\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"Press me\"}}]}]";
        postForm("/sandbox/api/chat.postMessage", "channel=UDEMOAM006&text=fallback&blocks="
                + URLEncoder.encode(blocks, StandardCharsets.UTF_8), "Bearer xoxb-sandbox");
        browser.get(base() + "/sandbox?user=UDEMOAM006&pane=dm");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='pane']//button[normalize-space()='Press me']"))).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
        assertThat(alert.getText()).contains("Liaison could not handle that", "HTTP 404");
        browser.findElement(By.id("alert-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert")));
    }

    private void openAs(String userId, String handle) {
        browser.get(base() + "/sandbox");
        wait.until(d -> new Select(d.findElement(By.id("who"))).getOptions().size() == 11);
        browser.findElement(By.id("reset")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Demo reset."));
        new Select(browser.findElement(By.id("who"))).selectByValue(userId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), handle));
    }

    /** Clicks what the locator finds, finding it again if the page redrew it in between. */
    private void click(By locator) {
        wait.until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    /** The text of what the locator finds, read from one drawing of the page. */
    private String textOf(By locator) {
        return wait.until(d -> d.findElement(locator).getText());
    }

    private void screenshot(By locator, String name) throws IOException {
        Path file = Path.of("target", name);
        byte[] png = wait.until(d -> d.findElement(locator).getScreenshotAs(OutputType.BYTES));
        Files.write(file, png);
        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G').hasSizeGreaterThan(2_000);
    }

    @Test
    void blocksTheSandboxCannotDrawAreShownAsTheirJson() {
        // a message with a block type the renderer does not know, posted as Liaison would through the Web API
        String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*bold* _it_ ~gone~ `code` "
                + "<https://example.com|a link> <@UDEMOAM005> <#CDEMOESCAL|demo-escalations> "
                + "<!date^1798761600^{date_short}|Jan 1, 2027>\"}},{\"type\":\"carousel_of_dreams\",\"cards\":[1,2]}]";
        postForm("/sandbox/api/chat.postMessage", "channel=UDEMOAM005&text=fallback&blocks="
                + URLEncoder.encode(blocks, StandardCharsets.UTF_8), "Bearer xoxb-sandbox");
        browser.get(base() + "/sandbox");
        wait.until(d -> new Select(d.findElement(By.id("who"))).getOptions().size() == 11);
        new Select(browser.findElement(By.id("who"))).selectByValue("UDEMOAM005");
        browser.findElement(By.cssSelector("#side .nav[data-pane='dm']")).click();
        WebElement unknown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pane .bk-unknown")));
        assertThat(unknown.getText()).contains("carousel_of_dreams", "cards");
        WebElement section = browser.findElement(By.xpath("//div[@id='pane']//div[contains(@class,'bk-section')][.//a[contains(@href,'example.com')]]"));
        assertThat(section.findElement(By.tagName("b")).getText()).isEqualTo("bold");
        assertThat(section.findElement(By.tagName("i")).getText()).isEqualTo("it");
        assertThat(section.findElement(By.tagName("s")).getText()).isEqualTo("gone");
        assertThat(section.findElement(By.tagName("code")).getText()).isEqualTo("code");
        assertThat(section.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://example.com/");
        assertThat(section.getText()).contains("a link", "@Emma Rossi", "#demo-escalations", "Jan 2027")
                .doesNotContain("<!date", "<@UDEMOAM005>");
    }
}
