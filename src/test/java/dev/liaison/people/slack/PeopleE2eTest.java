package dev.liaison.people.slack;

import java.time.Duration;


import com.google.gson.JsonObject;
import dev.liaison.people.PeopleService;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** People: read from users.info on first sight, kept current by user_change, processed once per event. */
class PeopleE2eTest extends LiaisonE2eTest {

    @Autowired
    PeopleService people;

    @Test
    void readsAPersonOnceAndNotAgainTheSameDay() {
        String team = newTeam();
        SLACK.member(team, "UP1", "Priya Patel", "Asia/Kolkata");
        command(team, "UP1", "list");
        command(team, "UP1", "list all");
        assertThat(SLACK.calls("users.info").stream().filter(c -> "UP1".equals(c.params().get("user")))).hasSize(1);
        assertThat(people.zoneOf(team, "UP1").getId()).isEqualTo("Asia/Kolkata");
        assertThat(people.find(team, "UP1").orElseThrow().displayName()).isEqualTo("Priya Patel");
    }

    @Test
    void userChangeUpdatesTheTimeZoneOnceEvenWhenSlackRetries() {
        String team = newTeam();
        SLACK.member(team, "U1234567", "Some User", "America/Los_Angeles");
        command(team, "U1234567", "list");
        JsonObject event = Fixtures.json("slack/docs_api_slack_com_user_change.json").getAsJsonObject().deepCopy();
        event.getAsJsonObject("user").addProperty("team_id", team);
        event.getAsJsonObject("user").addProperty("tz", "Pacific/Auckland");
        assertThat(slack().event(team, "Ev0PEOPLE1", event, null).statusCode()).isEqualTo(200);
        assertThat(people.zoneOf(team, "U1234567").getId()).isEqualTo("Pacific/Auckland");

        // a retry of the same event_id carrying other data is recognised and not applied again
        event.getAsJsonObject("user").addProperty("tz", "Europe/Paris");
        assertThat(slack().event(team, "Ev0PEOPLE1", event, 1).statusCode()).isEqualTo(200);
        assertThat(people.zoneOf(team, "U1234567").getId()).isEqualTo("Pacific/Auckland");
    }

    @Test
    void aKnownPersonKeepsWorkingWhileSlackIsDownAndANewOneIsToldToTryAgain() {
        String team = newTeam();
        SLACK.member(team, "UKNOWN", "Known Person", "Europe/Berlin").member(team, "UNEW", "New Person", "UTC");
        command(team, "UKNOWN", "add Resilient Ltd");
        clock.advance(Duration.ofDays(2));
        SLACK.setDown(true);
        try {
            assertThat(visible(command(team, "UKNOWN", "status resilient"))).contains("Resilient Ltd");
            assertThat(visible(command(team, "UNEW", "list"))).contains("Slack didn't answer me in time");
        } finally {
            SLACK.setDown(false);
            clock.advance(Duration.ofDays(-2));
        }
    }
}
