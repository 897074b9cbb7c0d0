package dev.liaison.support;

import java.net.http.HttpResponse;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One end-to-end scenario touching every kind of request Slack sends (slash commands, a button,
 * a modal submission, an event) with the Web API calls they cause. It runs over HTTP and over
 * Socket Mode with the same assertions: the transport must change nothing.
 */
public final class EveryKindOfRequest {

    private EveryKindOfRequest() {
    }

    public static void run(SignedSlack slack, FakeSlackWebApi api, String team, String botToken) {
        api.member(team, "UAM1", "Ana Lima", "Europe/Lisbon");

        JsonObject added = ack(slack.command(team, "UAM1", "/client", "add Vandelay Industries tier enterprise",
                api.responseUrl("add")));
        assertThat(added.toString()).contains("Vandelay Industries");

        JsonObject card = ack(slack.command(team, "UAM1", "/client", "status vandelay", api.responseUrl("status")));
        assertThat(card.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(card.toString()).contains("Vandelay Industries", "No touches logged yet");
        String clientId = card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();

        // a button on the card opens the log modal through views.open
        api.reset();
        assertThat(slack.buttonClick(team, "UAM1", "client_log", clientId, api.responseUrl("log")).statusCode())
                .isEqualTo(200);
        assertThat(api.calls("views.open")).singleElement().satisfies(call -> {
            assertThat(call.token()).isEqualTo(botToken);
            assertThat(JsonParser.parseString(call.params().get("view")).getAsJsonObject()
                    .get("callback_id").getAsString()).isEqualTo("client_log_view");
        });

        // its submission logs the touch and answers in the modal
        var submitted = slack.viewSubmission(team, "UAM1", "client_log_view", clientId, Map.of(
                "type", selected("meeting"), "sentiment", selected("positive"), "duration", typed("45m"),
                "date", date("2026-11-23"), "summary", typed("Kickoff went well")));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"response_action\":\"update\"", "Logged a meeting");

        JsonObject after = ack(slack.command(team, "UAM1", "/client", "status vandelay", api.responseUrl("status")));
        assertThat(after.toString()).contains("Kickoff went well").doesNotContain("No touches logged yet");

        // an event: opening App Home publishes it
        api.reset();
        JsonObject homeOpened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        homeOpened.addProperty("user", "UAM1");
        assertThat(slack.event(team, "EvEVERY" + team, homeOpened, null).statusCode()).isEqualTo(200);
        assertThat(api.calls("views.publish")).singleElement().satisfies(call -> {
            assertThat(call.token()).isEqualTo(botToken);
            assertThat(call.params().get("user_id")).isEqualTo("UAM1");
            assertThat(call.params().get("view")).contains("Vandelay Industries");
        });
    }

    private static JsonObject ack(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
