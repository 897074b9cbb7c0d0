package dev.liaison.connect.slack;

import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.connect.Connections;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.ServiceAccountKeys;
import dev.liaison.people.PeopleService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /liaison config calendar …}, {@code config mail-subjects} and {@code me mail}, through signed
 * requests: only a head connects, the modal checks what was pasted and answers under the input, the secret
 * is never shown again, and {@code off} removes it.
 */
class ConnectionCommandsE2eTest extends LiaisonE2eTest {

    private static final String HEAD = HEAD_OF_ACCOUNTS;
    private static final String AM = "UCONNAM1";
    private String team;

    @Autowired
    Connections connections;
    @Autowired
    PeopleService people;
    @Autowired
    WorkspaceSettingsService settings;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, HEAD, "Hana Head", "Europe/London");
        SLACK.member(team, AM, "Ana Manager", "Europe/London");
    }

    private static JsonObject lastOpened() {
        var opened = SLACK.calls("views.open");
        return JsonParser.parseString(opened.get(opened.size() - 1).params().get("view")).getAsJsonObject();
    }

    private String liaison(String user, String text) {
        var response = slack().command(team, user, "/liaison", text, SLACK.responseUrl("l"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().isEmpty() ? "" : visible(JsonParser.parseString(response.body()).getAsJsonObject());
    }

    @Test
    void aHeadConnectsGoogleThroughTheModalAndTheKeyIsNeverShownAgain() {
        int opened = SLACK.calls("views.open").size();
        assertThat(liaison(AM, "config calendar google")).contains("Only a head of accounts");
        assertThat(SLACK.calls("views.open")).hasSize(opened);

        assertThat(liaison(HEAD, "config calendar google")).isEmpty();
        JsonObject view = lastOpened();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("connect_google");
        assertThat(view.toString()).contains("calendar.readonly", "gmail.metadata");

        var wrong = slack().viewSubmission(team, HEAD, "connect_google", "", Map.of("key", typed("{\"type\":\"user\"}")));
        JsonObject errors = JsonParser.parseString(wrong.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.get("key").getAsString()).contains("`type` is not `service_account`");
        assertThat(connections.of(team, Provider.GOOGLE)).isEmpty();

        var badUrl = slack().viewSubmission(team, HEAD, "connect_google", "", Map.of(
                "key", typed(ServiceAccountKeys.key("l@x.iam.gserviceaccount.com", "https://oauth2.googleapis.com/token")),
                "api_url", typed("not a url")));
        assertThat(JsonParser.parseString(badUrl.body()).getAsJsonObject().getAsJsonObject("errors").keySet())
                .containsExactly("api_url");

        // someone who is not a head cannot submit it either
        String key = ServiceAccountKeys.key("liaison@agency.iam.gserviceaccount.com", "https://oauth2.googleapis.com/token");
        var notHead = slack().viewSubmission(team, AM, "connect_google", "", Map.of("key", typed(key)));
        assertThat(notHead.body()).contains("Only a head of accounts");

        var saved = slack().viewSubmission(team, HEAD, "connect_google", "", Map.of("key", typed(key)));
        assertThat(saved.body()).contains("\"response_action\":\"update\"", "Google is connected");
        assertThat(connections.of(team, Provider.GOOGLE)).contains(
                new ProviderCredentials.Google(key, "https://www.googleapis.com/"));

        String config = liaison(AM, "config");
        assertThat(config).contains("Google calendars and mail: connected", "Microsoft calendars and mail: not connected")
                .doesNotContain("PRIVATE KEY", "liaison@agency");

        assertThat(liaison(AM, "config calendar google off")).contains("Only a head of accounts");
        assertThat(liaison(HEAD, "config calendar google off")).contains("Google is disconnected");
        assertThat(connections.of(team, Provider.GOOGLE)).isEmpty();
        assertThat(liaison(HEAD, "config calendar google off")).contains("had no Google connection");
    }

    @Test
    void aHeadConnectsMicrosoftAndAWrongClientIdIsAnsweredUnderIt() {
        liaison(HEAD, "config calendar microsoft");
        JsonObject view = lastOpened();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("connect_microsoft");
        assertThat(view.toString()).contains("Calendars.Read", "MailboxSettings.Read", "Mail.ReadBasic.All");

        var wrong = slack().viewSubmission(team, HEAD, "connect_microsoft", "", Map.of("tenant", typed("contoso.onmicrosoft.com"),
                "client_id", typed("my app"), "secret", typed("s3cr3t")));
        assertThat(JsonParser.parseString(wrong.body()).getAsJsonObject().getAsJsonObject("errors").keySet())
                .containsExactly("client_id");
        var saved = slack().viewSubmission(team, HEAD, "connect_microsoft", "", Map.of("tenant", typed("contoso.onmicrosoft.com"),
                "client_id", typed("00001111-aaaa-2222-bbbb-3333cccc4444"), "secret", typed("s3cr3t~val"),
                "graph_url", typed("http://127.0.0.1:1/graph")));
        assertThat(saved.body()).contains("Microsoft is connected");
        assertThat(connections.of(team, Provider.MICROSOFT)).contains(new ProviderCredentials.Microsoft(
                "contoso.onmicrosoft.com", "00001111-aaaa-2222-bbbb-3333cccc4444", "s3cr3t~val", "http://127.0.0.1:1/graph/",
                "https://login.microsoftonline.com/"));
        assertThat(liaison(HEAD, "config")).contains("Microsoft calendars and mail: connected").doesNotContain("s3cr3t");
    }

    @Test
    void mailSubjectsAreAHeadsChoiceAndMailOptOutIsEveryonesOwn() {
        assertThat(liaison(AM, "config mail-subjects on")).contains("Only a head of accounts");
        assertThat(settings.mailSubjects(team)).isFalse();
        assertThat(liaison(HEAD, "config mail-subjects on")).contains("keep their subject");
        assertThat(settings.mailSubjects(team)).isTrue();
        assertThat(liaison(HEAD, "config")).contains("E-mail subjects on touches: kept");
        liaison(HEAD, "config mail-subjects off");
        assertThat(settings.mailSubjects(team)).isFalse();

        assertThat(liaison(AM, "me mail off")).contains("won't read your mailbox");
        assertThat(people.find(team, AM).orElseThrow().mailOff()).isTrue();
        assertThat(liaison(AM, "me")).contains("E-mail touches: off");
        liaison(AM, "me mail on");
        assertThat(people.find(team, AM).orElseThrow().mailOff()).isFalse();
        assertThat(liaison(AM, "me mail maybe")).contains("/liaison me mail off");
        assertThat(liaison(HEAD, "config calendar outlook")).contains("is not a calendar I can read");
    }

    @Test
    void thePersonsSlackEMailIsStoredForMatchingTheirCalendar() {
        SLACK.email(AM, "Ana.Manager@Agency.example");
        liaison(AM, "me");
        assertThat(people.find(team, AM).orElseThrow().email()).isEqualTo("ana.manager@agency.example");
    }
}
