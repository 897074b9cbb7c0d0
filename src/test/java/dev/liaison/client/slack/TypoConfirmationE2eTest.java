package dev.liaison.client.slack;

import java.time.Duration;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.slack.DidYouMean;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A typo in a command that writes ("/client log acmee …") asks "Did you mean Acme Corp?" and
 * writes nothing until the person says yes; exact names, aliases and prefixes write at once, and
 * reading (status) answers the best match.
 */
class TypoConfirmationE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "Europe/Lisbon");
        command(team, "UAM1", "add Acme Corp");
        command(team, "UAM1", "set acme corp alias ACM");
    }

    @Test
    void aTypoInLogAsksFirstAndLogsOnlyOnYes() {
        JsonObject asked = command(team, "UAM1", "log acmee call positive Kickoff went well");
        assertThat(visible(asked)).contains("Did you mean *Acme Corp*?", "Yes, log it for Acme Corp")
                .doesNotContain("Logged");
        assertThat(visible(command(team, "UAM1", "status acme corp"))).contains("Last touch*\nnever")
                .doesNotContain("Kickoff went well");

        String hook = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM1", DidYouMean.CONFIRM, buttonValue(asked, DidYouMean.CONFIRM), SLACK.responseUrl(hook));
        String answer = hookAnswer(hook);
        assertThat(answer).contains("Logged a call (positive) with *Acme Corp*", "\"replace_original\":true");
        assertThat(visible(command(team, "UAM1", "status acme corp"))).contains("Kickoff went well");

        // A second click (after the double-click window) finds nothing left to run: one touch, not two.
        clock.advance(Duration.ofSeconds(5));
        String again = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM1", DidYouMean.CONFIRM, buttonValue(asked, DidYouMean.CONFIRM), SLACK.responseUrl(again));
        assertThat(hookAnswer(again)).contains("expired or was already answered");
        String card = visible(command(team, "UAM1", "status acme corp"));
        assertThat(card.split("Kickoff went well", -1).length - 1).isEqualTo(1);
    }

    @Test
    void noCancelsAndSomeoneElseCannotConfirm() {
        JsonObject asked = command(team, "UAM1", "task acmee Send the deck");
        assertThat(visible(asked)).contains("Did you mean *Acme Corp*?", "Yes, add the task for Acme Corp");

        String other = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM2", DidYouMean.CONFIRM, buttonValue(asked, DidYouMean.CONFIRM), SLACK.responseUrl(other));
        assertThat(hookAnswer(other)).contains("expired or was already answered");

        String hook = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM1", DidYouMean.CANCEL, buttonValue(asked, DidYouMean.CANCEL), SLACK.responseUrl(hook));
        assertThat(hookAnswer(hook)).contains("Cancelled: nothing was saved");
        clock.advance(Duration.ofSeconds(5));
        String late = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM1", DidYouMean.CONFIRM, buttonValue(asked, DidYouMean.CONFIRM), SLACK.responseUrl(late));
        assertThat(hookAnswer(late)).contains("expired or was already answered");
        assertThat(visible(command(team, "UAM1", "status acme corp"))).doesNotContain("Send the deck");
    }

    @Test
    void aTypoInSetAsksToo() {
        assertThat(visible(command(team, "UAM1", "set acmee tier enterprise"))).contains("Did you mean *Acme Corp*?");
        assertThat(visible(command(team, "UAM1", "status acme corp"))).doesNotContain("enterprise");
    }

    @Test
    void exactNamesAliasesAndPrefixesWriteAtOnceAndReadingNeverAsks() {
        assertThat(visible(command(team, "UAM1", "log \"Acme Corp\" note Exact name"))).contains("Logged a note");
        assertThat(visible(command(team, "UAM1", "log acm note By alias"))).contains("Logged a note");
        assertThat(visible(command(team, "UAM1", "log acme note By prefix"))).contains("Logged a note");
        assertThat(visible(command(team, "UAM1", "status acmee"))).contains("Acme Corp", "By prefix")
                .doesNotContain("Did you mean");
    }

    @Test
    void aTypoInEscalateAsksAndOpensOnYes() {
        SLACK.member(team, "UHEAD1", "Hana Head", "Europe/Lisbon");
        slack().command(team, "UHEAD1", "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        JsonObject asked = escalate("acmee p2 Site slow");
        assertThat(visible(asked)).contains("Did you mean *Acme Corp*?", "Yes, escalate for Acme Corp")
                .doesNotContain("Opened");
        assertThat(SLACK.calls("chat.postMessage")).noneMatch(c -> c.params().toString().contains(team));
        String hook = "typo-" + UUID.randomUUID();
        slack().buttonClick(team, "UAM1", DidYouMean.CONFIRM, buttonValue(asked, DidYouMean.CONFIRM), SLACK.responseUrl(hook));
        assertThat(hookAnswer(hook)).contains("Opened P2 escalation", "Acme Corp");
    }

    private JsonObject escalate(String text) {
        var response = slack().command(team, "UAM1", "/escalate", text, SLACK.responseUrl("esc"));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String buttonValue(JsonObject answer, String actionId) {
        for (JsonElement block : answer.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("elements")) {
                for (JsonElement e : b.getAsJsonArray("elements")) {
                    JsonObject element = e.getAsJsonObject();
                    if (element.has("action_id") && element.get("action_id").getAsString().equals(actionId)) {
                        return element.get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("No button " + actionId + " in " + answer);
    }

    private String hookAnswer(String hook) {
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("response_url").stream()
                .anyMatch(c -> c.params().get("path").endsWith("/" + hook)));
        return SLACK.calls("response_url").stream().filter(c -> c.params().get("path").endsWith("/" + hook))
                .map(c -> c.json().toString()).findFirst().orElseThrow();
    }
}
