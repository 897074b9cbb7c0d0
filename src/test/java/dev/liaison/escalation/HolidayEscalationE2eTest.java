package dev.liaison.escalation;

import java.time.Duration;
import java.time.Instant;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * p2 clocks stand still over the workspace's public holidays: opened on Christmas Eve 2026 in an
 * agency keeping England's holidays, the clock skips Christmas Day (Friday), the weekend and Boxing
 * Day taken on Monday 28th.
 */
class HolidayEscalationE2eTest extends LiaisonE2eTest {

    /** Thursday 24 December 2026, 17:00 in London: one working hour left that day. */
    static final Instant CHRISTMAS_EVE_5PM = Instant.parse("2026-12-24T17:00:00Z");

    @Autowired
    EscalationService escalations;

    String team;
    String owner;
    String lead;

    @BeforeEach
    void agency() {
        clock.set(CHRISTMAS_EVE_5PM.minus(Duration.ofHours(1)));
        team = newTeam();
        String sfx = team.substring(1, 6);
        owner = "UOWN" + sfx;
        lead = "ULED" + sfx;
        SLACK.member(team, owner, "Olive Owner", "Europe/London").member(team, lead, "Leo Lead", "Europe/London")
                .member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        liaison("team <@" + lead + "> <@" + owner + ">");
        liaison("config escalation-channel <#C0ESCAL|escalations>");
        liaison("config working-hours 09:00-18:00 mon-fri");
        liaison("config holidays gb-eng");
        command(team, owner, "add \"Globex " + sfx + "\"");
        SLACK.reset();
    }

    @AfterEach
    void restore() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void aP2RaisedBeforeTheHolidaysHasItsDeadlinesPushedPastThem() {
        clock.set(CHRISTMAS_EVE_5PM);
        var response = slack().command(team, owner, "/escalate", "globex " + team.substring(1, 6) + " p2 Site down for the sale",
                SLACK.responseUrl("e"));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> only().parentTs() != null);

        Escalation opened = only();
        // 2 working hours: 17:00-18:00 on Thursday, then 09:00-10:00 on Tuesday 29th (not Friday 25th)
        assertThat(opened.acknowledgeBy()).isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));
        // 2 working days of 9 hours: 1 on Thursday, 9 on Tuesday, 8 on Wednesday
        assertThat(opened.resolveBy()).isEqualTo(Instant.parse("2026-12-30T17:00:00Z"));

        // Boxing Day taken, the timer runs: nothing is overdue, nobody is woken
        clock.set(Instant.parse("2026-12-28T12:00:00Z"));
        escalations.climbDue();
        assertThat(only().rung()).isZero();

        clock.set(Instant.parse("2026-12-29T10:00:00Z"));
        escalations.climbDue();
        assertThat(only().rung()).as("climbed once the pushed deadline passed").isEqualTo(1);
        assertThat(only().rungUsers()).containsExactly(lead);
    }

    private Escalation only() {
        return escalations.get(team, team + ":E-1");
    }

    private void liaison(String text) {
        assertThat(slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", text, SLACK.responseUrl("c")).body())
                .contains(":white_check_mark:");
    }
}
