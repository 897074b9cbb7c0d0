package dev.liaison.slack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.digest.NudgeService;
import dev.liaison.digest.report.WeeklyReportService;
import dev.liaison.escalation.EscalationService;
import dev.liaison.ooo.OooService;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile values in every field people type, and in Slack profile names, driven through every
 * surface: commands, forms, App Home, digest, nudges, out-of-office prompts and DMs, the escalation
 * parent and thread, the weekly report and its CSV, a CSV import, channel messages. Nothing that
 * reaches Slack may carry a broadcast, a mention, a group mention or a disguised link that came from
 * those words (the checker of every recorded call, plus a search for the raw values themselves).
 */
class HostileValuesE2eTest extends LiaisonE2eTest {

    /** What an attacker types: each piece is markup Slack would act on if it went out raw. */
    static final String PING = "<!channel> <!here> <@U0FAKE> <https://evil.example|acme.com> <!subteam^S1|@all> &amp; co";
    static final List<String> RAW = List.of("<!channel>", "<!here>", "<@U0FAKE>", "<https://evil.example",
            "<!subteam^S1");
    static final String MALLORY = "<!here> Mallory <https://evil.example|acme.com>";
    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    NudgeService nudges;
    @Autowired
    OooService ooo;
    @Autowired
    EscalationService escalations;
    @Autowired
    WeeklyReportService reports;

    String team;
    String sfx;
    String lead;
    String owner;
    String mate;
    /** Every answer Liaison gave in an HTTP response (acks and view submissions), besides the Web API calls. */
    final List<String> answers = new ArrayList<>();

    @BeforeEach
    void anAgencyOfHostileNames() {
        clock.set(MONDAY);
        team = newTeam();
        sfx = team.substring(1, 6);
        lead = "ULED" + sfx;
        owner = "UMAL" + sfx;
        mate = "UMAT" + sfx;
        SLACK.member(team, lead, "Lena <!channel> Lead", "Europe/London")
                .member(team, owner, MALLORY, "Europe/London")
                .member(team, mate, "<@U0FAKE> Mate <!subteam^S1|@all>", "Europe/London")
                .member(team, "UHEAD1", "Hana Head", "Europe/London");
        run("/liaison", "UHEAD1", "team <@" + lead + "> <@" + owner + "> <@" + mate + ">");
        run("/liaison", "UHEAD1", "config escalation-channel <#C0ESC" + sfx + "|escalations>");
        // only this test's calls are searched below
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    /** Sends a command; returns its answer as Slack reads it (JSON without Gson's HTML escapes). */
    private String run(String command, String userId, String text) {
        var response = slack().command(team, userId, command, text, SLACK.responseUrl("h"));
        assertThat(response.statusCode()).as("%s %s: %s", command, text, response.body()).isEqualTo(200);
        String answer = decoded(response.body());
        answers.add(answer);
        return answer;
    }

    private static String decoded(String body) {
        return body.startsWith("{") || body.startsWith("[") ? new GsonBuilder().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(body)) : body;
    }

