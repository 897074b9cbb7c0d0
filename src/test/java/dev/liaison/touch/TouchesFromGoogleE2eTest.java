package dev.liaison.touch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonParser;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Interaction;
import dev.liaison.sandbox.google.GoogleCall;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInEvent;
import dev.liaison.sandbox.google.StandInMessage;
import dev.liaison.store.JobLocks;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings and e-mail as touches end to end: a head connects Google through the modal (signed requests),
 * calendar-sync and mail-sync run through Actuator against the Google stand-in. A client meeting in two
 * attendees' calendars is one touch, an e-mail thread is one touch, each on the card with where it came
 * from; running again logs nothing; a person who opted out is not read; subjects only when a head keeps them.
 */
class TouchesFromGoogleE2eTest extends LiaisonE2eTest {

    static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
    static final String ANA = "UMAILANA";
    static final String ANA_MAIL = "ana@agency.example";
    static final String BEN = "UMAILBEN";
    static final String BEN_MAIL = "ben@agency.example";

    @Autowired
    ClientService clients;
    @Autowired
    JobLocks jobs;
    @Autowired
    Environment environment;

    GoogleStandIn google;
    String team;

    @BeforeEach
    void connectedAgency() {
        clock.set(NOW);
        google = GoogleStandIn.start(clock);
        team = newTeam();
        SLACK.member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London")
                .member(team, ANA, "Ana Lima", "Europe/London");
        SLACK.email(HEAD_OF_ACCOUNTS, "hana@agency.example").email(ANA, ANA_MAIL);
        google.addUser(ANA_MAIL, ZoneId.of("Europe/London"));
        google.addUser("hana@agency.example", ZoneId.of("Europe/London"));

        liaison(HEAD_OF_ACCOUNTS, "config calendar google");
        var saved = slack().viewSubmission(team, HEAD_OF_ACCOUNTS, "connect_google", "", Map.of(
                "key", typed(google.newServiceAccount("liaison@agency.iam.gserviceaccount.com")),
                "api_url", typed(google.apiUrl())));
        assertThat(saved.body()).contains("Google is connected");
        command(team, ANA, "add Acme domains acme.com");
    }

    @AfterEach
    void standInWasNeverSentWhatGoogleRefuses() {
        assertThat(google.refusals()).isEmpty();
        google.close();
    }

    private String liaison(String user, String text) {
        var response = slack().command(team, user, "/liaison", text, SLACK.responseUrl("l"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().isEmpty() ? "" : visible(JsonParser.parseString(response.body()).getAsJsonObject());
    }

    private JobLocks.JobRun runMailSync() throws Exception {
        return runNow(MailSyncJob.NAME);
    }

    /** "Run now" through Actuator, as an operator would; waits for the run to finish. */
    private JobLocks.JobRun runNow(String job) throws Exception {
        long before = jobs.lastRun(job).map(JobLocks.JobRun::sequence).orElse(0L);
        String port = environment.getProperty("local.management.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/quartz/jobs/liaison/" + job))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jobs.awaitRun(job, before, Duration.ofSeconds(60)).orElseThrow();
    }

    @Test
    void aClientMeetingInTwoCalendarsIsOneTouchOnceItHasEndedAndRunningAgainLogsNothing() throws Exception {
        SLACK.member(team, BEN, "Ben Okafor", "Europe/London");
        SLACK.email(BEN, BEN_MAIL);
        google.addUser(BEN_MAIL, ZoneId.of("Europe/London"));
        command(team, BEN, "list");
        StandInEvent review = StandInEvent.meeting("review1", "Quarterly review", NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofMinutes(75)), ANA_MAIL, BEN_MAIL, "jo@acme.com");
        google.putEvent(ANA_MAIL, review);
        google.putEvent(BEN_MAIL, new StandInEvent("bens-copy", review.iCalUid(), review.summary(), "default",
                review.start(), review.end(), null, null, ANA_MAIL, review.attendees(), List.of()));
        google.putEvent(ANA_MAIL, StandInEvent.meeting("kickoff", "Kick-off", NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofHours(3)), "ceo@acme.com", ANA_MAIL));
        google.putEvent(ANA_MAIL, StandInEvent.meeting("internal", "Stand-up", NOW.minus(Duration.ofHours(3)),
                NOW.minus(Duration.ofMinutes(165)), ANA_MAIL, BEN_MAIL));

