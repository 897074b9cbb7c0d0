package dev.liaison.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.sandbox.microsoft.GraphEvent;
import dev.liaison.sandbox.microsoft.MicrosoftStandIn;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * calendar-sync end to end on Microsoft 365: a head connects an Entra app through the modal (signed
 * requests), the Microsoft stand-in plays Entra and Graph over HTTPS, and the running app reaches it
 * because every end-to-end test's app trusts the stand-in's certificate through MS_TRUSTED_CERTIFICATE
 * (as it would a TLS-inspecting proxy's: {@code MicrosoftStandInTrust}).
 * A scheduled automatic reply and an {@code oof} event become absences from Microsoft, prompted to the lead.
 */
class MicrosoftCalendarSyncE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    CalendarSync calendarSync;
    @Autowired
    AbsenceService absences;
    @Autowired
    ApplicationContext context;

    MicrosoftStandIn microsoft;
    String team;
    String lead;
    String am;
    String amEmail;

    @BeforeEach
    void anAgencyOnMicrosoft() {
        clock.set(MONDAY);
        microsoft = MicrosoftStandIn.start(clock);
        team = newTeam();
        String sfx = team.substring(1, 6).toLowerCase();
        lead = "ULEAD" + sfx.toUpperCase();
        am = "UAM" + sfx.toUpperCase();
        amEmail = "am." + sfx + "@agency.example";
        SLACK.member(team, lead, "Lena Lead", "Europe/London").email(lead, "lead." + sfx + "@agency.example");
        SLACK.member(team, am, "Ari Manager", "Europe/London").email(am, amEmail);
        SLACK.member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London").email(HEAD_OF_ACCOUNTS, "head." + sfx + "@agency.example");
        for (String email : List.of(amEmail, "lead." + sfx + "@agency.example", "head." + sfx + "@agency.example")) {
            microsoft.addUser(email);
        }
        headSetsTeam(team, lead, am);
        slack().command(team, am, "/client", "add \"Outlook Client " + sfx + "\"", SLACK.responseUrl("c"));
        slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config calendar microsoft", SLACK.responseUrl("m"));
        var app = microsoft.credentials();
        var saved = slack().viewSubmission(team, HEAD_OF_ACCOUNTS, "connect_microsoft", "", Map.of(
                "tenant", typed(app.tenantId()), "client_id", typed(app.clientId()), "secret", typed(app.clientSecret()),
                "graph_url", typed(app.graphUrl()), "login_url", typed(app.loginUrl())));
        assertThat(saved.body()).contains("Microsoft");
        SLACK.reset();
    }

    @AfterEach
    void standInAway() {
        microsoft.close();
        clock.set(MONDAY);
    }

    List<String> leadsDms() {
        DeliveredQueue.deliverEverything(context, clock, team);
        return SLACK.calls("chat.postMessage").stream().filter(c -> lead.equals(c.params().get("channel")))
                .map((FakeSlackWebApi.Call c) -> c.params().get("blocks") + c.params().get("text")).toList();
    }

    List<Absence> amsAbsences() {
        return absences.of(team, am).stream().filter(a -> !a.cancelled()).toList();
    }

    @Test
    void aScheduledAutomaticReplyIsAnAbsenceFromMicrosoftPromptedToTheLead() {
        // from tomorrow (Tuesday) morning to Friday, London: starting tomorrow, the lead is asked at once
        microsoft.setAutomaticReplies(amEmail, "scheduled", Instant.parse("2026-11-24T08:00:00Z"),
                Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(calendarSync.run()).isEqualTo(1);

        assertThat(amsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-11-24");
            assertThat(a.to()).isEqualTo("2026-11-26");
            assertThat(a.source()).isEqualTo("microsoft");
        });
        assertThat(leadsDms()).singleElement().satisfies(prompt -> assertThat(prompt).contains("Microsoft"));
        assertThat(slack().command(team, am, "/ooo", "list", SLACK.responseUrl("l")).body()).contains("Microsoft");

        // read again: nothing new; the stand-in saw only what it allows
        assertThat(calendarSync.run()).isZero();
        assertThat(amsAbsences()).hasSize(1);
        assertThat(microsoft.refusals()).isEmpty();
    }

    @Test
    void anOofEventIsAnAbsenceAndItsCancellationWithdrawsIt() {
        String id = microsoft.addEvent(amEmail, GraphEvent.outOfOffice("Out", Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-26T18:00:00Z"), amEmail));
        assertThat(calendarSync.run()).isEqualTo(1);
        assertThat(amsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-11-24");
            assertThat(a.to()).isEqualTo("2026-11-26");
        });

        microsoft.cancelEvent(amEmail, id);
        assertThat(calendarSync.run()).isEqualTo(1);
        assertThat(amsAbsences()).isEmpty();
        assertThat(leadsDms()).anyMatch(text -> text.contains("no longer has them out"));
        assertThat(microsoft.refusals()).isEmpty();
    }
}
