package dev.liaison.sandbox;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox page speaks people's words: after a click its status line names the button as it
 * reads ("Log interaction"), not its action id, and emoji codes are drawn, not shown as text.
 */
class SandboxWordsBrowserTest extends SandboxBrowserSupport {

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
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).until(d -> {
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
