package dev.liaison.digest.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly report end to end: leads in Auckland, London and Los Angeles each get theirs once, on
 * their own Monday after 08:00, as a chart uploaded to their DM and a message through the queue;
 * and /client report answers at once with a CSV of the team's clients.
 */
class WeeklyReportE2eTest extends LiaisonE2eTest {

    @Autowired
    WeeklyReportService reports;

    @Autowired
    ApplicationContext context;

    String team;
    String akl;
    String lon;
    String lax;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        team = newTeam();
        String sfx = team.substring(1, 7);
        akl = "ULAKL" + sfx;
        lon = "ULLON" + sfx;
        lax = "ULLAX" + sfx;
        SLACK.member(team, "UHEAD1", "Hana Head", "Europe/London").member(team, akl, "Aroha Lead", "Pacific/Auckland").member(team, lon, "Lorna Lead", "Europe/London")
                .member(team, lax, "Luis Lead", "America/Los_Angeles");
        for (String lead : List.of(akl, lon, lax)) {
            String am = "UAM" + lead.substring(3);
            SLACK.member(team, am, "Am Of " + lead, "Europe/Paris");
            command(team, lead, "list mine");
            slack().command(team, "UHEAD1", "/liaison", "team <@" + lead + "|l> <@" + am + "|a>", SLACK.responseUrl("t"));
            command(team, am, "add \"Renewing " + lead + "\" renewal +30d hours 10");
            command(team, am, "log renewing " + lead.toLowerCase() + " call negative 11h Escalated about the invoice");
            command(team, am, "add \"Quiet " + lead + "\"");
        }
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private List<FakeSlackWebApi.Call> completedUploadsTo(String lead) {
        return SLACK.calls("files.completeUploadExternal").stream()
                .filter(c -> ("D" + lead).equals(c.params().get("channel_id"))).toList();
    }