    /** Waits for what the delivery queue sends, moving the app's clock on so paced messages go out. */
    private void until(Callable<Boolean> sent) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return sent.call();
        });
    }

    private String client(String text) {
        return run("/client", owner, text);
    }

    private String clientId(String name) {
        JsonObject card = JsonParser.parseString(client("status " + name)).getAsJsonObject();
        for (var block : card.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals("client_actions")) {
                return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
            }
        }
        throw new AssertionError("no card for " + name);
    }

    private List<FakeSlackWebApi.Call> posts(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    @Test
    void hostileValuesInEveryFieldAndProfileNeverBecomeAPingAMentionOrADisguisedLink() {
        // commands: names, aliases, notes, task titles (Slack turns a typed @channel into <!channel>)
        client("add \"Acme " + PING.substring(0, 58) + "\"");
        client("add \"Beta &lt;!here&gt; &lt;@U0FAKE&gt; &amp;amp; co\"");
        client("set acme alias " + "<!here> <@U0FAKE> alias");
        client("log acme call negative 30m " + PING);
        client("log beta note " + PING);
        client("task acme " + PING + " due today");
        client("status acme");
        client("list");
        client("list all");
        client("list <@" + owner + "|mallory>");
        String acme = clientId("acme");
        String beta = clientId("beta");

        // forms: the add form, the log form, the task form, a message logged with the shortcut
        answers.add(decoded(slack().viewSubmission(team, owner, "client_add_view", "", Map.of(
                "name", typed("Gamma " + PING.substring(0, 60)), "owner", user(owner),
                "tier", selected("growth"))).body()));
        answers.add(decoded(slack().viewSubmission(team, owner, "client_log_view", acme, Map.of(
                "type", selected("call"), "sentiment", selected("negative"), "date", date("2026-11-23"),
                "summary", typed(PING))).body()));
        answers.add(decoded(slack().viewSubmission(team, owner, "client_task_view", beta, Map.of(
                "title", typed(PING), "assignee", user(owner), "due", date("2026-11-23"))).body()));
        slack().buttonClick(team, owner, "client_log", acme, SLACK.responseUrl("log"));
        slack().messageShortcut(team, owner, "log_to_client", "C0RAND" + sfx, "1764000000.000200",
                "&lt;!channel&gt; <!here> <@U0FAKE> &amp; co", SLACK.responseUrl("s"));

        // App Home, for the owner and the lead
        for (String who : List.of(owner, lead)) {
            JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
            opened.addProperty("user", who);
            slack().event(team, "EvH" + UUID.randomUUID(), opened, null);
        }

        // a CSV import with hostile cells
        csvImport("name,owner,tier,notes\n\"Delta " + PING.substring(0, 40) + "\",,growth,x\n\"=HYPERLINK(\"\"https://evil.example\"\")\",,,\n");

        // the escalation: parent, acknowledgement, "Escalate now" (a DM with the client's name), resolution note
        run("/escalate", owner, "acme p2 " + PING);
        until(() -> !posts("C0ESC" + sfx).isEmpty());
        String escalation = escalations.get(team, team + ":E-1").id();
        slack().buttonClick(team, owner, "escalation_now", escalation, SLACK.responseUrl("now"));
        answers.add(decoded(slack().viewSubmission(team, lead, "escalation_resolve_view", escalation,
                Map.of("note", typed("Fixed " + PING))).body()));
        until(() -> posts("C0ESC" + sfx).size() >= 3 && !posts(lead).isEmpty());

        // the digest and the nudges
        digests.runDue();
        until(() -> !posts(owner).isEmpty());
        client("add \"Epsilon " + PING.substring(0, 40) + "\"");
        clock.advance(Duration.ofHours(1));
        nudges.runDue();

        // the team report, its chart and CSV, and the weekly job
        run("/client", lead, "report");
        until(() -> SLACK.calls("files.completeUploadExternal").size() >= 2);

        // out of office: the prompt to the lead, cover notices, the absent person's summary, the return
        run("/ooo", owner, "tomorrow to +3d");
        until(() -> posts(lead).stream()
                .anyMatch(c -> c.params().getOrDefault("text", "").startsWith("Who covers")));
        String planId = planId();
        slack().buttonClick(team, lead, "ooo_apply_all", planId, SLACK.responseUrl("apply"));
        until(() -> SLACK.calls("chat.postMessage").stream()
                .anyMatch(c -> c.params().getOrDefault("blocks", "").contains("you cover:")));
        clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        client("log acme note while away " + PING);
        clock.set(Instant.parse("2026-11-30T08:01:00Z"));
        reports.runDue();
        until(() -> posts(lead).stream()
                .anyMatch(c -> c.params().getOrDefault("text", "").startsWith("Weekly account report")));
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        ooo.watch();
        until(() -> posts(owner).stream()
                .anyMatch(c -> c.params().getOrDefault("blocks", "").contains("Welcome back")));

        // every surface was reached
        for (String method : List.of("views.open", "views.publish", "chat.postMessage", "chat.update",
                "files.completeUploadExternal", "response_url")) {
            assertThat(SLACK.calls(method)).as(method).isNotEmpty();
        }
        assertThat(SLACK.checker().violations()).as("calls carrying markup from people's words, or over a limit")
                .isEmpty();
        List<String> everything = new ArrayList<>(answers);
        // (a form's initial_value is what the person edits, not shown as mrkdwn: left out)
        SLACK.calls().forEach(c -> everything.add((c.method() + " " + c.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().startsWith("{") || e.getValue().startsWith("[")
                        ? decoded(e.getValue()) : e.getValue()))
                .toList() + " " + (c.body().startsWith("{") ? decoded(c.body()) : ""))
                .replaceAll("\"initial_value\":\"(?:[^\"\\\\]++|\\\\.)*+\"", "")));
        for (String sent : everything) {
            for (String raw : RAW) {
                assertThat(sent).as("raw %s", raw).doesNotContain(raw);
            }
            assertThat(sent).doesNotContain("&amp;lt;");
        }
        String card = client("status acme");
        assertThat(card).contains("&lt;!channel&gt;", "&lt;@U0FAKE&gt;", "&lt;https://evil.example|acme.com&gt;");
    }

    @Test
    void aMemberWithAHostileProfileNameIsShownNotObeyed() {
        client("add \"Plain Client\"");
        String list = client("list <@" + owner + "|mallory>");
        assertThat(list).contains("Clients of &lt;!here&gt; Mallory &lt;https://evil.example|acme.com&gt;")
                .doesNotContain("<!here>", "<https://evil.example");
    }

    @Test
    void textSlackAlreadyEscapedIsEscapedOnceNotTwice() {
        // only a member of a channel may link it (issue 15 item 6)
        SLACK.inChannel("C0VAN" + sfx, owner);
        client("add \"Vandelay\" channel <#C0VAN" + sfx + "|vandelay>");
        SLACK.outsider("TCLIENT01", "UCLIENT1", "Art Vandelay");
        JsonObject message = Fixtures.json("slack/message_channels_bolt_java_real.json").getAsJsonObject()
                .getAsJsonObject("event").deepCopy();
        message.addProperty("channel", "C0VAN" + sfx);
        message.addProperty("user", "UCLIENT1");
        message.addProperty("team", "TCLIENT01");
        // as Slack sends "<tag> & co" typed in a Slack Connect channel
        message.addProperty("text", "&lt;tag&gt; &amp; co");
        String ts = clock.instant().getEpochSecond() + ".000100";
        message.addProperty("ts", ts);
        message.addProperty("event_ts", ts);
        assertThat(slack().event(team, "EvC" + UUID.randomUUID(), message, null).statusCode()).isEqualTo(200);
        assertThat(client("status vandelay")).contains("Message from the client: &lt;tag&gt; &amp; co")
                .doesNotContain("&amp;lt;", "&amp;amp;");

        SLACK.reset();
        slack().messageShortcut(team, owner, "log_to_client", "C0VAN" + sfx, "1764000000.000300",
                "&lt;tag&gt; &amp; co", SLACK.responseUrl("s"));
        String view = decoded(SLACK.calls("views.open").get(0).params().get("view"));
        assertThat(view).as("the form shows what was written").contains("<tag> & co").doesNotContain("&amp;", "&lt;");
    }

    @Test
    void peopleAndChannelsTypedInANoteShowByNameAndNeverPing() {
        client("add \"Initech\"");
        client("log initech note Spoke with <@" + mate + "|leo.park> in <#C0GEN" + sfx + "|general>, cc <@" + lead + ">");
        String card = client("status initech");
        assertThat(card).contains("Spoke with @leo.park in #general, cc &lt;@" + lead + "&gt;")
                .doesNotContain("<@" + mate, "|leo.park", "<#C0GEN");
    }

    private String planId() {
        for (var call : posts(lead)) {
            if (!call.params().getOrDefault("text", "").startsWith("Who covers")) {
                continue;
            }
            JsonArray blocks = JsonParser.parseString(call.params().get("blocks")).getAsJsonArray();
            for (var block : blocks) {
                JsonObject b = block.getAsJsonObject();
                if (b.has("block_id") && b.get("block_id").getAsString().equals("ooo_decide")) {
                    return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
                }
            }
        }
        throw new AssertionError("no cover prompt");
    }

    private void csvImport(String content) {
        String url = SLACK.file("clients.csv", content.getBytes(StandardCharsets.UTF_8));
        JsonObject event = Fixtures.json("slack/message_channels_bolt_java_real.json").getAsJsonObject()
                .getAsJsonObject("event").deepCopy();
        event.addProperty("subtype", "file_share");
        event.addProperty("channel", "D0LIAISON");
        event.addProperty("channel_type", "im");
        event.addProperty("user", owner);
        event.addProperty("team", team);
        event.addProperty("text", "");
        event.addProperty("upload", true);
        JsonObject file = new JsonObject();
        file.addProperty("id", "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        file.addProperty("name", "<!channel> clients.csv");
        file.addProperty("filetype", "csv");
        file.addProperty("mimetype", "text/csv");
        file.addProperty("size", content.length());
        file.addProperty("url_private", url);
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        int before = SLACK.calls("chat.postMessage").size();
        assertThat(slack().event(team, "EvF" + UUID.randomUUID(), event, null).statusCode()).isEqualTo(200);
        until(() -> SLACK.calls("chat.postMessage").size() > before);
    }
}
