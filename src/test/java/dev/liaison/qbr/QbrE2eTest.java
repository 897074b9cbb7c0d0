package dev.liaison.qbr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quarterly business reviews end to end, with signed requests and the recording fake Slack: a review
 * due in 10 days is one item of each day's one digest until "Mark held" logs the meeting and moves
 * the next one a cadence away.
 */
class QbrE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    ApplicationContext context;

    String team;
    String am;

    @BeforeEach
    void agency() {
        clock.set(MONDAY_10Z);
        team = newTeam();
        am = "UQBR" + team.substring(1, 7);
        SLACK.member(team, am, "Quinn Baker", "Europe/London");
        command(team, am, "add Globex tier enterprise");
        // held 81 days ago: with enterprise's 13 weeks the next one is due in 10 days, on Thursday Dec 3
        assertThat(visible(command(team, am, "qbr globex held 2026-09-03")))
                .contains("Marked the quarterly business review with *Globex* held on 2026-09-03",
                        "The next one is due 2026-12-03 (in 10 days)");
        command(team, am, "log globex call Weekly sync");
        command(team, am, "add \"Initech\" tier growth");
        command(team, am, "log initech call Weekly sync");
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private List<FakeSlackWebApi.Call> digestsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))
                && c.params().getOrDefault("text", "").startsWith("Your Liaison digest")).toList();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aReviewDueInTenDaysIsOneItemOfEachDaysDigestUntilMarkedHeld() {
        digests.runDue();
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(digestsTo(am)).as("that day's one digest").hasSize(1);
        String monday = digestsTo(am).get(0).params().get("blocks");
        assertThat(monday).contains("Quarterly business reviews* (1)",
                "*Globex* · quarterly business review due Thu Dec 3 (in 10 days)", "Prepare brief", "Mark held")
                .doesNotContain("Initech");
        assertThat(occurrences(monday, "client_qbr_brief")).as("one item, one Prepare brief").isEqualTo(1);
        assertThat(digestsTo(am).get(0).params().get("text")).contains("1 quarterly review");

        // Tuesday: still there, a day closer
        clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(digestsTo(am)).hasSize(2);
        String tuesday = digestsTo(am).get(1).params().get("blocks");
        assertThat(tuesday).contains("*Globex* · quarterly business review due Thu Dec 3 (in 9 days)");

        // Mark held from Tuesday's digest: the meeting is logged, the line settles, the next is 13 weeks on
        JsonObject posted = SLACK.posted(am).get(SLACK.posted(am).size() - 1);
        JsonArray blocks = JsonParser.parseString(tuesday).getAsJsonArray();
        String clientId = buttonValue(blocks, "client_qbr_held");
        var click = slack().buttonClickOnMessage(team, am, "client_qbr_held", clientId, "qbr-buttons-" + clientId,
                "D" + am, posted.get("ts").getAsString(), blocks, SLACK.responseUrl("held"));
        assertThat(click.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        String redrawn = SLACK.calls("chat.update").get(0).params().get("blocks");
        assertThat(redrawn).contains("Globex", ":white_check_mark: Held 2026-11-24, marked by <@" + am + ">")
                .doesNotContain("client_qbr_held", "client_qbr_brief");
        String status = visible(command(team, am, "status globex"));
        assertThat(status).contains("Quarterly business review held", "every 13 weeks · next 2027-02-23 (on 2027-02-23)");

        // a second click, after the double-click window, logs nothing more (the other meeting is September's)
        assertThat(occurrences(status, "Quarterly business review held")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        slack().buttonClickOnMessage(team, am, "client_qbr_held", clientId, "qbr-buttons-" + clientId,
                "D" + am, posted.get("ts").getAsString(), blocks, SLACK.responseUrl("held2"));
        assertThat(visible(command(team, am, "qbr globex"))).contains("next quarterly business review is due 2027-02-23");
        assertThat(occurrences(visible(command(team, am, "status globex")), "Quarterly business review held"))
                .as("no second meeting logged").isEqualTo(2);

        // Wednesday's digest has no review
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(digestsTo(am)).hasSizeLessThanOrEqualTo(3);
        digestsTo(am).stream().skip(2).forEach(d -> assertThat(d.params().get("blocks"))
                .doesNotContain("Quarterly business reviews"));
        assertThat(SLACK.calls("chat.postMessage").stream().filter(c -> am.equals(c.params().get("channel")))
                .skip(2).map(c -> c.params().getOrDefault("blocks", "")).toList())
                .noneMatch(b -> b.contains("client_qbr_brief"));
    }

    @Test
    void theCommandSaysWhenTheNextReviewIsDueAndRefusesAFutureDay() {
        assertThat(visible(command(team, am, "qbr globex"))).contains(
                "*Globex*'s next quarterly business review is due 2026-12-03 (in 10 days); the last was on 2026-09-03");
        assertThat(visible(command(team, am, "qbr initech"))).contains("*Initech* has no quarterly business reviews",
                "/client set Initech qbr 13w");
        assertThat(visible(command(team, am, "qbr globex held +3d"))).contains("today or on a day before");
        assertThat(visible(command(team, am, "qbr globex soon"))).contains("`/client qbr` takes a client, then `held`");
        command(team, am, "set initech qbr 8w");
        assertThat(visible(command(team, am, "qbr initech"))).contains("has a quarterly business review every 8 weeks"
                + " and has never held one: one is due now");
    }

    static String buttonValue(JsonArray blocks, String actionId) {
        for (JsonElement block : blocks) {
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
        throw new AssertionError("no " + actionId + " in " + blocks);
    }
}
