package dev.liaison.digest;

import java.time.Instant;
import java.util.List;

import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank holiday skips the digest and the nudges of whoever keeps it, and only theirs: Monday 28
 * December 2026 is Boxing Day's substitute in England, an ordinary Monday in New York.
 */
class HolidayDigestE2eTest extends LiaisonE2eTest {

    /** 15:00 in London, 10:00 in New York: both past their 09:00 digest, both in working hours. */
    static final Instant BOXING_DAY_TAKEN = Instant.parse("2026-12-28T15:00:00Z");
    /** 10:00 in London on Tuesday 29th, an ordinary working day there; 05:00 in New York. */
    static final Instant NEXT_WORKING_DAY = Instant.parse("2026-12-29T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    NudgeService nudges;
    @Autowired
    ApplicationContext context;

    String team;
    String london, newYork, nudgedOnly;

    @BeforeEach
    void agency() {
        clock.set(BOXING_DAY_TAKEN.minusSeconds(6 * 3600));
        team = newTeam();
        london = "ULON" + team.substring(1, 6);
        newYork = "UNYC" + team.substring(1, 6);
        nudgedOnly = "UNDG" + team.substring(1, 6);
        SLACK.member(team, london, "Lily London", "Europe/London")
                .member(team, newYork, "Nora Young", "America/New_York")
                .member(team, nudgedOnly, "Ned Nudge", "Europe/London")
                .member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        liaison(london, "me holidays gb-eng");
        liaison(newYork, "me holidays us-ny");
        // Ned keeps the workspace's holidays, and has no digest: nudges are all he gets
        liaison(HEAD_OF_ACCOUNTS, "config holidays gb-eng");
        liaison(nudgedOnly, "me digest off");
        command(team, london, "add \"Thames Tiles\"");
        command(team, newYork, "add \"Hudson Partners\"");
        command(team, nudgedOnly, "add \"Mersey Mills\"");
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void aBankHolidaySkipsTheDigestAndNudgesOfWhoeverKeepsItAndTheyComeTheNextWorkingDay() {
        clock.set(BOXING_DAY_TAKEN);
        digests.runDue();
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);

        assertThat(postsTo(newYork)).as("an ordinary Monday in New York").hasSize(1);
        assertThat(postsTo(newYork).get(0).params().get("blocks")).contains("Hudson Partners");
        assertThat(postsTo(london)).as("Boxing Day taken in England: no digest").isEmpty();
        assertThat(postsTo(nudgedOnly)).as("the workspace's holiday: no nudge").isEmpty();
        assertThat(DeliveredQueue.queuedKeys(context, team, london, "digest")).isEmpty();
        assertThat(DeliveredQueue.queuedKeys(context, team, nudgedOnly, "nudge")).isEmpty();

        clock.set(NEXT_WORKING_DAY);
        digests.runDue();
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);

        assertThat(postsTo(london)).hasSize(1);
        assertThat(postsTo(london).get(0).params().get("blocks")).contains("Thames Tiles", "Tuesday, December 29");
        assertThat(postsTo(nudgedOnly)).hasSize(1);
        assertThat(postsTo(nudgedOnly).get(0).params().get("blocks")).contains("Mersey Mills");
        assertThat(postsTo(newYork)).as("05:00 in New York: not yet").hasSize(1);
    }

    private List<FakeSlackWebApi.Call> postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }

    private void liaison(String userId, String text) {
        assertThat(slack().command(team, userId, "/liaison", text, SLACK.responseUrl("me")).body()).contains(":white_check_mark:");
    }
}
