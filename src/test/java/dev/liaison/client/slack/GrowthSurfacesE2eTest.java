package dev.liaison.client.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.growth.GrowthActions;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where opportunities show, through signed requests: the add/edit form from the card, the owner's
 * digest while a close date has passed, the weekly report's pipeline with won this week, App Home.
 */
class GrowthSurfacesE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    ApplicationContext context;

    String team;
    String am;
    String lead;
    String clientId;

    @BeforeEach
    void agency() {
        clock.set(MONDAY_10Z);
        team = newTeam();
        am = "UGAM" + team.substring(1, 6);
        lead = "UGLD" + team.substring(1, 6);
        // 15:30 in Kolkata: the digest is due
        SLACK.member(team, am, "Kavya Rao", "Asia/Kolkata").member(team, lead, "Leo Park", "Asia/Kolkata");
        headSetsTeam(team, lead, am);
        command(team, am, "add \"Mumbai Media\"");
        JsonObject card = command(team, am, "status mumbai media");
        clientId = card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(MONDAY_10Z);
    }

    @Test
    void theFormAddsAndEditsAnOpportunityAndRefusesBadFieldsOneByOne() {
        slack().buttonClick(team, am, GrowthActions.ADD_OPPORTUNITY, clientId, SLACK.responseUrl("x"));
        JsonObject view = JsonParser.parseString(SLACK.calls("views.open").get(0).params().get("view")).getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo(GrowthActions.OPPORTUNITY_FORM);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("add:" + clientId);
        assertThat(view.toString()).contains("Mumbai Media", "negotiation (70 %)");

        var refused = slack().viewSubmission(team, am, GrowthActions.OPPORTUNITY_FORM, "add:" + clientId, Map.of(
                "title", typed("  "), "amount", typed("lots"), "stage", selected("PROPOSAL")));
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder("title", "amount");
        assertThat(visible(command(team, am, "opps"))).contains("Your pipeline (0)");

        var added = slack().viewSubmission(team, am, GrowthActions.OPPORTUNITY_FORM, "add:" + clientId, Map.of(
                "title", typed("SEO retainer <!here>"), "amount", typed("8k"), "stage", selected("PROPOSAL"),
                "close", date("2026-12-18")));
        assertThat(added.body()).contains("\"response_action\":\"update\"");
        assertThat(visible(JsonParser.parseString(added.body()).getAsJsonObject().getAsJsonObject("view")))
                .contains("O-1", "$8,000", "SEO retainer &lt;!here&gt;");
        assertThat(visible(command(team, am, "opps"))).contains("Weighted pipeline *$3,200* of $8,000 open");

        SLACK.reset();
        slack().buttonClick(team, am, GrowthActions.EDIT_OPPORTUNITY, "O-1", SLACK.responseUrl("x"));
        JsonObject edit = JsonParser.parseString(SLACK.calls("views.open").get(0).params().get("view")).getAsJsonObject();
        assertThat(edit.get("private_metadata").getAsString()).isEqualTo("edit:O-1");
        assertThat(edit.toString()).contains("\"initial_value\":\"SEO retainer <!here>\"", "\"initial_value\":\"8,000\"",
                "\"initial_date\":\"2026-12-18\"");
        var saved = slack().viewSubmission(team, am, GrowthActions.OPPORTUNITY_FORM, "edit:O-1", Map.of(
                "title", typed("SEO retainer"), "amount", typed("10,000"), "stage", selected("NEGOTIATION")));
        assertThat(saved.body()).contains("\"response_action\":\"update\"", "negotiation (70 %)");
        assertThat(visible(command(team, am, "status mumbai media"))).contains("weighted $7,000", "SEO retainer")
                .doesNotContain("closes");
    }

    @Test
    void aPassedCloseDateIsInTheOwnersDigestEveryDayUntilTheDateIsMoved() {
        command(team, am, "opp mumbai media Video series 20k stage proposal close 2026-11-20");
        command(team, am, "opp mumbai media Print ads 5k close 2026-11-19");
        command(team, am, "opp O-2 lost");
        command(team, am, "opp mumbai media Podcast 3k close 2026-12-20");
        SLACK.reset();
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(am).size() == 1);
        String monday = postsTo(am).get(0).params().get("blocks");
        assertThat(monday).contains("Opportunities past their close date* (1)", "`O-1` *Video series*", "$20,000",
                GrowthActions.EDIT_OPPORTUNITY).doesNotContain("Print ads", "Podcast");

        clock.set(MONDAY_10Z.plus(Duration.ofDays(1)));
        digests.runDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(am).size() == 2);
        assertThat(postsTo(am).get(1).params().get("blocks")).contains("`O-1` *Video series*");

        command(team, am, "opp O-1 close 2026-12-15");
        clock.set(MONDAY_10Z.plus(Duration.ofDays(2)));
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(am).size() == 3);
        assertThat(postsTo(am).get(2).params().get("blocks")).doesNotContain("Video series", "past their close date");
    }

    @Test
    void theWeeklyReportShowsTheWeightedPipelineAndWhatWasWonThisWeek() {
        command(team, am, "opp mumbai media Website redesign 10k close 2026-12-20");
        assertThat(visible(command(team, lead, "report"))).contains("weighted $1,000 of $10,000 open (1)",
                "won this week $0 (0)");
        command(team, am, "opp O-1 stage proposal");
        assertThat(visible(command(team, lead, "report"))).contains("weighted $4,000 of $10,000 open (1)");
        command(team, am, "opp O-1 stage won");
        command(team, am, "opp mumbai media Banner ads 2k");
        command(team, am, "opp O-2 lost");
        String report = visible(command(team, lead, "report"));
        assertThat(report).contains("weighted $0 of $0 open (0)", "won this week $10,000 (1)", "lost $2,000 (1)",
                ":tada: won · `O-1` *Website redesign* · Mumbai Media · $10,000");

        // eight days on, the win is no longer this week's
        clock.set(MONDAY_10Z.plus(Duration.ofDays(8)));
        assertThat(visible(command(team, lead, "report"))).contains("won this week $0 (0)").doesNotContain(":tada:");
    }

    @Test
    void appHomeShowsMyPipelineAndALeadsTeamPipeline() {
        command(team, am, "opp mumbai media Website redesign 10k stage negotiation");
        SLACK.reset();
        slack().event(team, "EvHomeAm" + team, homeOpened(am), null);
        slack().event(team, "EvHomeLd" + team, homeOpened(lead), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("views.publish").size() >= 2);
        String amHome = homeOf(am);
        assertThat(amHome).contains("My pipeline (1)", "Weighted pipeline *$7,000* of $10,000 open", "Website redesign")
                .doesNotContain("Your team's pipeline");
        assertThat(homeOf(lead)).contains("My pipeline (0)", "Your team's pipeline (1)", "Weighted pipeline *$7,000*");
    }

    private String homeOf(String userId) {
        return SLACK.calls("views.publish").stream().filter(c -> userId.equals(c.params().get("user_id")))
                .reduce((a, b) -> b).orElseThrow().params().get("view");
    }

    private List<FakeSlackWebApi.Call> postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }

    private static JsonObject homeOpened(String userId) {
        JsonObject inner = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        inner.addProperty("user", userId);
        return inner;
    }
}
