package dev.liaison.client.slack;

import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;

/** The card's buttons and /client log <client>: modals opened through views.open, submissions validated. */
class ClientModalsE2eTest extends LiaisonE2eTest {

    String team;
    String clientId;

    @BeforeEach
    void aClient() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "UTC");
        command(team, "UAM1", "add Vandelay Industries");
        JsonObject card = command(team, "UAM1", "status vandelay");
        clientId = card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
        SLACK.reset();
    }

    @Test
    void logButtonOpensTheLogModalForThatClient() {
        assertThat(slack().buttonClick(team, "UAM1", "client_log", clientId, SLACK.responseUrl("x")).statusCode())
                .isEqualTo(200);
        var opened = SLACK.calls("views.open");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).params().get("trigger_id")).isEqualTo("12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3");
        JsonObject view = JsonParser.parseString(opened.get(0).params().get("view")).getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("client_log_view");
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(clientId);
        assertThat(view.toString()).contains("Vandelay Industries", "\"initial_date\":\"2026-11-23\"");
    }

    @Test
    void clientLogWithOnlyAClientOpensTheSameModal() {
        var response = slack().command(team, "UAM1", "/client", "log vandelay", SLACK.responseUrl("x"));
        // an empty 200: the modal is the answer
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(SLACK.calls("views.open")).hasSize(1);
    }

    @Test
    void aValidSubmissionLogsTheTouchAndConfirmsInTheModal() {
        var response = slack().viewSubmission(team, "UAM1", "client_log_view", clientId, Map.of(
                "type", selected("meeting"), "sentiment", selected("negative"), "duration", typed("45m"),
                "date", date("2026-11-23"), "summary", typed("Latex shipment <!channel> delayed")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_action\":\"update\"", "Logged a meeting");
        String card = visible(command(team, "UAM1", "status vandelay"));
        assertThat(card).contains("meeting · :slightly_frowning_face: negative · 45m",
                "Latex shipment &lt;!channel&gt; delayed", "*90* healthy — 1 negative touch");
    }

    @Test
    void anInvalidSubmissionAnswersPerFieldErrorsAndStoresNothing() {
        var response = slack().viewSubmission(team, "UAM1", "client_log_view", clientId, Map.of(
                "type", selected("call"), "sentiment", selected("neutral"), "duration", typed("forever"),
                "date", date("2026-12-25"), "summary", typed("  ")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder("duration", "date", "summary");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("No touches logged yet");
    }

    @Test
    void addTaskButtonOpensTheTaskModalAndItsSubmissionAddsTheTask() {
        slack().buttonClick(team, "UAM1", "client_add_task", clientId, SLACK.responseUrl("x"));
        JsonObject view = JsonParser.parseString(SLACK.calls("views.open").get(0).params().get("view")).getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("client_task_view");
        assertThat(view.toString()).contains("\"initial_user\":\"UAM1\"");

        var response = slack().viewSubmission(team, "UAM1", "client_task_view", clientId, Map.of(
                "title", typed("Import/export paperwork"), "assignee", user("UAM2"), "due", date("2026-12-01")));
        assertThat(response.body()).contains("\"response_action\":\"update\"", "Import/export paperwork");
        assertThat(visible(command(team, "UAM1", "status vandelay")))
                .contains("Import/export paperwork — <@UAM2> · due in 8 days");
    }
}
