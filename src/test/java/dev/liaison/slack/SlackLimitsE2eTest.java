package dev.liaison.slack;

import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Liaison opens in a real workspace stays within Slack's limits: the Log form above all. */
class SlackLimitsE2eTest extends LiaisonE2eTest {

    private static int summaryMaxLength(JsonObject view) {
        for (var block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals("summary")) {
                return b.getAsJsonObject("element").get("max_length").getAsInt();
            }
        }
        throw new AssertionError("no summary input in " + view);
    }

    @Test
    void theLogFormOpensFromTheButtonTheCommandAndTheShortcutWithinSlacksLimits() {
        String team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").inChannel("C0VANDEL1", "UAM1");
        command(team, "UAM1", "add \"Vandelay Industries\" channel <#C0VANDEL1|vandelay>");
        String clientId = null;
        for (var block : command(team, "UAM1", "status vandelay").getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals("client_actions")) {
                clientId = b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
            }
        }
        assertThat(clientId).isNotNull();
        SLACK.reset();

        slack().buttonClick(team, "UAM1", "client_log", clientId, SLACK.responseUrl("b"));
        assertThat(slack().command(team, "UAM1", "/client", "log vandelay", SLACK.responseUrl("c")).statusCode())
                .isEqualTo(200);
        slack().messageShortcut(team, "UAM1", "log_to_client", "C0VANDEL1", "1764000000.000200",
                "x".repeat(3500), SLACK.responseUrl("s"));

        List<JsonObject> opened = SLACK.calls("views.open").stream()
                .map(c -> JsonParser.parseString(c.params().get("view")).getAsJsonObject()).toList();
        assertThat(opened).as("Slack refuses a max_length over 3000: the form would never open").hasSize(3)
                .allSatisfy(view -> assertThat(summaryMaxLength(view)).isBetween(1, 3000));
        String prefilled = opened.get(2).toString();
        assertThat(prefilled).contains("https://agency.slack.com/archives/C0VANDEL1/p1764000000000200");
    }
}
