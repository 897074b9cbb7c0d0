package dev.liaison.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.ooo.AbsenceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Run now" never answers with silence: each job says what its run did, "0 messages — today's
 * digest was already sent" included; a run through Actuator says the same in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunNowE2eTest extends SandboxTestSupport {

    @Autowired
    Environment environment;

    @Test
    void aSecondDigestRunSaysTodaysDigestWasAlreadySent() {
        JsonObject first = run("daily-digest");
        assertThat(first.get("summary").getAsString()).matches("\\d+ messages? queued|0 messages — .+");
        JsonObject second = run("daily-digest");
        assertThat(second.get("messages").getAsInt()).isZero();
        assertThat(second.get("summary").getAsString()).isEqualTo("0 messages — today's digest was already sent");
    }

    /** The demo agency's Acme has its quarterly business review due in 10 days: its owner's digest shows it. */
    @Test
    void theDemoDigestShowsAQuarterlyReviewDueSoon() {
        run("daily-digest");
        await().atMost(Duration.ofSeconds(20)).until(() -> messages(state("UDEMOAM001"), "DDEMOAM001").stream()
                .anyMatch(m -> m.toString().contains("Quarterly business reviews")));
        String digest = messages(state("UDEMOAM001"), "DDEMOAM001").stream().map(JsonObject::toString)
                .filter(m -> m.contains("Quarterly business reviews")).findFirst().orElseThrow();
        assertThat(digest).contains("*Acme Corp* · quarterly business review due", "(in 10 days)", "client_qbr_brief",
                "client_qbr_held");
    }

    @Test
    void everyJobSaysWhatItsRunDid() {
        JsonElement jobs = JsonParser.parseString(get("/sandbox/jobs").body());
        assertThat(jobs.getAsJsonArray()).hasSize(dev.liaison.store.JobSchedules.class.getRecordComponents().length);
        for (JsonElement job : jobs.getAsJsonArray()) {
            JsonObject outcome = run(job.getAsString());
            assertThat(outcome.get("summary").getAsString()).as(job.getAsString())
                    .matches("\\d+ messages? queued|0 messages — .{10,}");
        }
    }

    @Test
    void aRunThroughActuatorSaysItInTheLog(CapturedOutput output) throws Exception {
        run("daily-digest");
        String port = environment.getProperty("local.management.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/quartz/jobs/liaison/daily-digest"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut()
                .contains("daily-digest done: 0 messages — today's digest was already sent"));
    }

    @Autowired
    AbsenceService absences;

    /** The demo's calendars live in the Google stand-in the sandbox starts: Run now brings their absences in. */
    @Test
    void runNowOnCalendarSyncBringsTheDemoCalendarsAbsences() {
        JsonObject outcome = run("calendar-sync");
        assertThat(outcome.get("summary").getAsString()).matches("\\d+ messages? queued|0 messages — .{10,}");
        assertThat(absences.of(DemoAgency.TEAM, "UDEMOAM002")).anySatisfy(a -> assertThat(a.source()).isEqualTo("google"));
        assertThat(absences.of(DemoAgency.TEAM, "UDEMOAM005")).anySatisfy(a -> assertThat(a.sourceLabel()).isEqualTo("Google"));
        assertThat(absences.of(DemoAgency.TEAM, "UDEMOAM001")).as("a client meeting is not an absence").isEmpty();
        int before = absences.ofTeam(DemoAgency.TEAM).size();
        run("calendar-sync");
        assertThat(absences.ofTeam(DemoAgency.TEAM)).as("running again creates nothing").hasSize(before);
    }

    @Autowired
    ClientService clients;

    /** Acme's people write from acme.example: the demo's ended meeting and e-mail thread with them are one touch each. */
    @Test
    void runNowOnTheSyncsLogsTheDemosClientMeetingAndEmailOnce() {
        String acme = clients.portfolio(DemoAgency.TEAM, ClientCommand.Scope.ALL, null).stream()
                .filter(c -> c.name().equals("Acme Corp")).findFirst().orElseThrow().id();
        run("calendar-sync");
        run("mail-sync");
        assertThat(fromCalendarsAndMail(acme)).containsExactlyInAnyOrder("meeting google-calendar", "email gmail");
        run("calendar-sync");
        run("mail-sync");
        assertThat(fromCalendarsAndMail(acme)).as("running again logs nothing new").hasSize(2);
    }

    private List<String> fromCalendarsAndMail(String clientId) {
        return clients.touchesBetween(DemoAgency.TEAM, List.of(clientId), Instant.EPOCH, Instant.now().plus(Duration.ofDays(2)))
                .stream().filter(t -> t.source() != null && (t.source().equals("google-calendar") || t.source().equals("gmail")))
                .map(t -> t.type().name().toLowerCase(java.util.Locale.ROOT) + " " + t.source()).toList();
    }

    private JsonObject run(String job) {
        HttpResponse<String> response = post("/sandbox/jobs/" + job, "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
