package dev.liaison.client.slack;

import com.google.gson.JsonObject;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the card path caches (people, workspace settings, open opportunities and goals per workspace)
 * never shows a stale card: every test first shows the card (so the cache is warm), changes one thing,
 * and expects the very next command to show it.
 */
class CardFreshnessE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "America/New_York")
                .member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        command(team, "UAM1", "add Acme Corp hours 40");
        command(team, "UAM1", "opp Acme Corp Website redesign $12,000 close Dec 20");
        command(team, "UAM1", "goal Acme Corp Launch the EU store");
    }

    private String card(String userId) {
        return visible(command(team, userId, "status Acme Corp"));
    }

    @Test
    void anOpportunityWonOrAddedShowsOnTheNextCard() {
        assertThat(card("UAM1")).contains("Website redesign");
        command(team, "UAM1", "opp O-1 won");
        assertThat(card("UAM1")).doesNotContain("Website redesign");
        command(team, "UAM1", "opp Acme Corp Retainer uplift $5,000");
        assertThat(card("UAM1")).contains("Retainer uplift");
        command(team, "UAM1", "opp O-2 title Bigger retainer");
        assertThat(card("UAM1")).contains("Bigger retainer").doesNotContain("Retainer uplift");
    }

    @Test
    void aGoalDoneOrAddedShowsOnTheNextCard() {
        assertThat(card("UAM1")).contains("`G-1` Launch the EU store");
        command(team, "UAM1", "goal G-1 done");
        assertThat(card("UAM1")).doesNotContain("G-1");
        command(team, "UAM1", "goal Acme Corp Double the retainer");
        assertThat(card("UAM1")).contains("`G-2` Double the retainer");
    }

    @Test
    void theWorkspacesNewCurrencyShowsOnTheNextCard() {
        assertThat(card("UAM1")).contains("$1,200");
        slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config currency EUR", SLACK.responseUrl("c"));
        assertThat(card("UAM1")).contains("€1,200").doesNotContain("$1,200");
    }

    @Test
    void aNewTeamLeadMayHandTheClientOverOnTheNextCommandAndTheCardShowsTheNewOwner() {
        assertThat(card("UAM2")).contains("<@UAM1>");
        assertThat(visible(command(team, "UAM2", "set Acme Corp owner <@UAM2>"))).contains("Only Acme Corp's owner");
        headSetsTeam(team, "UAM2", "UAM1");
        assertThat(visible(command(team, "UAM2", "set Acme Corp owner <@UAM2>"))).contains(":white_check_mark:");
        assertThat(card("UAM2")).contains("<@UAM2>");
    }

    @Test
    void someoneWhoBecameAGuestIsRefusedOnTheirNextCommand() {
        // a team set after everyone was first seen: UAM2 is then cached as the database has them
        headSetsTeam(team, "UAM1", "UAM2");
        assertThat(card("UAM2")).contains("Acme Corp");
        JsonObject event = Fixtures.json("slack/docs_api_slack_com_user_change.json").getAsJsonObject().deepCopy();
        JsonObject user = event.getAsJsonObject("user");
        user.addProperty("id", "UAM2");
        user.addProperty("team_id", team);
        user.addProperty("is_restricted", true);
        assertThat(slack().event(team, "Ev0CARDGUEST", event, null).statusCode()).isEqualTo(200);
        assertThat(visible(command(team, "UAM2", "status Acme Corp"))).contains("guest accounts can't use it")
                .doesNotContain("Website redesign");
    }
}
