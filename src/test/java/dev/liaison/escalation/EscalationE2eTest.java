package dev.liaison.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.slack.outbox.OutboxSender;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import dev.liaison.support.SignedSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Escalations end to end: open, acknowledge, climb the ladder on deadlines, resolve with a note. */
class EscalationE2eTest extends LiaisonE2eTest {

    /** A Friday afternoon in London. */
    static final Instant FRIDAY_4PM = Instant.parse("2026-11-27T16:00:00Z");

    @Autowired
    EscalationService escalations;
    @Autowired
    ApplicationContext escalationContext;



    String team;
    String owner;
    String lead;

    @BeforeEach
    void agency() {
        clock.set(FRIDAY_4PM);
        team = newTeam();
        String sfx = team.substring(1, 6);
        owner = "UOWN" + sfx;
        lead = "ULED" + sfx;
        SLACK.member(team, owner, "Olive Owner", "Europe/London").member(team, lead, "Leo Lead", "Europe/London")
                .member(team, "UHEAD1", "Hana Head", "Europe/London").member(team, "UNOSY" + sfx, "Nosy Parker", "UTC");
        // a head of accounts names the lead (nobody appoints themself)
        slack().command(team, "UHEAD1", "/liaison", "team <@" + lead + "> <@" + owner + ">", SLACK.responseUrl("t"));
        slack().command(team, "UHEAD1", "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        slack().command(team, "UHEAD1", "/liaison", "config working-hours 09:00-18:00 mon-fri", SLACK.responseUrl("c"));
        command(team, owner, "add \"Globex " + sfx + "\"");
        SLACK.reset();
    }

    @AfterEach
    void restore() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private List<FakeSlackWebApi.Call> posts(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    private String open(String text) {
        var response = slack().command(team, owner, "/escalate", text, SLACK.responseUrl("e"));
        assertThat(response.statusCode()).isEqualTo(200);
        // the parent is posted after the ack
        await().atMost(Duration.ofSeconds(10)).until(() -> only().parentTs() != null);
        return JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString();
    }

    private Escalation only() {
        return escalations.get(team, team + ":E-1");
    }

    @Test
    void openAcknowledgeResolveRestoresHealth() {
        String sfx = team.substring(1, 6);
        assertThat(open("globex " + sfx + " p2 Invoices sent twice")).contains("Opened P2 escalation E-1", "<#C0ESCAL>");
        List<FakeSlackWebApi.Call> parent = posts("C0ESCAL");
        assertThat(parent).hasSize(1);
        assertThat(parent.get(0).params().get("blocks")).contains("E-1", "Invoices sent twice", "escalation_ack", "date^", "{date_short_pretty} {time}");
        assertThat(visible(command(team, owner, "status globex " + sfx))).contains("Open escalations* (1)", "p2",
                "*85* healthy — 1 open p2 escalation");

        // someone else may not acknowledge it
        slack().buttonClick(team, "UNOSY" + sfx, "escalation_ack", only().id(), SLACK.responseUrl("nosy"));
        assertThat(only().state()).isEqualTo(Escalation.State.OPEN);

        slack().buttonClick(team, owner, "escalation_ack", only().id(), SLACK.responseUrl("ack"));
        assertThat(only().state()).isEqualTo(Escalation.State.ACKNOWLEDGED);
        assertThat(SLACK.calls("chat.update")).isNotEmpty();
        // (one message a second in a channel: the reply is paced behind the parent)
        await().atMost(Duration.ofSeconds(10)).until(() -> clock.advanceThen(Duration.ofMillis(500)) && posts("C0ESCAL").stream()
                .anyMatch(c -> c.params().get("text").contains("Acknowledged by")
                        && parent.get(0).params().get("channel").equals(c.params().get("channel"))
                        && c.params().get("thread_ts") != null));

        var response = slack().viewSubmission(team, owner, "escalation_resolve_view", only().id(),
                Map.of("note", typed("Refunded the duplicate invoices and called their CFO")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(only().state()).isEqualTo(Escalation.State.RESOLVED);
        String card = visible(command(team, owner, "status globex " + sfx));
        assertThat(card).doesNotContain("Open escalations", "open p2 escalation").contains("Escalation E-1 resolved: Refunded",
                ":large_green_circle: *100* healthy");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMillis(500));
            return posts("C0ESCAL").stream().anyMatch(c -> only().parentTs().equals(c.params().get("thread_ts"))
                    && c.params().get("text").contains("Refunded the duplicate invoices"));
        });
    }

    @Test
    void aP2ClimbsOncePerDeadlineInWorkingHoursOverTheWeekend() {
        String sfx = team.substring(1, 6);
        open("globex " + sfx + " p2 Campaign paused by mistake");
        Escalation opened = only();
        // opened Friday 16:00: 2 working hours are Friday 16:00-18:00
        assertThat(opened.acknowledgeBy()).isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
        // (the timer runs over every workspace in the shared database: assert on this escalation)
        clock.set(Instant.parse("2026-11-27T17:59:00Z"));
        escalations.climbDue();
        assertThat(only().rung()).isZero();
        clock.set(Instant.parse("2026-11-28T12:00:00Z"));
        escalations.climbDue();
        escalations.climbDue();
        assertThat(only().rung()).as("climbed once").isEqualTo(1);
        assertThat(only().rungUsers()).containsExactly(lead);
        // the next acknowledge window counts from Saturday's climb: 2 working hours on Monday
        assertThat(only().nextDeadline()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> posts(lead).size() == 1
                && posts("C0ESCAL").stream().anyMatch(c -> c.params().get("text").contains("now with the team lead")));

        clock.set(Instant.parse("2026-11-30T11:00:00Z"));
        escalations.climbDue();
        assertThat(only().rung()).isEqualTo(2);
        assertThat(only().rungUsers()).containsExactly("UHEAD1");
        // UHEAD1 is an admin of every test workspace: look for this escalation's DM
        await().atMost(Duration.ofSeconds(10)).until(() -> posts("UHEAD1").stream()
                .anyMatch(c -> c.params().get("text").contains("Globex " + sfx)));
    }

    @Test
    void aP1CountsAroundTheClockAndEscalateNowClimbsAtOnce() {
        String sfx = team.substring(1, 6);
        open("globex " + sfx + " p1 Site down");
        assertThat(only().acknowledgeBy()).isEqualTo(FRIDAY_4PM.plus(Duration.ofMinutes(15)));
        assertThat(only().resolveBy()).isEqualTo(FRIDAY_4PM.plus(Duration.ofHours(4)));
        slack().buttonClick(team, owner, "escalation_now", only().id(), SLACK.responseUrl("now"));
        assertThat(only().rungUsers()).containsExactly(lead);
        clock.set(FRIDAY_4PM.plus(Duration.ofMinutes(31)));
        escalations.climbDue();
        assertThat(only().rungUsers()).containsExactly("UHEAD1");
    }

    @Test
    void aP1AcknowledgedButNotResolvedClimbsAtItsResolveDeadlineOnceWithAThreadReply() {
        String sfx = team.substring(1, 6);
        open("globex " + sfx + " p1 Checkout broken");
        clock.set(FRIDAY_4PM.plus(Duration.ofMinutes(5)));
        slack().buttonClick(team, owner, "escalation_ack", only().id(), SLACK.responseUrl("ack"));
        assertThat(only().nextDeadline()).isEqualTo(FRIDAY_4PM.plus(Duration.ofHours(4)));
        clock.set(FRIDAY_4PM.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(59)));
        escalations.climbDue();
        assertThat(only().rung()).isZero();
        clock.set(FRIDAY_4PM.plus(Duration.ofHours(4)));
        escalations.climbDue();
        escalations.climbDue();
        assertThat(only().rung()).isEqualTo(1);
        assertThat(only().rungUsers()).containsExactly(lead);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMillis(500));
            return posts("C0ESCAL").stream()
                .filter(c -> only().parentTs().equals(c.params().get("thread_ts")))
                .filter(c -> c.params().get("text").contains("Not resolved in time")).count() == 1
                && posts(lead).stream().anyMatch(c -> c.params().get("text").contains("Globex " + sfx));
        });
    }

    @Test
    void aRungWithNobodyInItIsSkippedAndTheThreadSaysSo() {
        String sfx = team.substring(1, 6);
        String loner = "ULONE" + sfx;
        SLACK.member(team, loner, "Lone Wolf", "Europe/London");
        command(team, loner, "add \"Solo " + sfx + "\"");
        slack().command(team, loner, "/escalate", "solo " + sfx + " p1 Outage", SLACK.responseUrl("e"));
        clock.set(FRIDAY_4PM.plus(Duration.ofMinutes(16)));
        escalations.climbDue();
        assertThat(only().rungUsers()).containsExactly("UHEAD1");
        await().atMost(Duration.ofSeconds(10)).until(() -> clock.advanceThen(Duration.ofMillis(500)) && posts("C0ESCAL").stream()
                .anyMatch(c -> c.params().get("text").contains("Nobody is set as team lead")));
    }

    @Test
    void fromTheCardsButtonWithATimelineAPermalinkAndReopen() {
        String sfx = team.substring(1, 6);
        var card = command(team, owner, "status globex " + sfx);
        String clientId = card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
        assertThat(card.toString()).contains("client_escalate");
        slack().buttonClick(team, owner, "client_escalate", clientId, SLACK.responseUrl("esc"));
        assertThat(SLACK.calls("views.open").get(0).params().get("view")).contains("escalation_open_view", "p1");
        var opened = slack().viewSubmission(team, owner, "escalation_open_view", clientId, Map.of(
                "severity", SignedSlack.selected("p3"), "summary", typed("Reports are late again")));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(only().severity()).isEqualTo(Severity.P3);
        await().atMost(Duration.ofSeconds(10)).until(() -> only().permalink() != null);
        assertThat(only().permalink()).startsWith("https://");
        assertThat(visible(command(team, owner, "status globex " + sfx))).contains("p3 — Reports are late again", "|thread>");

        // a reply in the thread joins the timeline
        JsonObject reply = new JsonObject();
        reply.addProperty("type", "message");
        reply.addProperty("channel", "C0ESCAL");
        reply.addProperty("user", lead);
        reply.addProperty("text", "Called them, fix by Monday");
        reply.addProperty("ts", "1764259300.000200");
        reply.addProperty("thread_ts", only().parentTs());
        reply.addProperty("channel_type", "channel");
        assertThat(slack().event(team, "EvTHREAD" + team, reply, null).statusCode()).isEqualTo(200);
        assertThat(only().timeline()).extracting(Escalation.TimelineEntry::text).containsExactly("Called them, fix by Monday");

        slack().viewSubmission(team, owner, "escalation_resolve_view", only().id(), Map.of("note", typed("Sent the reports")));
        assertThat(only().state()).isEqualTo(Escalation.State.RESOLVED);
        clock.advance(Duration.ofSeconds(3));
        slack().buttonClick(team, lead, "escalation_reopen", only().id(), SLACK.responseUrl("reopen"));
        assertThat(only().state()).isEqualTo(Escalation.State.OPEN);
        assertThat(only().rungUsers()).containsExactly(owner);
        assertThat(visible(command(team, owner, "status globex " + sfx))).contains("Open escalations* (1)");
    }

    @Test
    void anEscalationOpenedWhileSlackIsDownIsPostedByTheTimerOnceSlackIsBack() {
        String sfx = team.substring(1, 6);
        SLACK.setDown(true);
        try {
            var response = slack().command(team, owner, "/escalate", "globex " + sfx + " p2 Feed broken", SLACK.responseUrl("e"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Opened P2 escalation E-1");
            // the queue tries now, with Slack down: the parent (if queued yet) waits in the queue, nothing is recorded
            escalationContext.getBean(OutboxSender.class).deliverDue();
            OutboxMessage queued = escalationContext.getBean(Outbox.class)
                    .find("escalation:" + only().id() + ":parent");
            assertThat(queued == null || queued.status() == OutboxMessage.Status.PENDING)
                    .as("the parent is not sent while Slack is down").isTrue();
            assertThat(only().parentTs()).isNull();
        } finally {
            SLACK.setDown(false);
        }
        // the delivery queue retries with back-off and the timer keeps asking; one parent comes of it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            clock.advance(Duration.ofSeconds(10));
            escalations.climbDue();
            return only().parentTs() != null;
        });
        escalations.climbDue();
        assertThat(SLACK.posted("C0ESCAL").stream().filter(m -> !m.has("thread_ts")
                        && m.get("text").getAsString().contains("Globex " + sfx)).toList())
                .as("posted once Slack is back").hasSize(1);
    }

    /** Far past the Web API client's 2.5 s read timeout (SlackConfiguration), with room for a loaded machine. */
    static final long LONG_PAST_TIMEOUT_MS = 8_000;

    @Test
    void aParentSlackAnswersAfterTheReadTimeoutIsPostedOnceWhileTheTimerRuns() {
        String sfx = team.substring(1, 6);
        // Slack posts the parent at once but answers long after Liaison stopped waiting
        SLACK.slowNext("chat.postMessage", LONG_PAST_TIMEOUT_MS, 1);
        var response = slack().command(team, owner, "/escalate", "globex " + sfx + " p2 Invoices sent twice",
                SLACK.responseUrl("e"));
        assertThat(response.body()).contains("Opened P2 escalation E-1");

        // the timers job keeps running meanwhile, as it does every minute
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            clock.advance(Duration.ofSeconds(5));
            escalations.climbDue();
            return only().parentTs() != null && SLACK.posted(owner).size() == 1;
        });
        // and after the slow answer has come back
        long firstPost = SLACK.calls("chat.postMessage").get(0).atMillis();
        await().atMost(Duration.ofSeconds(20)).until(() -> System.currentTimeMillis() - firstPost
                > LONG_PAST_TIMEOUT_MS + 500);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(40));
            escalations.climbDue();
        }

        // (the escalation channel is shared by this class's workspaces)
        List<JsonObject> parents = SLACK.posted("C0ESCAL").stream()
                .filter(m -> !m.has("thread_ts") && m.get("text").getAsString().contains("Globex " + sfx)).toList();
        assertThat(parents).as("parents in the escalation channel").hasSize(1);
        String ts = parents.get(0).get("ts").getAsString();
        assertThat(only().parentTs()).isEqualTo(ts);
        assertThat(only().permalink()).endsWith("/p" + ts.replace(".", ""));
        assertThat(SLACK.posted(owner)).as("the rung's DM").hasSize(1);
        assertThat(visible(command(team, owner, "status globex " + sfx))).contains(only().permalink());
    }

    @Test
    void withoutAnEscalationChannelTheAnswerSaysHowToSetOne() {
        String other = newTeam();
        SLACK.member(other, "UOTHER", "Otto", "UTC");
        command(other, "UOTHER", "add Initrode");
        var response = slack().command(other, "UOTHER", "/escalate", "initrode p3 Slow replies", SLACK.responseUrl("x"));
        assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString())
                .contains("/liaison config escalation-channel");
    }
}