        runNow("calendar-sync");
        assertThat(touches()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("google-calendar");
            assertThat(t.minutes()).isEqualTo(45);
            assertThat(t.loggedBy()).as("Ana owns Acme").isEqualTo(ANA);
        });
        assertThat(visible(command(team, ANA, "status acme"))).contains("meeting from Google Calendar · 45m");

        clock.advance(Duration.ofMinutes(15));
        runNow("calendar-sync");
        assertThat(touches()).as("nothing new: the same meeting read again").hasSize(1);

        clock.advance(Duration.ofHours(3));
        runNow("calendar-sync");
        assertThat(touches()).as("the kick-off is over now").hasSize(2)
                .anySatisfy(t -> assertThat(t.minutes()).isEqualTo(60));
        runNow("calendar-sync");
        assertThat(touches()).hasSize(2);
    }

    private Client acme() {
        return clients.withDomainOf(team, "acme.com").get(0);
    }

    private List<Interaction> touches() {
        return clients.touchesBetween(team, List.of(acme().id()), NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(30)));
    }

    private void thread(Instant at, String subject) {
        google.addMessage(ANA_MAIL, StandInMessage.received("\"Jo Doe\" <jo@acme.com>", ANA_MAIL, subject, at));
        google.addMessage(ANA_MAIL, StandInMessage.sent(ANA_MAIL, "jo@acme.com", "Re: " + subject,
                at.plus(Duration.ofMinutes(20))));
        google.addMessage(ANA_MAIL, StandInMessage.received("jo@mail.acme.com", ANA_MAIL, "Re: Re: " + subject,
                at.plus(Duration.ofMinutes(40))));
    }

    @Test
    void anEmailThreadIsOneTouchOnTheCardAndRunningAgainLogsNothing() throws Exception {
        runMailSync();
        thread(NOW.plus(Duration.ofMinutes(1)), "Launch plan");
        clock.advance(Duration.ofMinutes(15));

        runMailSync();
        assertThat(touches()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("gmail");
            assertThat(t.loggedBy()).isEqualTo(ANA);
            assertThat(t.summary()).isEqualTo("E-mail from Acme").doesNotContain("Launch");
        });
        assertThat(visible(command(team, ANA, "status acme"))).contains("email from Gmail");

        int historyCalls = google.calls(GoogleCall.HISTORY_LIST, ANA_MAIL);
        clock.advance(Duration.ofMinutes(15));
        runMailSync();
        assertThat(touches()).hasSize(1);
        assertThat(google.calls(GoogleCall.MESSAGES_LIST, ANA_MAIL)).as("the mailbox is followed, not listed again")
                .isEqualTo(2);
        assertThat(google.calls(GoogleCall.HISTORY_LIST, ANA_MAIL)).isEqualTo(historyCalls + 1);

        google.expireHistory(ANA_MAIL);
        clock.advance(Duration.ofMinutes(15));
        runMailSync();
        assertThat(touches()).as("a full listing again finds the same thread: no second touch").hasSize(1);
    }

    @Test
    void aPersonWhoOptedOutIsNotReadAndSubjectsAreKeptOnlyWhenAHeadSaysSo() throws Exception {
        assertThat(liaison(ANA, "me mail off")).contains("won't read your mailbox");
        thread(NOW.minus(Duration.ofHours(2)), "Budget");
        runMailSync();
        assertThat(touches()).isEmpty();
        assertThat(google.calls(GoogleCall.MESSAGES_LIST, ANA_MAIL) + google.calls(GoogleCall.HISTORY_LIST, ANA_MAIL))
                .isZero();

        liaison(ANA, "me mail on");
        liaison(HEAD_OF_ACCOUNTS, "config mail-subjects on");
        runMailSync();
        assertThat(touches()).singleElement().extracting(Interaction::summary).isEqualTo("E-mail from Acme: Budget");
    }
}
