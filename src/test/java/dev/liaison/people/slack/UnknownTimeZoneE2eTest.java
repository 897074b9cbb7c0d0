package dev.liaison.people.slack;

import java.time.ZoneId;

import com.google.gson.JsonParser;
import dev.liaison.people.PeopleService;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A Slack time zone Java does not know is said to be unknown, and the workspace's is used instead. */
class UnknownTimeZoneE2eTest extends LiaisonE2eTest {

    @Autowired
    PeopleService people;

    private String liaison(String team, String user, String text) {
        return visible(JsonParser.parseString(
                slack().command(team, user, "/liaison", text, SLACK.responseUrl("l")).body()).getAsJsonObject());
    }

    @Test
    void anUnknownSlackTimeZoneIsSaidToBeUnknownAndTheWorkspacesIsUsed() {
        String team = newTeam();
        String mars = "UMARS" + team.substring(1, 6);
        SLACK.member(team, "UHEAD1", "Hana Head", "Europe/Paris").member(team, mars, "Marta Mars", "Mars/Olympus_Mons");

        // before the workspace has a zone: UTC, said so in words, never "Z"
        String before = liaison(team, mars, "me");
        assertThat(before).contains("Time zone: unknown", "Mars/Olympus_Mons", "workspace's UTC is used")
                .doesNotContain("Time zone: Z", "(Z)");

        liaison(team, "UHEAD1", "config working-hours 09:00-18:00 mon-fri");
        assertThat(people.zoneOf(team, mars)).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(liaison(team, mars, "me")).contains("Time zone: unknown", "workspace's Europe/Paris is used");

        // someone whose zone Java knows keeps their own
        assertThat(liaison(team, "UHEAD1", "me")).contains("Time zone: Europe/Paris (from your Slack profile)");
    }
}
