package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A task is closed where it is seen (Done on the status card and in App Home); /client report says
 * where its chart is; its CSV has local times to the minute, tier, retainer, backup and days since
 * the last touch.
 */
class TasksAndReportE2eTest extends LiaisonE2eTest {

    String team;
    String am;
    String lead;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        team = newTeam();
        am = "UTAM" + team.substring(1, 6);
        lead = "UTLD" + team.substring(1, 6);
        SLACK.member(team, am, "Ana Lima", "Pacific/Auckland").member(team, lead, "Leo Lead", "Pacific/Auckland");
        headSetsTeam(team, lead, am);
        command(team, am, "add \"Kauri Co\" tier enterprise retainer $5,000 backup <@" + lead + "|leo>");
        command(team, am, "log kauri co call Quarterly review");
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void doneOnTheStatusCardClosesTheTaskAndRedrawsTheCard() {
        command(team, am, "task kauri co Send the deck");
        JsonObject card = command(team, am, "status kauri co");
        String number = doneButtonValue(card);
        assertThat(number).isEqualTo("T-1");

        String hook = "done-" + UUID.randomUUID();
        slack().buttonClick(team, am, ClientActions.TASK_DONE, number, SLACK.responseUrl(hook));
        String redrawn = hookAnswer(hook);
        assertThat(redrawn).contains("Done: `T-1` Send the deck", "\"replace_original\":true", "*Open tasks*\\n_None._");
        assertThat(visible(command(team, am, "status kauri co"))).doesNotContain("Send the deck");
    }

    @Test
    void appHomeHasADoneButtonPerTaskAndIsPublishedAgainWithoutIt() {
        command(team, am, "task kauri co Book the QBR");
        SLACK.reset();
        slack().event(team, "EvHome" + team, homeOpened(am), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("views.publish").isEmpty());
        JsonObject view = lastHome();
        assertThat(doneButtonValue(view)).isEqualTo("T-1");

        SLACK.reset();
        slack().buttonClick(team, am, ClientActions.TASK_DONE, "T-1", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("views.publish").isEmpty());
        assertThat(lastHome().toString()).contains("Your open tasks (0)").doesNotContain("Book the QBR");
    }

    @Test
    void theReportSaysTheChartIsInTheDmAndItsCsvHasLocalTimesAndTheMissingColumns() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        SLACK.reset();
        String answer = visible(command(team, lead, "report"));
        assertThat(answer).contains("The chart and a CSV of the team's clients are in your DM with Liaison")
                .doesNotContain("Chart above");

        await().atMost(Duration.ofSeconds(10)).until(() -> uploadsTo(lead).size() == 2);
        String fileId = JsonParser.parseString(uploadsTo(lead).get(1).params().get("files"))
                .getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString();
        List<String> csv = new String(SLACK.uploaded(fileId), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.get(0)).isEqualTo("name,owner,backup,tier,retainer_per_month,health,band,top_driver,"
                + "last_touch (Pacific/Auckland),days_since_last_touch,due,renewal,budget_used_hours,budget_hours");
        // logged 2026-11-20 10:00 UTC: 23:00 that day in Auckland, three days before the report
        assertThat(csv.get(1)).startsWith("Kauri Co,Ana Lima,Leo Lead,enterprise,5000.00,")
                .contains(",2026-11-20 23:00,3,").doesNotContainPattern("\\d\\.\\d{3}Z|T\\d\\d:");
    }

    private List<FakeSlackWebApi.Call> uploadsTo(String userId) {
        return SLACK.calls("files.completeUploadExternal").stream()
                .filter(c -> ("D" + userId).equals(c.params().get("channel_id"))).toList();
    }

    private JsonObject lastHome() {
        List<FakeSlackWebApi.Call> published = SLACK.calls("views.publish");
        return JsonParser.parseString(published.get(published.size() - 1).params().get("view")).getAsJsonObject();
    }

    private JsonObject homeOpened(String userId) {
        JsonObject inner = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        inner.addProperty("user", userId);
        return inner;
    }

    /** The value of the (first) Done button in an answer's or a view's blocks. */
    private static String doneButtonValue(JsonObject surface) {
        for (JsonElement block : surface.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("accessory") && b.getAsJsonObject("accessory").has("action_id")
                    && b.getAsJsonObject("accessory").get("action_id").getAsString().equals(ClientActions.TASK_DONE)) {
                return b.getAsJsonObject("accessory").get("value").getAsString();
            }
        }
        throw new AssertionError("No Done button in " + surface);
    }

    private String hookAnswer(String hook) {
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("response_url").stream()
                .anyMatch(c -> c.params().get("path").endsWith("/" + hook)));
        return SLACK.calls("response_url").stream().filter(c -> c.params().get("path").endsWith("/" + hook))
                .map(c -> c.json().toString()).findFirst().orElseThrow();
    }
}
