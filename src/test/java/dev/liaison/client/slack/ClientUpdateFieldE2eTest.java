package dev.liaison.client.slack;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the client update cadence, {@code update <N>w}, is one field definition: /client add and
 * set, set's answer, the card and the add/edit forms pick it up (the CSV column: CsvImportE2eTest).
 */
class ClientUpdateFieldE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void aWorkspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon");
        SLACK.reset();
    }

    @Test
    void addAndSetTakeAnUpdateCadenceInWeeksAndTheCardSaysWhenOneIsDue() {
        assertThat(visible(command(team, "UAM1", "add Vandelay Industries update 2w tier enterprise")))
                .contains("Added *Vandelay Industries*");
        assertThat(visible(command(team, "UAM1", "status vandelay")))
                .contains("*Client update*\nevery 2 weeks · :memo: due now (none posted yet)");

        assertThat(visible(command(team, "UAM1", "set vandelay update 4w")))
                .contains("*Vandelay Industries* gets a status update every 4 weeks (`/client update Vandelay Industries`).");
        assertThat(visible(command(team, "UAM1", "set vandelay update 10d")))
                .contains("Client updates go every whole number of weeks, like `2w` or `4w`, not `10d`.");
        assertThat(visible(command(team, "UAM1", "set vandelay update soon")))
                .contains("The update cadence is a number of weeks like `2w` or `4w` (or `off`), not `soon`.");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("every 4 weeks");

        assertThat(visible(command(team, "UAM1", "set vandelay update off")))
                .contains("*Vandelay Industries* has no client update cadence now.");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).doesNotContain("Client update");
        command(team, "UAM1", "set vandelay update 3w");
        assertThat(visible(command(team, "UAM1", "set vandelay update none")))
                .contains("has no client update cadence now.");
    }

    @Test
    void theAddAndEditFormsHaveAnUpdateCadenceInput() {
        slack().command(team, "UAM1", "/client", "add", SLACK.responseUrl("x"));
        assertThat(blockIds(openedView(0))).containsSequence("domains", "qbr", "update");

        var refused = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "update", typed("9d")));
        assertThat(JsonParser.parseString(refused.body()).getAsJsonObject().getAsJsonObject("errors").keySet())
                .containsExactly("update");

        var added = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "update", typed("6")));
        assertThat(added.body()).contains("\"response_action\":\"update\"");
        assertThat(visible(command(team, "UAM1", "status pendant"))).contains("*Client update*\nevery 6 weeks");

        SLACK.reset();
        slack().buttonClick(team, "UAM1", "client_edit", clientId("pendant"), SLACK.responseUrl("x"));
        assertThat(openedView(0).toString()).contains("\"initial_value\":\"6w\"");
    }

    private String clientId(String name) {
        JsonObject card = command(team, "UAM1", "status " + name);
        return card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
    }

    private static JsonObject openedView(int index) {
        return JsonParser.parseString(SLACK.calls("views.open").get(index).params().get("view")).getAsJsonObject();
    }

    private static List<String> blockIds(JsonObject view) {
        return view.getAsJsonArray("blocks").asList().stream()
                .map(b -> b.getAsJsonObject().get("block_id").getAsString()).toList();
    }
}