    private List<FakeSlackWebApi.Call> reportsTo(String lead) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> lead.equals(c.params().get("channel"))
                && c.params().getOrDefault("text", "").startsWith("Weekly account report")).toList();
    }

    private void runAt(String instant) {
        clock.set(Instant.parse(instant));
        reports.runDue();
    }

    @Test
    void eachLeadGetsOneReportOnTheirOwnMondayMorning() throws Exception {
        SLACK.reset();
        runAt("2026-11-22T18:59:00Z"); // Auckland 07:59 Monday; London and Los Angeles still Sunday
        assertThat(completedUploadsTo(akl)).isEmpty();

        runAt("2026-11-22T19:01:00Z"); // Auckland 08:01 Monday
        await().atMost(Duration.ofSeconds(10)).until(() -> reportsTo(akl).size() == 1);
        assertThat(completedUploadsTo(akl)).hasSize(1);
        assertThat(completedUploadsTo(lon)).isEmpty();
        assertThat(completedUploadsTo(lax)).isEmpty();

        runAt("2026-11-23T08:01:00Z"); // London 08:01 Monday
        await().atMost(Duration.ofSeconds(10)).until(() -> reportsTo(lon).size() == 1);
        assertThat(completedUploadsTo(lax)).isEmpty();

        runAt("2026-11-23T16:01:00Z"); // Los Angeles 08:01 Monday
        await().atMost(Duration.ofSeconds(10)).until(() -> reportsTo(lax).size() == 1);

        runAt("2026-11-24T12:00:00Z"); // later that week: nothing more (counted once the queue is delivered)
        DeliveredQueue.deliverEverything(context, clock, team);
        for (String lead : List.of(akl, lon, lax)) {
            assertThat(completedUploadsTo(lead)).as("charts for %s", lead).hasSize(1);
            assertThat(reportsTo(lead)).as("reports for %s", lead).hasSize(1);
            String fileId = JsonParser.parseString(completedUploadsTo(lead).get(0).params().get("files"))
                    .getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString();
            BufferedImage chart = ImageIO.read(new ByteArrayInputStream(SLACK.uploaded(fileId)));
            assertThat(chart.getWidth()).isEqualTo(ReportChart.WIDTH);
            String blocks = reportsTo(lead).get(0).params().get("blocks");
            assertThat(blocks).contains("Weekly account report", "2026-W48", "Touches this week", "Renewals in the next 60 days",
                    "Over 90 % of budget hours");
        }
        assertThat(SLACK.calls("files.getUploadURLExternal")).anyMatch(c -> c.params().get("filename").equals("weekly-report-2026-W48.png")
                && c.params().get("alt_txt").startsWith("Week 2026-W48"));

        // the next Monday, the next week's report, with last week's snapshot to compare
        runAt("2026-11-30T08:05:00Z");
        await().atMost(Duration.ofSeconds(10)).until(() -> reportsTo(lon).size() == 2);
        assertThat(JsonParser.parseString(reportsTo(lon).get(1).params().get("blocks")).toString()).contains("2026-W49", "(=)");
    }

    @Test
    void clientReportAnswersNowWithACsvOfTheTeamsClients() {
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        String am = "UAM" + lon.substring(3);
        // what people typed, and a Slack name, that a spreadsheet would run as formulas
        String plus = "UPLUS" + lon.substring(3);
        SLACK.member(team, plus, "@SUM(9) Plus", "Europe/London");
        slack().command(team, "UHEAD1", "/liaison", "team <@" + lon + "|l> <@" + plus + "|p>", SLACK.responseUrl("t"));
        command(team, plus, "add \"=HYPERLINK(1) Co\"");
        command(team, am, "add \"-2+3 Co\"");
        SLACK.reset();
        assertThat(visible(command(team, lon, "report"))).contains("Weekly account report", "Renewing " + lon);
        await().atMost(Duration.ofSeconds(10)).until(() -> completedUploadsTo(lon).size() == 2);
        String fileId = JsonParser.parseString(completedUploadsTo(lon).get(1).params().get("files"))
                .getAsJsonArray().get(0).getAsJsonObject().get("id").getAsString();
        String csv = new String(SLACK.uploaded(fileId), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("name,owner,backup,tier,retainer_per_month,health,band,top_driver,"
                + "last_touch (Europe/London),days_since_last_touch,due,renewal,budget_used_hours,budget_hours")
                .contains("Renewing " + lon, "Quiet " + lon, "Am Of " + lon, "11.0,10.0").doesNotContain("Renewing " + akl);
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line).startsWith("'=HYPERLINK(1) Co,'@SUM(9) Plus,"))
                .anySatisfy(line -> assertThat(line).startsWith("'-2+3 Co,Am Of " + lon + ","))
                .noneSatisfy(line -> assertThat(line).matches("(^|.*,)[=+@-].*"));

        assertThat(visible(command(team, am, "report"))).as("an AM sees their lead's team").contains("Renewing " + lon);
        assertThat(visible(command(team, am, "report <@" + akl + "|a>"))).contains("your own team's report");
        assertThat(visible(command(team, lon, "report nonsense"))).contains("`/client report` takes");
    }

    private List<FakeSlackWebApi.Call> agencyReportsTo(String head) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> head.equals(c.params().get("channel"))
                && c.params().getOrDefault("text", "").startsWith("Weekly agency report")
                // UHEAD1 is the head in every test's workspace: this test's agency is the one with its leads
                && c.params().getOrDefault("blocks", "").contains(akl)).toList();
    }

    @Test
    void theHeadGetsTheAgencyTeamByTeamAndEveryoneSeesWhatMovedIntoAtRiskAndWhy() {
        String head = "UHEAD1";
        String solo = "USOLO" + team.substring(1, 7);
        String am = "UAM" + lon.substring(3);
        SLACK.member(team, head, "Hana Head", "Europe/London").member(team, solo, "Sol Solo", "Europe/London");
        command(team, solo, "add \"Solo Client\"");
        slack().command(team, head, "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        SLACK.reset();

        runAt("2026-11-23T08:01:00Z"); // London 08:01 Monday
        await().atMost(Duration.ofSeconds(10)).until(() -> agencyReportsTo(head).size() == 1);
        String first = agencyReportsTo(head).get(0).params().get("blocks");
        assertThat(first).as("every team, as its lead sees it, and the AM with no lead")
                .contains("Weekly agency report", "Team of <@" + akl + ">", "Team of <@" + lon + ">",
                        "Team of <@" + lax + ">", "*No lead* (<@" + solo + ">) · 1 client", "*Clients*\\n7")
                .doesNotContain("0 of 0");
        assertThat(JsonParser.parseString(first).getAsJsonArray().size()).isLessThanOrEqualTo(50);
        assertThat(SLACK.calls("files.getUploadURLExternal")).as("the agency's chart, in the head's DM")
                .anyMatch(c -> c.params().get("filename").equals("weekly-report-2026-W48.png")
                        && c.params().get("alt_txt").contains("of 7 clients"));
        assertThat(reportsTo(head)).as("no lead's report for a head who leads no one").isEmpty();

        // during the week Quiet goes from healthy to at risk: two P1s open on it
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        for (String summary : List.of("Site down", "Checkout broken")) {
            assertThat(visible(JsonParser.parseString(slack().command(team, am, "/escalate", "quiet " + lon.toLowerCase()
                    + " p1 " + summary, SLACK.responseUrl("e")).body()).getAsJsonObject())).contains("Opened P1 escalation");
            String opened = "E-" + (summary.equals("Site down") ? 1 : 2) + " opened";
            // the P1's DMs are out before the clock moves on, as they would be a second later
            await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("chat.postMessage").stream()
                    .anyMatch(c -> lon.equals(c.params().get("channel")) && c.params().getOrDefault("text", "").contains(opened)));
            clock.advance(Duration.ofSeconds(3));
        }
        runAt("2026-11-30T08:05:00Z");
        await().atMost(Duration.ofSeconds(10)).until(() -> reportsTo(lon).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> agencyReportsTo(head).size() == 2);
        String lead = reportsTo(lon).get(1).params().get("blocks");
        assertThat(lead).as("the lead's report names the client that moved and why")
                .contains("Moved into at risk (1)", "• *Quiet " + lon + "* · 22 · 2 open p1 escalations");
        String agency = agencyReportsTo(head).get(1).params().get("blocks");
        assertThat(agency).contains("Moved into at risk:\\n• *Quiet " + lon + "* · 22 · 2 open p1 escalations", "escalations opened 2, still open 2");

        String now = visible(command(team, head, "report"));
        assertThat(now).as("/client report by a head").contains("Weekly agency report", "Team of", "No lead", "Quiet " + lon);
        await().atMost(Duration.ofSeconds(10)).until(() -> completedUploadsTo(head).stream()
                .map(c -> JsonParser.parseString(c.params().get("files")).getAsJsonArray().get(0).getAsJsonObject()
                        .get("id").getAsString())
                .map(id -> new String(SLACK.uploaded(id), StandardCharsets.UTF_8))
                .anyMatch(csv -> csv.contains("Renewing " + akl) && csv.contains("Quiet " + lax) && csv.contains("Solo Client")));
    }
}
