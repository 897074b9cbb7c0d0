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
 * mail-sync end to end: a head connects Google through the modal (signed requests), the job runs through
 * Actuator against the Google stand-in, and an e-mail thread with a client is one touch on its card, from
 * Gmail; running again logs nothing; a person who opted out is not read; subjects only when a head keeps them.
 */
class MailSyncE2eTest extends LiaisonE2eTest {

    static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
    static final String ANA = "UMAILANA";
    static final String ANA_MAIL = "ana@agency.example";

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

    /** "Run now" through Actuator, as an operator would; waits for the run to finish. */
    private JobLocks.JobRun runMailSync() throws Exception {
        long before = jobs.lastRun(MailSyncJob.NAME).map(JobLocks.JobRun::sequence).orElse(0L);
        String port = environment.getProperty("local.management.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/quartz/jobs/liaison/" + MailSyncJob.NAME))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jobs.awaitRun(MailSyncJob.NAME, before, Duration.ofSeconds(60)).orElseThrow();
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
