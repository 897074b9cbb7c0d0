package dev.liaison;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The words people read: "1 check-in", not "1 check-ins"; "your lead" when it is theirs. */
class WordsE2eTest extends LiaisonE2eTest {

    @Autowired
    DigestService digests;

    String team;
    String am;
    String lead;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        team = newTeam();
        am = "UWAM" + team.substring(1, 6);
        lead = "UWLD" + team.substring(1, 6);
        SLACK.member(team, am, "Kavya Rao", "Asia/Kolkata").member(team, lead, "Leo Lead", "Asia/Kolkata");
        headSetsTeam(team, lead, am);
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void oneOfSomethingIsSingularOnTheCardAndInTheDigest() {
        command(team, am, "add \"Solo Co\" cadence 1d renewal +1d");
        command(team, am, "task solo co Send the deck due today");
        String card = visible(command(team, am, "status solo co"));
        assertThat(card).contains("every 1 day", "1 day left").doesNotContain("1 days");

        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !postsTo(am).isEmpty());
        FakeSlackWebApi.Call digest = postsTo(am).get(0);
        assertThat(digest.params().get("text"))
                .isEqualTo("Your Liaison digest: 1 check-in due, 1 task, 0 escalations, 1 renewal");
        assertThat(digest.params().get("blocks")).contains("in 1 day").doesNotContain("1 days");
    }

    @Test
    void capacityOfOneIsOneClient() {
        assertThat(visible(answer(lead, "/liaison", "capacity <@" + am + "> 1"))).contains("can now carry 1 client.");
    }

    @Test
    void anAbsenceYouDeclareNamesYourLeadNotTheirs() {
        String answer = visible(answer(am, "/ooo", "tomorrow"));
        assertThat(answer).containsIgnoringCase("your lead").doesNotContain("Their lead", "the lead");
        String forSomeoneElse = visible(answer(lead, "/ooo", "Dec 10 <@" + am + ">"));
        assertThat(forSomeoneElse).contains("their lead");
    }

    private JsonObject answer(String user, String command, String text) {
        var response = slack().command(team, user, command, text, SLACK.responseUrl("w"));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private List<FakeSlackWebApi.Call> postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }
}
