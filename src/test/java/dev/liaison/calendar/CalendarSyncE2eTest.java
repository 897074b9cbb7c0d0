package dev.liaison.calendar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.ooo.OooService;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInEvent;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * calendar-sync end to end: a head connects Google through the modal (signed requests), the Google stand-in
 * holds the calendars, Slack is the recording fake. An OOO event becomes the lead's cover prompt and a
 * hand-back at its end; cancelled it is withdrawn, moved it moves; reading again creates nothing; revoked
 * credentials DM the heads once and show on /actuator/health.
 */
class CalendarSyncE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    static final String CLIENT_EMAIL = "liaison@agency-project.iam.gserviceaccount.com";

    @Autowired
    CalendarSync calendarSync;
    @Autowired
    OooService ooo;
    @Autowired
    AbsenceService absences;
    @Autowired
    ApplicationContext context;
    @LocalManagementPort
    int managementPort;

    GoogleStandIn google;
    String team;
    String lead;
    String am;
    String amEmail;

    @BeforeEach
    void anAgencyOnGoogle() {
        clock.set(MONDAY);
        google = GoogleStandIn.start(clock);
        team = newTeam();
        String sfx = team.substring(1, 6).toLowerCase();
        lead = "ULEAD" + sfx.toUpperCase();
        am = "UAM" + sfx.toUpperCase();
        amEmail = "am." + sfx + "@agency.example";
        SLACK.member(team, lead, "Lena Lead", "Europe/London").email(lead, "lead." + sfx + "@agency.example");
        SLACK.member(team, am, "Ari Manager", "Europe/London").email(am, amEmail);
        SLACK.member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London").email(HEAD_OF_ACCOUNTS, "head." + sfx + "@agency.example");
        for (String email : List.of(amEmail, "lead." + sfx + "@agency.example", "head." + sfx + "@agency.example")) {
            google.addUser(email, ZoneId.of("Europe/London"));
        }
        headSetsTeam(team, lead, am);
        slack().command(team, am, "/client", "add \"Calendar Client " + sfx + "\"", SLACK.responseUrl("c"));
        slack().command(team, HEAD_OF_ACCOUNTS, "/liaison", "config calendar google", SLACK.responseUrl("g"));
        var saved = slack().viewSubmission(team, HEAD_OF_ACCOUNTS, "connect_google", "", Map.of(
                "key", typed(google.newServiceAccount(CLIENT_EMAIL)), "api_url", typed(google.apiUrl())));
        assertThat(saved.body()).contains("Google is connected");
        SLACK.reset();
    }

    @AfterEach
    void standInAway() {
        google.close();
        clock.set(MONDAY);
    }

    List<FakeSlackWebApi.Call> dms(String userId) {
        DeliveredQueue.deliverEverything(context, clock, team);
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }

    List<String> dmTexts(String userId) {
        return dms(userId).stream().map(c -> c.params().get("blocks") + c.params().get("text")).toList();
    }

    List<Absence> amsAbsences() {
        return absences.of(team, am).stream().filter(a -> !a.cancelled()).toList();
    }

    String ooo(String user, String text) {
        return slack().command(team, user, "/ooo", text, SLACK.responseUrl("o")).body();
    }

    String planId() {
        for (FakeSlackWebApi.Call call : dms(lead)) {
            JsonArray blocks = JsonParser.parseString(call.params().get("blocks")).getAsJsonArray();
            for (var block : blocks) {
                JsonObject b = block.getAsJsonObject();
                if (b.get("type").getAsString().equals("actions") && b.get("block_id").getAsString().equals("ooo_decide")) {
                    return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
                }
            }
        }
        throw new AssertionError("no prompt");
    }

    @Test
    void anOooEventBecomesTheLeadsCoverPromptAndAHandBackAtItsEnd() {
        // Tuesday 09:00 to Thursday 18:00, London
        google.putEvent(amEmail, StandInEvent.outOfOffice("ooo1", amEmail, Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-26T18:00:00Z")));
        assertThat(calendarSync.run()).isEqualTo(1);

        assertThat(dmTexts(lead)).singleElement().satisfies(prompt ->
                assertThat(prompt).contains("from 2026-11-24 to 2026-11-26", "from their Google calendar"));
        assertThat(ooo(am, "list")).contains("from 2026-11-24 to 2026-11-26 · Google");
        slack().buttonClick(team, lead, "ooo_apply_all", planId(), SLACK.responseUrl("apply"));
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(am).stream().anyMatch(c -> c.params().get("blocks").contains("cover")));

        // running again (and a forced full resync) creates nothing new
        int promptsBefore = DeliveredQueue.queuedKeys(context, team, lead, "ooo-prompt").size();
        assertThat(calendarSync.run()).isZero();
        google.expireSyncTokens(amEmail);
        assertThat(calendarSync.run()).isZero();
        assertThat(absences.of(team, am)).hasSize(1);
        assertThat(DeliveredQueue.queuedKeys(context, team, lead, "ooo-prompt")).hasSize(promptsBefore);

        // Friday: they are back, cover ends and the lead hears
        clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        ooo.watch();
        assertThat(DeliveredQueue.queuedKeys(context, team, lead, "ooo-handback")).hasSize(1);
        assertThat(dmTexts(lead)).anyMatch(text -> text.contains("is back"));
    }

    @Test
    void aCancelledEventWithdrawsTheAbsenceAndTellsTheLead() {
        google.putEvent(amEmail, StandInEvent.allDay("pto1", "PTO", java.time.LocalDate.of(2026, 11, 24),
                java.time.LocalDate.of(2026, 11, 26), amEmail));
        calendarSync.run();
        assertThat(amsAbsences()).singleElement().satisfies(a -> assertThat(a.to()).isEqualTo("2026-11-25"));
        assertThat(dmTexts(lead)).hasSize(1);

        google.cancelEvent(amEmail, "pto1");
        assertThat(calendarSync.run()).isEqualTo(1);
        assertThat(amsAbsences()).isEmpty();
        assertThat(dmTexts(lead)).anyMatch(text -> text.contains("no longer has them out"));
        assertThat(ooo(am, "list")).contains("Nobody is out");
        assertThat(calendarSync.run()).isZero();
    }

    @Test
    void aMovedEventMovesTheAbsence() {
        StandInEvent event = StandInEvent.outOfOffice("ooo2", amEmail, Instant.parse("2026-11-24T00:00:00Z"),
                Instant.parse("2026-11-25T00:00:00Z"));
        google.putEvent(amEmail, event);
        calendarSync.run();
        google.putEvent(amEmail, event.movedTo(Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-09T00:00:00Z")));
        assertThat(calendarSync.run()).isEqualTo(1);
        assertThat(amsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-12-07");
            assertThat(a.to()).isEqualTo("2026-12-08");
        });
        assertThat(dmTexts(lead)).anyMatch(text -> text.contains("moved their time off"));
    }

    @Test
    void revokedCredentialsTellTheHeadsOnceAndShowOnHealthAndHome() throws Exception {
        google.revoke(CLIENT_EMAIL);
        calendarSync.run();
        calendarSync.run();
        clock.advance(Duration.ofMinutes(15));
        calendarSync.run();
        List<String> told = dmTexts(HEAD_OF_ACCOUNTS).stream().filter(t -> t.contains("can't read Google")).toList();
        assertThat(told).hasSize(1);
        assertThat(dmTexts(lead)).isEmpty();

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonObject component = JsonParser.parseString(health.body()).getAsJsonObject().getAsJsonObject("components")
                .getAsJsonObject("calendarConnections");
        assertThat(component.get("status").getAsString()).isEqualTo("UP");
        assertThat(component.getAsJsonObject("details").getAsJsonObject("workspaces").getAsJsonObject(team)
                .get("Google").getAsString()).startsWith("broken since");
        assertThat(health.body()).doesNotContain("PRIVATE KEY");

        // a head's App Home says so first; a lead's does not
        SLACK.reset();
        slack().event(team, "EvHome" + team, appHomeOpened(HEAD_OF_ACCOUNTS), null);
        slack().event(team, "EvHomeL" + team, appHomeOpened(lead), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("views.publish").size() == 2);
        assertThat(SLACK.calls("views.publish")).anySatisfy(call -> {
            assertThat(call.params().get("user_id")).isEqualTo(HEAD_OF_ACCOUNTS);
            assertThat(call.params().get("view")).contains("Google calendars and mail can't be read");
        }).anySatisfy(call -> {
            assertThat(call.params().get("user_id")).isEqualTo(lead);
            assertThat(call.params().get("view")).doesNotContain("can't be read");
        });
    }

    private static JsonObject appHomeOpened(String userId) {
        JsonObject event = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        event.addProperty("user", userId);
        return event;
    }
}
