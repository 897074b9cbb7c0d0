package dev.liaison.digest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daily digest and check-in nudges, from the jobs to what reaches Slack. */
class DigestE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    NudgeService nudges;
    @Autowired
    Environment environment;


    @Autowired
    ApplicationContext context;

    String team;
    /** User ids unique to each test: the digest job runs over every workspace in the shared database. */
    String ukol, unyc, uakl, uidle;

    @BeforeEach
    void agency() {
        clock.set(MONDAY_10Z);
        team = newTeam();
        ukol = "UKOL" + team.substring(1, 6);
        unyc = "UNYC" + team.substring(1, 6);
        uakl = "UAKL" + team.substring(1, 6);
        uidle = "UIDLE" + team.substring(1, 6);
        SLACK.member(team, ukol, "Kavya Rao", "Asia/Kolkata")          // 15:30 local: digest due
                .member(team, unyc, "Nora Young", "America/New_York")    // 05:00 local: not yet
                .member(team, uakl, "Aroha Ngata", "Pacific/Auckland")   // 23:00 local, Monday
                .member(team, uidle, "Ivo Idle", "Europe/London");       // due, but nothing to say
        command(team, ukol, "add \"Mumbai Media\" renewal +30d");
        command(team, ukol, "task mumbai media Send the renewal deck due today");
        command(team, ukol, "add \"Delhi Digital\"");
        command(team, ukol, "log delhi digital call Weekly sync");
        command(team, unyc, "add \"Hudson Partners\"");
        command(team, uakl, "add \"Kiwi Kitchens\"");
        command(team, uidle, "list");
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private List<FakeSlackWebApi.Call> postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }

    @Test
    void eachDuePersonGetsOneDigestOnTheirLocalDayAndNobodyElseDoes() {
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 1 && postsTo(uakl).size() == 1);
        String kavya = postsTo(ukol).get(0).params().get("blocks");
        assertThat(kavya).contains("Your day, Monday, November 23", "Check-ins due* (1)", "Mumbai Media",
                "never touched", "Tasks due* (1)", "Send the renewal deck", "due today", "task_done",
                "Renewals in the next 60 days* (1)", "in 30 days", "client_checkin_menu")
                .doesNotContain("Delhi Digital");
        assertThat(postsTo(uakl).get(0).params().get("blocks")).contains("Kiwi Kitchens");
        assertThat(postsTo(unyc)).isEmpty();
        assertThat(postsTo(uidle)).as("nothing at all: no DM").isEmpty();

        // run again, as the job does every 15 minutes: nothing new
        digests.runDue();
        clock.advance(Duration.ofMinutes(15));
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(postsTo(ukol)).hasSize(1);

        // New York's 09:00 comes at 14:00Z
        clock.set(Instant.parse("2026-11-23T14:05:00Z"));
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(unyc).size() == 1);
        assertThat(postsTo(ukol)).hasSize(1);
        assertThat(postsTo(uakl)).hasSize(1);
    }

    @Test
    void markDoneRedrawsTheDigestInPlace() {
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 1 && !SLACK.posted(ukol).isEmpty());
        JsonArray blocks = JsonParser.parseString(postsTo(ukol).get(0).params().get("blocks"))
                .getAsJsonArray();
        String number = null;
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject block = blocks.get(i).getAsJsonObject();
            block.addProperty("block_id", "b" + i);    // Slack gives every block an id
            if (block.has("accessory") && block.getAsJsonObject("accessory").get("action_id").getAsString().equals("task_done")) {
                number = block.getAsJsonObject("accessory").get("value").getAsString();
            }
        }
        assertThat(number).isNotNull();
        String taskBlock = null;
        for (var b : blocks) {
            if (b.getAsJsonObject().has("accessory") && b.getAsJsonObject().getAsJsonObject("accessory").get("action_id")
                    .getAsString().equals("task_done")) {
                taskBlock = b.getAsJsonObject().get("block_id").getAsString();
            }
        }
        String ts = SLACK.posted(ukol).get(0).get("ts").getAsString();

        var click = slack().buttonClickOnMessage(team, ukol, "task_done", number, taskBlock, "D" + ukol, ts, blocks,
                SLACK.responseUrl("done"));
        assertThat(click.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        FakeSlackWebApi.Call update = SLACK.calls("chat.update").get(0);
        assertThat(update.params().get("ts")).isEqualTo(ts);
        String redrawn = JsonParser.parseString(update.params().get("blocks")).toString();
        assertThat(redrawn).contains("Send the renewal deck", ":white_check_mark: Done by <@" + ukol + ">",
                "Mumbai Media", "client_checkin_menu").doesNotContain("task_done");
    }

    @Test
    void snoozeRedrawsTheDigestInPlace() {
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 1 && !SLACK.posted(ukol).isEmpty());
        JsonArray blocks = JsonParser.parseString(postsTo(ukol).get(0).params().get("blocks"))
                .getAsJsonArray();
        String menuBlock = null;
        String snooze = null;
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject block = blocks.get(i).getAsJsonObject();
            block.addProperty("block_id", "b" + i);
            if (block.has("accessory") && block.getAsJsonObject("accessory").get("action_id").getAsString()
                    .equals("client_checkin_menu")) {
                menuBlock = "b" + i;
                for (var option : block.getAsJsonObject("accessory").getAsJsonArray("options")) {
                    if (option.getAsJsonObject().get("value").getAsString().startsWith("snooze3|")) {
                        snooze = option.getAsJsonObject().get("value").getAsString();
                    }
                }
            }
        }
        assertThat(snooze).isNotNull();
        String ts = SLACK.posted(ukol).get(0).get("ts").getAsString();

        var click = slack().overflowChoiceOnMessage(team, ukol, "client_checkin_menu", snooze, menuBlock, "D" + ukol, ts,
                blocks, SLACK.responseUrl("snooze"));
        assertThat(click.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        FakeSlackWebApi.Call update = SLACK.calls("chat.update").get(0);
        assertThat(update.params().get("ts")).isEqualTo(ts);
        String redrawn = JsonParser.parseString(update.params().get("blocks")).toString();
        assertThat(redrawn).contains("Mumbai Media", ":zzz: Snoozed by <@" + ukol + "> for 3 days", "task_done")
                .doesNotContain("client_checkin_menu");
    }

    @Test
    void nudgesSkipWhatTheDigestSaidAndComeOnceADayInWorkingHours() {
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 1);
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(postsTo(ukol)).as("Mumbai Media was in the digest").hasSize(1);

        command(team, ukol, "add \"Pune Print\"");
        clock.advance(Duration.ofHours(1));
        nudges.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 2);
        String nudge = postsTo(ukol).get(1).params().get("blocks");
        assertThat(nudge).contains("Pune Print", "Snooze 1 day").doesNotContain("Mumbai Media");

        command(team, ukol, "add \"Goa Gardens\"");
        clock.advance(Duration.ofHours(1));
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(postsTo(ukol)).as("one nudge a day").hasSize(2);

        // Tuesday 19:00 in Kolkata (13:30Z) is outside working hours: no nudge then
        clock.set(Instant.parse("2026-11-24T13:30:00Z"));
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(postsTo(ukol)).hasSize(2);
    }

    @Test
    void aSnoozedClientIsNotNudged() {
        // no digest for Nora (a due digest goes before any nudge): the nudge alone says what is due
        slack().command(team, unyc, "/liaison", "me digest off", SLACK.responseUrl("me"));
        command(team, unyc, "add \"Brooklyn Bakes\"");
        String clientId = clientIdFromCard(team, unyc, "brooklyn bakes");
        var response = slack().overflowChoice(team, unyc, "client_checkin_menu", "snooze3|" + clientId,
                SLACK.responseUrl("snooze"));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> !SLACK.calls("response_url").isEmpty());
        assertThat(SLACK.calls("response_url").get(0).body()).contains("No check-in reminders", "3 days");
        clock.set(Instant.parse("2026-11-23T15:00:00Z")); // 10:00 in New York
        nudges.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !postsTo(unyc).isEmpty());
        assertThat(postsTo(unyc).get(0).params().get("blocks")).contains("Hudson Partners").doesNotContain("Brooklyn");
    }

    @Test
    void theJobRunsOnDemandThroughActuator() throws Exception {
        String port = environment.getProperty("local.management.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/quartz/jobs/liaison/daily-digest"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(ukol).size() == 1);
        // the run goes on over every workspace after this person's DM: wait for its timer
        await().atMost(Duration.ofSeconds(20)).until(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString())
                .body().contains("liaison_job_duration_seconds_count{job=\"daily-digest\""));
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("liaison_outbox_sent_total", "liaison_digests_sent_total",
                "liaison_outbox_depth", "liaison_outbox_queued_total", "liaison_outbox_parked_total");
    }

    private String clientIdFromCard(String teamId, String userId, String name) {
        var card = command(teamId, userId, "status " + name);
        return card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
    }
}
