package dev.liaison.slack.transport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.digest.NudgeService;
import dev.liaison.escalation.EscalationService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import dev.liaison.workspace.Installation;
import dev.liaison.workspace.Workspaces;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One deployment, many workspaces: each installs through Bolt's /slack/install and
 * /slack/oauth_redirect against a stand-in oauth.v2.access, gets its own bot token, sees only its
 * own data, and is served with its own token on every Web API call. Uninstalling one stops its
 * digests and keeps its data; Slack refusing one workspace's token does not hold up another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=",
        "slack.client-id=1234567890.0987654321",
        "slack.client-secret=oauth0client0secret0for0tests00",
        "slack.signing-secret=" + LiaisonE2eTest.SECRET,
        "liaison.token-key=" + OAuthInstallE2eTest.TOKEN_KEY,
        "management.server.port=0",
})
@Import(LiaisonE2eTest.TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class OAuthInstallE2eTest {

    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final String TOKEN_KEY = "6a1f0e5d4c3b2a19081f2e3d4c5b6a7988a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3";
    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");
    private static final Pattern STATE_COOKIE = Pattern.compile("slack-app-oauth-state=([^;]+)");

    @DynamicPropertySource
    static void slackAndStore(DynamicPropertyRegistry registry) {
        Path data = TestInstances.freshDataDir("liaison-oauth-");
        registry.add("slack.api-url", SLACK::apiUrl);
        registry.add("liaison.data-dir", data::toString);
        TestInstances.jobsOff(registry);
    }

    @AfterAll
    static void stop() {
        SLACK.close();
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    MutableClock clock;
    @Autowired
    Workspaces workspaces;
    @Autowired
    DigestService digests;
    @Autowired
    NudgeService nudges;
    @Autowired
    EscalationService escalations;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    WorkspaceSettingsService settings;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void restoreClock() {
        clock.set(MONDAY_10Z);
    }

    /** A workspace about to install: its id, the code Slack will hand back, its own bot token. */
    private record Workspace(String teamId, String code, String token, String user) {
        static Workspace fresh(String name) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            return new Workspace("T" + id, "code-" + id, "xoxb-" + name + "-" + id, "U" + name.toUpperCase() + id);
        }
    }

    private SignedSlack slack() {
        return new SignedSlack("http://127.0.0.1:" + port + "/slack/events", LiaisonE2eTest.SECRET, clock);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The install page: Bolt's "Add to Slack" page, with a fresh state in a cookie and in the authorize URL. */
    private String startInstall() throws Exception {
        HttpResponse<String> page = get("/slack/install", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher matcher = STATE_COOKIE.matcher(setCookie);
        assertThat(matcher.find()).as(setCookie).isTrue();
        String state = matcher.group(1);
        assertThat(page.body()).contains("https://slack.com/oauth/v2/authorize?client_id=1234567890.0987654321",
                "scope=" + URLEncoder.encode("commands,users:read", StandardCharsets.UTF_8), "state=" + state);
        return state;
    }

    private HttpResponse<String> finishInstall(String code, String state, String cookieState) throws Exception {
        return get("/slack/oauth_redirect?code=" + code + "&state=" + state, "slack-app-oauth-state=" + cookieState);
    }

    /** The whole install, as the installer's browser goes through it; returns the state it used. */
    private String install(Workspace w) throws Exception {
        SLACK.installation(w.code(), w.teamId(), "Agency " + w.teamId(), w.token(), "UBOT" + w.teamId(), w.user());
        String state = startInstall();
        HttpResponse<String> done = finishInstall(w.code(), state, state);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Thank you!");
        SLACK.member(w.teamId(), w.user(), "Installer of " + w.teamId(), "Asia/Kolkata");
        return state;
    }

    /** A workspace that installed Liaison and added one client. */
    private Workspace installedWithClient(String name, String client) throws Exception {
        Workspace w = Workspace.fresh(name);
        install(w);
        command(w, "add \"" + client + "\"");
        return w;
    }

    /** Slack's app_uninstalled event for this workspace, signed as Slack sends it. */
    private void uninstall(Workspace w) {
        JsonObject uninstalled = new JsonObject();
        uninstalled.addProperty("type", "app_uninstalled");
        assertThat(slack().event(w.teamId(), "EvUNINST" + w.teamId(), uninstalled, null).statusCode()).isEqualTo(200);
    }

    private long outboxOf(Workspace w) {
        return mongo.getCollection("outbox").countDocuments(new Document("teamId", w.teamId()));
    }

    private JsonObject command(Workspace w, String text) {
        HttpResponse<String> response = slack().command(w.teamId(), w.user(), "/client", text, SLACK.responseUrl("cmd"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Calls made on a workspace's behalf: those naming one of its users (ours all start with U + name). */
    private static List<FakeSlackWebApi.Call> callsAbout(Workspace w) {
        return SLACK.calls().stream().filter(c -> c.params().values().stream().anyMatch(v -> v.equals(w.user())))
                .toList();
    }

    private List<FakeSlackWebApi.Call> dmsTo(Workspace w) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> w.user().equals(c.params().get("channel"))).toList();
    }

    @Test
    void aCompletedInstallIsKeptWithItsOwnTokenAndItsStateIsUsedUp() throws Exception {
        Workspace acme = Workspace.fresh("acme");
        String state = install(acme);

        Installation installed = workspaces.installation(acme.teamId()).orElseThrow();
        assertThat(installed.active()).isTrue();
        assertThat(installed.botToken()).isEqualTo(acme.token());
        assertThat(installed.botUserId()).isEqualTo("UBOT" + acme.teamId());
        assertThat(installed.installerUserId()).isEqualTo(acme.user());
        assertThat(installed.toString()).doesNotContain(acme.token());
        // at rest the token is sealed with LIAISON_TOKEN_KEY: a copy of the database gives nothing away
        String stored = mongo.getCollection("installations").find(new Document("_id", acme.teamId())).first()
                .getString("botToken");
        assertThat(stored).startsWith("enc:v2:").doesNotContain(acme.token());
        var exchanged = SLACK.calls("oauth.v2.access").stream()
                .filter(c -> acme.code().equals(c.params().get("code"))).toList();
        assertThat(exchanged).singleElement().satisfies(c -> {
            assertThat(c.params().get("client_id")).isEqualTo("1234567890.0987654321");
            assertThat(c.params().get("client_secret")).isEqualTo("oauth0client0secret0for0tests00");
        });
        // the app's secret goes to oauth.v2.access and nowhere else
        assertThat(SLACK.calls()).filteredOn(c -> !c.method().equals("oauth.v2.access"))
                .noneSatisfy(c -> assertThat(c.params().values()).contains("oauth0client0secret0for0tests00"));
        // the state was used up
        // used up: recorded as used, so the same redirect again is refused
        assertThat(mongo.getCollection("oauth_states").countDocuments(new Document("_id", state))).isEqualTo(1);
    }

    @Test
    void aStateIsGoodOnceOnlyAndNeverAfterItExpires() throws Exception {
        Workspace once = Workspace.fresh("once");
        SLACK.installation(once.code(), once.teamId(), "Once", once.token(), "UBOT1", once.user());
        String state = startInstall();
        assertThat(finishInstall(once.code(), state, state).body()).contains("Thank you!");
        int exchanges = SLACK.calls("oauth.v2.access").size();

        // the same redirect again (a reload, or someone replaying it): refused before Slack is asked
        HttpResponse<String> replay = finishInstall(once.code(), state, state);
        assertThat(replay.body()).contains("Oops, Something Went Wrong!");
        assertThat(SLACK.calls("oauth.v2.access")).hasSize(exchanges);

        // a state this deployment never issued, even with a matching cookie
        assertThat(finishInstall(once.code(), "forged-state", "forged-state").body()).contains("Oops");

        // a genuine state with its proof altered
        String genuine = startInstall();
        String altered = genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("0") ? "1" : "0");
        assertThat(finishInstall(once.code(), altered, altered).body()).contains("Oops");

        // one issued eleven minutes ago has expired
        String stale = startInstall();
        clock.advance(Duration.ofMinutes(11));
        assertThat(finishInstall(once.code(), stale, stale).body()).contains("Oops");

        // issue 15 item 8: anonymous visits to the install page write nothing
        long rows = mongo.getCollection("oauth_states").countDocuments();
        for (int visit = 0; visit < 20; visit++) {
            startInstall();
        }
        assertThat(mongo.getCollection("oauth_states").countDocuments()).isEqualTo(rows);
        assertThat(SLACK.calls("oauth.v2.access")).hasSize(exchanges);
    }

    @Test
    void twoInstalledWorkspacesNeverSeeEachOthersDataOrTokens(CapturedOutput output) throws Exception {
        clock.set(MONDAY_10Z);
        Workspace acme = Workspace.fresh("acme");
        Workspace bolt = Workspace.fresh("bolt");
        install(acme);
        install(bolt);
        SLACK.reset();

        assertThat(command(acme, "add \"Anvil Works\"").toString()).contains("Anvil Works");
        assertThat(command(bolt, "add \"Bolt Bakery\"").toString()).contains("Bolt Bakery");
        assertThat(command(acme, "list all").toString()).contains("Anvil Works").doesNotContain("Bolt Bakery");
        assertThat(command(bolt, "list all").toString()).contains("Bolt Bakery").doesNotContain("Anvil Works");
        assertThat(command(bolt, "status anvil").toString()).doesNotContain("Anvil Works");

        // the morning digests: each workspace's DM, each with its own token
        assertThat(digests.runDue()).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo(acme).size() == 1 && dmsTo(bolt).size() == 1);
        assertThat(dmsTo(acme).get(0).params().get("blocks")).contains("Anvil Works").doesNotContain("Bolt Bakery");
        assertThat(dmsTo(bolt).get(0).params().get("blocks")).contains("Bolt Bakery").doesNotContain("Anvil Works");

        // every Web API call about a workspace's people carried that workspace's token and no other
        assertThat(callsAbout(acme)).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(acme.token()));
        assertThat(callsAbout(bolt)).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(bolt.token()));
        assertThat(SLACK.calls()).noneSatisfy(c -> assertThat(c.token()).isEqualTo("xoxb-test-token"));
        // and no token, code or the app's secret was written to the log on the way
        assertThat(output.getAll()).doesNotContain(acme.token(), bolt.token(), acme.code(), bolt.code(),
                "oauth0client0secret0for0tests00");
    }

    @Test
    void anUninstalledWorkspaceGetsNoMoreMessagesAndKeepsItsData() throws Exception {
        clock.set(MONDAY_10Z);
        Workspace leaving = installedWithClient("leaving", "Lantern Labs");
        Workspace staying = installedWithClient("staying", "Summit Sports");
        SLACK.reset();

        uninstall(leaving);
        assertThat(workspaces.active(leaving.teamId())).isFalse();
        assertThat(workspaces.installation(leaving.teamId()).orElseThrow().botToken()).isNull();

        digests.runDue();
        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo(staying).size() == 1);
        assertThat(dmsTo(leaving)).isEmpty();
        // not even composed: the job skips a workspace it no longer serves
        assertThat(outboxOf(leaving)).isZero();
        assertThat(SLACK.calls()).noneSatisfy(c -> assertThat(c.token()).isEqualTo(leaving.token()));

        // its data is still there, and its people are told how to get Liaison back
        assertThat(mongo.getCollection("clients").countDocuments(new Document("teamId", leaving.teamId()))).isEqualTo(1);
        assertThat(command(leaving, "status lantern").toString()).contains("isn't installed in this workspace")
                .doesNotContain("Lantern Labs");
        assertThat(SLACK.calls()).noneSatisfy(c -> assertThat(c.token()).isEqualTo(leaving.token()));

        // installing again picks up where it left off
        install(leaving);
        assertThat(command(leaving, "status lantern").toString()).contains("Lantern Labs");
    }

    private HttpResponse<String> management(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdminCanForgetAWorkspaceThatLeftButNotOneThatIsInstalled() throws Exception {
        Workspace gone = installedWithClient("gone", "Ghost Graphics");
        Workspace here = installedWithClient("here", "Harbour Homes");
        command(gone, "log ghost call Last call");
        settings.setEscalationChannel(gone.teamId(), "CGHOSTESC", gone.user());
        settings.setEscalationChannel(here.teamId(), "CHEREESC", here.user());
        uninstall(gone);

        HttpResponse<String> list = management("GET", "/actuator/workspaces");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(gone.teamId(), "UNINSTALLED", here.teamId(), "ACTIVE")
                .doesNotContain(gone.token(), here.token(), "xoxb-");

        assertThat(management("DELETE", "/actuator/workspaces/" + here.teamId()).statusCode()).isEqualTo(400);
        assertThat(workspaces.active(here.teamId())).isTrue();

        HttpResponse<String> deleted = management("DELETE", "/actuator/workspaces/" + gone.teamId());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(deleted.body()).getAsJsonObject().get("deletedDocuments").getAsLong())
                .isGreaterThanOrEqualTo(3);
        for (String collection : mongo.getCollectionNames()) {
            assertThat(mongo.getCollection(collection).countDocuments(new Document("$or", List.of(
                    new Document("teamId", gone.teamId()), new Document("_id", gone.teamId())))))
                    .as(collection).isZero();
        }
        assertThat(settings.escalationChannel(here.teamId())).contains("CHEREESC");
        assertThat(workspaces.installation(gone.teamId())).isEmpty();
        // the other workspace lost nothing
        assertThat(mongo.getCollection("clients").countDocuments(new Document("teamId", here.teamId()))).isEqualTo(1);
        assertThat(command(here, "list all").toString()).contains("Harbour Homes").doesNotContain("Ghost Graphics");
    }

    @Test
    void whoeverInstalledLiaisonIsItsFirstHeadOfAccountsThereAndOnlyThere() throws Exception {
        Workspace agency = Workspace.fresh("agency");
        install(agency);
        SLACK.member(agency.teamId(), "UCOLLEAGUE" + agency.teamId(), "Colleague", "Europe/London");

        HttpResponse<String> byColleague = slack().command(agency.teamId(), "UCOLLEAGUE" + agency.teamId(), "/liaison",
                "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("cfg"));
        assertThat(byColleague.body()).contains("Only a head of accounts");
        assertThat(settings.escalationChannel(agency.teamId())).isEmpty();

        JsonObject byInstaller = JsonParser.parseString(slack().command(agency.teamId(), agency.user(), "/liaison",
                "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("cfg")).body()).getAsJsonObject();
        assertThat(byInstaller.toString()).doesNotContain("Only a head of accounts");
        assertThat(settings.escalationChannel(agency.teamId())).contains("C0ESCAL");

        // the same person id means nothing in another workspace
        Workspace other = Workspace.fresh("other");
        install(other);
        SLACK.member(other.teamId(), agency.user(), "Visitor", "Europe/London");
        HttpResponse<String> elsewhere = slack().command(other.teamId(), agency.user(), "/liaison",
                "config escalation-channel <#C0OTHER|other>", SLACK.responseUrl("cfg"));
        assertThat(elsewhere.body()).contains("Only a head of accounts");
        assertThat(settings.escalationChannel(other.teamId())).isEmpty();
    }

    /**
     * Issue 15 item 1: only the very first install makes someone a head of accounts. A reinstall by
     * someone else promotes nobody and demotes nobody; heads name heads; with no one named, the
     * workspace's Slack owners and admins act as heads.
     */
    @Test
    void aReinstallNeitherPromotesTheReinstallerNorDemotesTheFirstInstaller() throws Exception {
        Workspace agency = Workspace.fresh("founder");
        install(agency);
        Workspace again = new Workspace(agency.teamId(), "code-again-" + agency.teamId(), agency.token() + "-2",
                "UR" + agency.teamId().substring(1));
        String slackAdmin = "US" + agency.teamId().substring(1);
        String colleague = "UC" + agency.teamId().substring(1);
        SLACK.member(agency.teamId(), slackAdmin, "Sam Slack-Admin", "Europe/London").slackAdmin(slackAdmin)
                .member(agency.teamId(), colleague, "Cleo Colleague", "Europe/London");
        install(again);

        assertThat(liaison(again, again.user(), "config escalation-channel <#C0RE|re>"))
                .as("the reinstaller").contains("Only a head of accounts");
        assertThat(liaison(again, slackAdmin, "config escalation-channel <#C0RE|re>"))
                .as("a Slack admin, while the workspace has a head").contains("Only a head of accounts");
        assertThat(liaison(agency, agency.user(), "team <@" + colleague + "> <@" + again.user() + ">"))
                .as("the first installer").contains("now leads");

        // the head hands over to the Slack owners and admins; they then name a head, who replaces them
        assertThat(liaison(agency, agency.user(), "config admins none")).contains("Slack owners and admins act as heads");
        assertThat(liaison(agency, agency.user(), "config escalation-channel <#C0RE|re>")).contains("Only a head of accounts");
        assertThat(liaison(agency, slackAdmin, "config admins <@" + colleague + ">")).contains("Heads of accounts: <@" + colleague);
        assertThat(liaison(agency, slackAdmin, "config escalation-channel <#C0RE|re>")).contains("Only a head of accounts");
        assertThat(liaison(agency, colleague, "config escalation-channel <#C0RE|re>")).doesNotContain("Only");
        assertThat(settings.escalationChannel(agency.teamId())).contains("C0RE");
    }

    private String liaison(Workspace w, String who, String text) {
        HttpResponse<String> response = slack().command(w.teamId(), who, "/liaison", text, SLACK.responseUrl("cfg"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void everyJobPassesAnUninstalledWorkspaceBy() throws Exception {
        clock.set(MONDAY_10Z);
        Workspace leaving = installedWithClient("jobs", "Juniper Jets");
        // its installer is its head of accounts: an escalation channel, and an escalation on the client
        slack().command(leaving.teamId(), leaving.user(), "/liaison", "config escalation-channel <#C0JOBSESC|esc>",
                SLACK.responseUrl("cfg"));
        slack().command(leaving.teamId(), leaving.user(), "/escalate", "juniper p1 Site down", SLACK.responseUrl("esc"));
        String escalationId = leaving.teamId() + ":E-1";
        // its parent delivered and recorded, and the rung told (that DM is queued once the parent's ts is in)
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var escalation = escalations.get(leaving.teamId(), escalationId);
            return escalation.parentTs() != null && escalation.rungUsers().stream().allMatch(user -> mongo.exists(
                    Query.query(Criteria.where("_id").is("escalation:" + escalationId + ":open:" + user)), "outbox"));
        });
        uninstall(leaving);
        long queuedBefore = outboxOf(leaving);
        SLACK.reset();

        // days later, the client long overdue for a check-in and the P1 long past its deadline
        clock.advance(Duration.ofDays(3));
        digests.runDue();
        nudges.runDue();
        escalations.climbDue();

        assertThat(escalations.get(leaving.teamId(), escalationId).rung()).as("the ladder stopped").isZero();
        assertThat(outboxOf(leaving)).as("nothing composed for it").isEqualTo(queuedBefore);
        assertThat(SLACK.calls()).noneSatisfy(c -> assertThat(c.token()).isEqualTo(leaving.token()));
    }

    @Test
    void aMessageQueuedBeforeTheUninstallIsNeverSent() throws Exception {
        clock.set(MONDAY_10Z);
        Workspace leaving = installedWithClient("queued", "Quartz Quarries");
        // Slack is down when the digest is composed: it waits in the delivery queue
        SLACK.setDown(true);
        try {
            digests.runDue();
            await().atMost(Duration.ofSeconds(10)).until(() -> dmsTo(leaving).size() == 1);
        } finally {
            SLACK.setDown(false);
        }
        uninstall(leaving);
        SLACK.reset();
        clock.advance(Duration.ofMinutes(5));

        // its next attempt finds no token for the workspace: parked, and Slack is never asked
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.getCollection("outbox").countDocuments(
                new Document("teamId", leaving.teamId()).append("status", "PARKED")
                        .append("lastError", "not_installed")) == 1);
        assertThat(dmsTo(leaving)).isEmpty();
        assertThat(SLACK.calls()).noneSatisfy(c -> assertThat(c.token()).isEqualTo(leaving.token()));
    }

    @Test
    void aRevokedBotTokenStopsThatWorkspaceToo() throws Exception {
        Workspace revoked = Workspace.fresh("revoked");
        install(revoked);
        JsonObject event = JsonParser.parseString("{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\"UBOT"
                + revoked.teamId() + "\"]}}").getAsJsonObject();
        assertThat(slack().event(revoked.teamId(), "EvREVOKE" + revoked.teamId(), event, null).statusCode())
                .isEqualTo(200);
        assertThat(workspaces.installation(revoked.teamId()).orElseThrow().status())
                .isEqualTo(Installation.Status.REVOKED);
        assertThat(workspaces.active(revoked.teamId())).isFalse();
    }

    @Test
    void aWorkspaceSlackRefusesDoesNotHoldUpTheOthers() throws Exception {
        clock.set(MONDAY_10Z);
        Workspace inactive = installedWithClient("inactive", "Idle Industries");
        Workspace fine = installedWithClient("fine", "Fine Foods");
        SLACK.reset();
        SLACK.refuseToken(inactive.token(), "account_inactive");

        digests.runDue();
        await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo(fine).size() == 1);
        // the refused one is parked with Slack's reason, not retried for ever, and nothing else is held up
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.getCollection("outbox").countDocuments(
                new Document("teamId", inactive.teamId()).append("status", "PARKED")
                        .append("lastError", "account_inactive")) == 1);
        assertThat(dmsTo(fine).get(0).token()).isEqualTo(fine.token());
    }

    @Test
    void aWorkspaceThatNeverInstalledIsToldHowAndNothingIsSent() {
        Workspace stranger = Workspace.fresh("stranger");
        SLACK.reset();
        JsonObject answer = command(stranger, "list");
        assertThat(answer.get("text").getAsString()).contains("isn't installed in this workspace", "/slack/install");
        assertThat(SLACK.calls()).isEmpty();
    }
}
