package dev.liaison.client.slack;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opportunities through signed /client commands: ids per workspace, stages moving the weighted
 * pipeline, the workspace's currency, escaping of what people type and a long list within Slack's limits.
 */
class OpportunitiesE2eTest extends LiaisonE2eTest {

    String team;
    String am;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        team = newTeam();
        am = "UOAM" + team.substring(1, 6);
        SLACK.member(team, am, "Ana Lima", "Europe/London");
        command(team, am, "add \"Kauri Co\" tier enterprise");
    }

    @Test
    void anOpportunityMovesFromLeadToProposalToWonAndThePipelineFollows() {
        String added = visible(command(team, am, "opp kauri co Website redesign $10,000 close Dec 20"));
        assertThat(added).contains("`O-1` *Website redesign*", "Kauri Co", "$10,000", "lead (10 %)");
        assertThat(visible(command(team, am, "opps"))).contains("Your pipeline (1)", "Weighted pipeline *$1,000* of $10,000 open");

        assertThat(visible(command(team, am, "opp O-1 stage proposal"))).contains("proposal (40 %)");
        assertThat(visible(command(team, am, "opps mine"))).contains("Weighted pipeline *$4,000* of $10,000 open",
                "proposal 1 ($4,000)");

        assertThat(visible(command(team, am, "opp o1 won"))).contains("won");
        assertThat(visible(command(team, am, "opps"))).contains("Your pipeline (0)", "No open opportunities");
        assertThat(visible(command(team, am, "status kauri co"))).doesNotContain("Open opportunities", "Website redesign");
    }

    @Test
    void changesTheCloseDateAmountAndTitleAndAnswersBadInputClearly() {
        command(team, am, "opp kauri co App build 20k stage negotiation");
        assertThat(visible(command(team, am, "opp O-1 amount 30k close 2027-01-15"))).contains("$30,000", "negotiation (70 %)",
                "closes");
        assertThat(visible(command(team, am, "opp O-1 title Mobile app build"))).contains("*Mobile app build*");
        assertThat(visible(command(team, am, "opp O-1 stage maybe"))).contains("`stage` is one of");
        assertThat(visible(command(team, am, "opp O-1 colour red"))).contains("I can't change `colour`");
        assertThat(visible(command(team, am, "opp O-99 won"))).contains("There is no opportunity O-99 in this workspace");
        assertThat(visible(command(team, am, "opp kauri co 12k"))).contains("What is the opportunity?");
        assertThat(visible(command(team, am, "opp"))).contains("Which client?");
        assertThat(visible(command(team, am, "opps nobody known"))).contains("No client matches");
        assertThat(visible(command(team, am, "help"))).contains("/client opp &lt;client&gt; &lt;title&gt;", "/client goal G-3 done");
    }

    @Test
    void anotherWorkspacesOpportunityIsNotReachable() {
        command(team, am, "opp kauri co Website redesign 10k");
        String other = newTeam();
        String stranger = "UOTH" + other.substring(1, 6);
        SLACK.member(other, stranger, "Sam Other", "Europe/London");
        assertThat(visible(command(other, stranger, "opp O-1 stage won"))).contains("There is no opportunity O-1 in this workspace");
        assertThat(visible(command(other, stranger, "opps all"))).contains("(0)").doesNotContain("`O-1`");
        assertThat(visible(command(team, am, "opps"))).contains("lead (10 %)");
    }

    @Test
    void whatPeopleTypeIsEscaped() {
        String answer = visible(command(team, am, "opp kauri co <!channel> & <@U123> deal 5k"));
        assertThat(answer).contains("&lt;!channel&gt; &amp; &lt;@U123&gt; deal").doesNotContain("<!channel>");
        assertThat(visible(command(team, am, "opps all"))).doesNotContain("<!channel>", "<@U123>");
    }

    @Test
    void theWorkspacesCurrencyShowsOnEveryAmount() {
        HttpResponse<String> refused = slack().command(team, am, "/liaison", "config currency EUR", SLACK.responseUrl("c"));
        assertThat(refused.body()).contains("Only a head of accounts");
        SLACK.member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        assertThat(slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config currency XYZ", SLACK.responseUrl("c")).body())
                .contains("not an ISO 4217 currency code");
        assertThat(slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config currency eur", SLACK.responseUrl("c")).body())
                .contains("now shown in EUR", "€12,500");
        command(team, am, "opp kauri co Retainer uplift 12,500 stage proposal");
        assertThat(visible(command(team, am, "opps"))).contains("€12,500", "Weighted pipeline *€5,000*");
        assertThat(visible(command(team, am, "status kauri co"))).contains("weighted €5,000");
    }

    @Test
    void aHundredOpportunitiesStayWithinAMessage() {
        for (int i = 1; i <= 100; i++) {
            command(team, am, "opp kauri co Opportunity number " + "x".repeat(100) + i + " " + i + "k");
        }
        JsonObject list = command(team, am, "opps");
        assertThat(list.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(visible(list)).contains("Your pipeline (100)", "more opportunities");
        JsonObject card = command(team, am, "status kauri co");
        assertThat(card.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(visible(card)).contains("Open opportunities* (100)", "…and 95 more");
    }

    @Test
    void goalsMakeTheAccountPlanOnTheCardUntilDoneOrDropped() {
        assertThat(visible(command(team, am, "goal kauri co Launch the EU store <!here> by 2027-03-31")))
                .contains("Goal `G-1`", "Launch the EU store &lt;!here&gt;", "Close it with `/client goal G-1 done`");
        command(team, am, "goal kauri co Double the retainer");
        String card = visible(command(team, am, "status kauri co"));
        assertThat(card).contains("*Account plan* (2 open)", "`G-1` Launch the EU store &lt;!here&gt; · by", "`G-2` Double the retainer");

        assertThat(visible(command(team, am, "goal G-1 done"))).contains("is done");
        assertThat(visible(command(team, am, "status kauri co"))).contains("*Account plan* (1 open)").doesNotContain("G-1");
        assertThat(visible(command(team, am, "goals kauri co"))).contains("Account plan of Kauri Co", "`G-1`", "_done_", "`G-2`");

        String other = newTeam();
        String stranger = "UOTG" + other.substring(1, 6);
        SLACK.member(other, stranger, "Sam Other", "Europe/London");
        assertThat(visible(command(other, stranger, "goal G-2 dropped"))).contains("There is no goal G-2 in this workspace");
        assertThat(visible(command(team, am, "status kauri co"))).contains("`G-2` Double the retainer");
    }

    static JsonObject json(String body) {
        return JsonParser.parseString(body).getAsJsonObject();
    }
}
