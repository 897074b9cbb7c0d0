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

    @Autowired
    dev.liaison.digest.report.WeeklyReportService weeklyReports;

    private List<FakeSlackWebApi.Call> briefsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))
                && c.params().getOrDefault("text", "").startsWith("QBR brief")).toList();
    }

    private List<FakeSlackWebApi.Call> chartsTo(String userId) {
        return SLACK.calls("files.completeUploadExternal").stream()
                .filter(c -> ("D" + userId).equals(c.params().get("channel_id"))).toList();
    }

    private byte[] uploadedBytes(FakeSlackWebApi.Call completed) {
        String fileId = JsonParser.parseString(completed.params().get("files")).getAsJsonArray().get(0)
                .getAsJsonObject().get("id").getAsString();
        return SLACK.uploaded(fileId);
    }

    @Test
    void prepareBriefDeliversAChartAndTheTwelveWeeksInTheDm() throws Exception {
        SLACK.member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config escalation-channel <#C0ESCAL|escalations>",
                SLACK.responseUrl("c"));
        command(team, am, "set globex hours 10");
        command(team, am, "log globex email 2h Sent the <!channel> plan");
        assertThat(visible(command(team, am, "goal globex Expand to the <!channel> EU office by 2027-03-31")))
                .contains("G-");
        assertThat(visible(command(team, am, "opp globex Analytics add-on 12000 stage proposal close 2027-01-15")))
                .contains("O-");
        assertThat(slack().command(team, am, "/escalate", "globex p2 Site slow", SLACK.responseUrl("e")).statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(150));
        assertThat(slack().viewSubmission(team, am, "escalation_resolve_view", team + ":E-1",
                java.util.Map.of("note", dev.liaison.support.SignedSlack.typed("Cache warmed"))).statusCode()).isEqualTo(200);
        slack().command(team, am, "/escalate", "globex p3 Report late", SLACK.responseUrl("e2"));
        SLACK.reset();

        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(digestsTo(am)).hasSize(1);
        String digest = digestsTo(am).get(0).params().get("blocks");
        JsonArray blocks = JsonParser.parseString(digest).getAsJsonArray();
        String clientId = buttonValue(blocks, "client_qbr_brief");
        String ts = SLACK.posted(am).get(0).get("ts").getAsString();
        var click = slack().buttonClickOnMessage(team, am, "client_qbr_brief", clientId, "qbr-buttons-" + clientId,
                "D" + am, ts, blocks, SLACK.responseUrl("brief"));
        assertThat(click.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> clock.advanceThen(Duration.ofMillis(500))
                && briefsTo(am).size() == 1);

        // the chart went up first, into the presser's DM, as a PNG of the chart's size
        assertThat(chartsTo(am)).hasSize(1);
        assertThat(SLACK.calls("files.getUploadURLExternal")).anyMatch(c -> c.params().get("filename")
                .equals("qbr-health-2026-11-23.png") && c.params().get("alt_txt").startsWith("Health of Globex now"));
        byte[] png = uploadedBytes(chartsTo(am).get(0));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat(png.length).isBetween(5_000, 500_000);
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(chart.getWidth()).isEqualTo(QbrChart.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(QbrChart.HEIGHT);
        assertThat(SLACK.calls().stream().map(FakeSlackWebApi.Call::method).toList())
                .containsSubsequence("files.completeUploadExternal", "chat.postMessage");

        String brief = briefsTo(am).get(0).params().get("blocks");
        assertThat(JsonParser.parseString(brief).getAsJsonArray().size()).isLessThanOrEqualTo(50);
        assertThat(brief).contains("QBR brief: Globex", "*Review:* due Thu Dec 3 (in 10 days) · every 13 weeks",
                "no weekly scores kept yet", "*Owner:* <@" + am + ">", "The health chart is the image just above",
                "call 1", "email 1", "meeting 1",
                "*Escalations, last 12 weeks* (2)", "`E-1` p2 — Site slow · opened Mon Nov 23 · resolved in 2h 30m",
                "`E-2` p3 — Report late", ":warning: still open",
                "Aug 2026 · 0 h of 10 h (0%)", "Nov 2026 · 2 h of 10 h (20%)", "client_qbr_held",
                "*Account plan goals* (1)", "Expand to the &lt;!channel&gt; EU office · open · by 2027-03-31",
                "*Open opportunities* (1)", "Analytics add-on · $12,000 · proposal · closes 2027-01-15")
                .doesNotContain("<!channel>");

        // the weekly job keeps each client's score; a week on, the next brief has those weeks
        SLACK.reset();
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        weeklyReports.runDue();
        clock.set(Instant.parse("2026-12-07T10:00:00Z"));
        weeklyReports.runDue();
        clock.set(Instant.parse("2026-12-09T10:00:00Z"));
        slack().buttonClickOnMessage(team, am, "client_qbr_brief", clientId, "qbr-buttons-" + clientId,
                "D" + am, ts, blocks, SLACK.responseUrl("brief2"));
        await().atMost(Duration.ofSeconds(15)).until(() -> clock.advanceThen(Duration.ofMillis(500))
                && briefsTo(am).size() == 1);
        assertThat(briefsTo(am).get(0).params().get("blocks")).contains("95 in W49", "*Review:* :warning: overdue, was due Thu Dec 3 (6 days ago)")
                .doesNotContain("no weekly scores kept yet");
        assertThat(SLACK.calls("files.getUploadURLExternal")).anyMatch(c -> c.params().get("alt_txt")
                .equals("Health of Globex week by week from W49: 95, 79 now (healthy)."));

        // Mark held from the brief itself
        JsonObject briefPost = SLACK.posted(am).get(SLACK.posted(am).size() - 1);
        JsonArray briefBlocks = JsonParser.parseString(briefsTo(am).get(0).params().get("blocks")).getAsJsonArray();
        slack().buttonClickOnMessage(team, am, "client_qbr_held", clientId, "qbr-buttons-" + clientId, "D" + am,
                briefPost.get("ts").getAsString(), briefBlocks, SLACK.responseUrl("held"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        assertThat(visible(command(team, am, "qbr globex"))).contains("due 2027-03-10");
    }

    @Test
    void aPresserFromAnotherWorkspaceGetsNoBrief() {
        String other = newTeam();
        String stranger = "USTR" + other.substring(1, 7);
        SLACK.member(other, stranger, "Stan Ranger", "Europe/London");
        command(other, stranger, "list");
        String globex = visible(command(team, am, "list"));
        assertThat(globex).contains("Globex");
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        String clientId = buttonValue(JsonParser.parseString(digestsTo(am).get(0).params().get("blocks")).getAsJsonArray(),
                "client_qbr_brief");
        SLACK.reset();
        var click = slack().buttonClick(other, stranger, "client_qbr_brief", clientId, SLACK.responseUrl("steal"));
        assertThat(click.statusCode()).isEqualTo(200);
        var held = slack().buttonClick(other, stranger, "client_qbr_held", clientId, SLACK.responseUrl("steal2"));
        assertThat(held.statusCode()).isEqualTo(200);
        DeliveredQueue.deliverEverything(context, clock, other);
        assertThat(briefsTo(stranger)).isEmpty();
        assertThat(chartsTo(stranger)).isEmpty();
        // what the stranger was told, where they clicked: the client is not theirs to see
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("response_url").size() >= 2);
        List<String> answers = SLACK.calls("response_url").stream().filter(c -> c.params().get("path").contains("steal"))
                .map(FakeSlackWebApi.Call::body).toList();
        assertThat(answers).hasSize(2).allSatisfy(a -> assertThat(a).contains("no longer exists").doesNotContain("Globex"));
        assertThat(SLACK.calls("chat.postMessage").stream().filter(c -> c.params().get("channel").contains(stranger)))
                .isEmpty();
        assertThat(visible(command(team, am, "qbr globex"))).contains("due 2026-12-03");
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
