package dev.liaison.slack;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.liaison.support.LiaisonE2eTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A click that fails is answered where the person is looking: a button on a message answers in that
 * conversation (its response_url), a button in App Home, which has none, in the person's DM.
 */
class ActionFailuresE2eTest extends LiaisonE2eTest {

    @Test
    void aFailedClickInAppHomeIsAnsweredInTheDmNotSilently() {
        String team = newTeam();
        SLACK.member(team, "UHOME1", "Rosa Diaz", "Europe/Madrid");
        int before = SLACK.posted("UHOME1").size();

        HttpResponse<String> click = slack().homeClick(team, "UHOME1", "task_done", "T-999");

        assertThat(click.statusCode()).as("acknowledged within the 3 s: %s", click.body()).isEqualTo(200);
        // answered through the delivery queue, like every DM
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> SLACK.posted("UHOME1").size() > before);
        assertThat(SLACK.posted("UHOME1")).hasSize(before + 1);
        assertThat(SLACK.posted("UHOME1").get(before).get("text").getAsString())
                .isEqualTo("There is no task T-999 in this workspace.");
    }

    @Test
    void aFailedClickOnAMessageIsAnsweredInThatConversation() {
        String team = newTeam();
        SLACK.member(team, "UMSG1", "Jake Peralta", "America/New_York");
        String hook = SLACK.responseUrl("failed-click");

        HttpResponse<String> click = slack().buttonClick(team, "UMSG1", "task_done", "T-998", hook);

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(SLACK.calls()).anySatisfy(call -> {
            assertThat(call.method()).isEqualTo("response_url");
            assertThat(call.params().get("path")).isEqualTo("/hooks/failed-click");
            assertThat(call.body()).contains("There is no task T-998 in this workspace.", "\"ephemeral\"");
        });
    }
}
