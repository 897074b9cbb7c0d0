package dev.liaison.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * Budget pace end to end: May 2026 has 21 weekdays (Fri 1 … Fri 29), and Thu 14 May is the 10th.
 * A client that has used 60 of its 100 hours by then heads for 126 % and runs out on Mon 25 May.
 */
class BudgetPaceE2eTest extends LiaisonE2eTest {

    static final Instant TENTH_WORKING_DAY = Instant.parse("2026-05-14T10:00:00Z");   // 11:00 in London

    @Autowired
    DigestService digests;
    @Autowired
    ApplicationContext context;

    String team;
    String owner;
    String lead;

    @BeforeEach
    void aClientBurningItsHours() {
        clock.set(TENTH_WORKING_DAY);
        team = newTeam();
        owner = "UPACE" + team.substring(1, 6);
        lead = "UPLEAD" + team.substring(1, 6);
        SLACK.member(team, owner, "Paula Pace", "Europe/London").member(team, lead, "Lena Lead", "Europe/London");
        headSetsTeam(team, lead, owner);
        command(team, owner, "add \"Pace Co\" hours 100");
        // a task overdue from tomorrow on, so the owner has a digest every day to look into
        command(team, owner, "task pace co Send the monthly report due today");
        for (int i = 0; i < 8; i++) {
            command(team, owner, "log pace co call 7h30m Sprint work " + i);
        }
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void theCardShowsWhenTheBudgetRunsOutAtThisPace() {
        String card = visible(command(team, owner, "status pace co"));
        assertThat(card).contains("Budget pace", "At this pace the budget runs out on Mon 25 May (126 % by month end)");
    }

    /** England's bank holidays on Mon 4 and Mon 25 May leave 19 working days; Thu 14 May is the 9th. */
    @Test
    void theOwnersPublicHolidaysAreNotWorkingDays() {
        var answer = slack().command(team, owner, "/liaison", "me holidays gb-eng", SLACK.responseUrl("h"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(visible(command(team, owner, "status pace co")))
                .contains("At this pace the budget runs out on Fri 22 May (127 % by month end)");
    }

    @Test
    void aProjectedOverrunIsInTheOwnersDigestOnceInAnySevenDays() {
        assertThat(digestOn(TENTH_WORKING_DAY)).contains("Over budget at this pace", "Pace Co",
                "60 of 100 h used; at this pace the budget runs out on Mon 25 May (126 % by month end)");

        // the next day the overrun is still there, but it was said yesterday
        assertThat(digestOn(Instant.parse("2026-05-15T10:00:00Z"))).contains("Send the monthly report")
                .doesNotContain("Over budget at this pace");
        // six days on, still not
        assertThat(digestOn(Instant.parse("2026-05-20T10:00:00Z"))).contains("Send the monthly report")
                .doesNotContain("Over budget at this pace");

        // seven days after it was said, still heading over (90 h by the 15th working day: 126 %): said again
        clock.set(Instant.parse("2026-05-21T09:00:00Z"));
        for (int i = 0; i < 4; i++) {
            command(team, owner, "log pace co call 7h30m More sprint work " + i);
        }
        SLACK.reset();
        assertThat(digestOn(Instant.parse("2026-05-21T10:00:00Z"))).contains("Over budget at this pace",
                "90 of 100 h used; at this pace the budget runs out on Mon 25 May (126 % by month end)");
    }

    @Test
    void aClientOnPaceIsNotInTheDigest() {
        clock.set(Instant.parse("2026-05-29T10:00:00Z"));   // the 21st working day: 60 % by month end
        assertThat(visible(command(team, owner, "status pace co"))).contains("on pace: 60 % by month end");
        assertThat(digestOn(Instant.parse("2026-05-29T10:00:00Z"))).contains("Send the monthly report")
                .doesNotContain("Over budget at this pace");
    }

    @Test
    void theLeadsReportListsTheClientHeadingOverBudget() {
        assertThat(visible(command(team, lead, "report"))).contains("Heading over budget at this month's pace (1)",
                "Pace Co", "runs out on Mon 25 May (126 % by month end)");
    }

    /** The owner's digest of that day, run as the job runs it. */
    private String digestOn(Instant at) {
        clock.set(at);
        SLACK.reset();
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(owner).size() == 1);
        return postsTo(owner).get(0).params().get("blocks");
    }

    private List<FakeSlackWebApi.Call> postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }
}
