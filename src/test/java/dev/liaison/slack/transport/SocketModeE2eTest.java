package dev.liaison.slack.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.EveryKindOfRequest;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.FakeSocketModeServer;
import dev.liaison.support.LiaisonE2eTest;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import dev.liaison.warmup.WarmUpRequests;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * Liaison in Socket Mode against a local stand-in for Slack's Socket Mode server: it connects out
 * with the app-level token (no signing secret, no public URL), answers every kind of request over
 * the socket exactly as over HTTP, follows Slack's disconnect message to a new connection, and
 * reconnects with growing waits when the connection drops and Slack refuses a new one for a while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-socket-token",
        "slack.app-token=xapp-1-A123ABC456-socket",
        "slack.signing-secret=",
        "management.server.port=0",
})
@Import(LiaisonE2eTest.TestClockConfiguration.class)
class SocketModeE2eTest {

    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final FakeSocketModeServer SOCKET = new FakeSocketModeServer();

    static {
        SLACK.socketModeUrl(SOCKET::url);
    }

    @DynamicPropertySource
    static void slackAndStore(DynamicPropertyRegistry registry) {
        Path data = TestInstances.freshDataDir("liaison-socket-");
        registry.add("slack.api-url", SLACK::apiUrl);
        registry.add("liaison.data-dir", data::toString);
        TestInstances.jobsOff(registry);
    }

    @AfterAll
    static void stop() throws Exception {
        SOCKET.close();
        SLACK.close();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private SignedSlack overTheSocket() {
        awaitConnected();
        return new SignedSlack(SOCKET.transport(), clock);
    }

    private void awaitConnected() {
        await().atMost(Duration.ofSeconds(20)).until(() -> SOCKET.connectionsOpen() >= 1
                && "CONNECTED".equals(socketHealth().getAsJsonObject("details").get("state").getAsString()));
    }

    private JsonObject socketHealth() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(health.body()).getAsJsonObject().getAsJsonObject("components")
                .getAsJsonObject("socketMode");
    }

    private static String newTeam() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void connectsWithTheAppTokenAndServesNoHttpEndpoint() throws Exception {
        awaitConnected();
        assertThat(SLACK.calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.token()).isEqualTo("xapp-1-A123ABC456-socket"));
        JsonObject health = socketHealth();
        assertThat(health.get("status").getAsString()).isEqualTo("UP");

        HttpResponse<String> events = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString("token=x&command=%2Fclient")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(events.statusCode()).isEqualTo(404);
    }

    @Test
    void everyKindOfRequestOverTheSocket() {
        EveryKindOfRequest.run(overTheSocket(), SLACK, newTeam(), "xoxb-socket-token");
        // every ack went back on the socket with the envelope id it answered
        assertThat(SOCKET.received()).isNotEmpty().allSatisfy(ack -> assertThat(ack.has("envelope_id")).isTrue());
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WarmUpRequests warmUp;

    /**
     * Issue 20 item 1: with no HTTP endpoint, the warm-up hands Slack's slash command payload to the same Bolt
     * app in-process as a Socket Mode request. The handler ran (the owner index, built on the first read of a
     * workspace's portfolio, is there after it and was not before), Slack heard nothing.
     */
    @Test
    void theWarmUpDrivesTheSameBoltAppInProcessWithNoWebApiCall() {
        SignedSlack socket = overTheSocket();
        String team = newTeam();
        SLACK.member(team, "UWARM1", "Walt Warm", "Europe/London");
        assertThat(socket.command(team, "UWARM1", "/client", "add \"Warm Co\"", SLACK.responseUrl("add")).body())
                .contains("Warm Co");
        String ownerIndex = "built:" + team;
        assertThat(mongo.getCollection("client_owners").countDocuments(new Document("_id", ownerIndex))).isZero();
        int callsBefore = SLACK.calls().size();

        assertThat(warmUp.route()).contains("in-process");
        assertThat(warmUp.slashCommand(team, "UWARM1", "list mine")).isEqualTo(200);
        assertThat(warmUp.slashCommand(team, "UWARM1", "status Warm Co")).isEqualTo(200);
        assertThat(warmUp.slashCommand(team, "UWARM1", "help")).isEqualTo(200);
        assertThat(warmUp.urlVerification()).isEqualTo(200);

        assertThat(mongo.getCollection("client_owners").countDocuments(new Document("_id", ownerIndex))).isOne();
        assertThat(SLACK.calls()).as("Web API calls made by the warm-up's requests").hasSize(callsBefore);
    }

    @Test
    void theSameSlashCommandEnvelopeDeliveredTwiceIsAckedTwiceAndLogsOneNote() {
        SignedSlack socket = overTheSocket();
        String team = newTeam();
        SLACK.member(team, "UENVLP1", "Eve Envelope", "Europe/London");
        assertThat(socket.command(team, "UENVLP1", "/client", "add \"Envelope Co\"", SLACK.responseUrl("add"))
                .body()).contains("Envelope Co");
        // the envelope as Slack sends it, captured once, then delivered twice under one envelope_id
        JsonObject[] payload = new JsonObject[1];
        new SignedSlack((contentType, body, headers) -> {
            JsonObject command = new JsonObject();
            SignedSlack.parseForm(body).forEach(command::addProperty);
            payload[0] = command;
            return null;
        }, clock).command(team, "UENVLP1", "/client", "log envelope co note Called about the renewal",
                SLACK.responseUrl("log"));
        String envelopeId = UUID.randomUUID().toString();

        HttpResponse<String> first = SOCKET.send(envelopeId, "slash_commands", payload[0], null);
        HttpResponse<String> again = SOCKET.send(envelopeId, "slash_commands", payload[0], 1);

        assertThat(first.body()).contains("Logged");
        assertThat(again.statusCode()).as("the repeat is acked too").isEqualTo(200);
        assertThat(mongo.count(Query.query(
                Criteria.where("teamId").is(team)
                        .and("summary").is("Called about the renewal")), "interactions"))
                .as("notes logged").isEqualTo(1);
    }

    @Test
    void slacksDisconnectMessageMovesToAFreshConnection() {
        SignedSlack slack = overTheSocket();
        int before = SOCKET.connectionsOpened();
        int opens = SLACK.calls("apps.connections.open").size();
        SOCKET.askToReconnect();
        await().atMost(Duration.ofSeconds(20)).until(() -> SOCKET.connectionsOpened() == before + 1
                && SOCKET.connectionsOpen() == 1);
        assertThat(SLACK.calls("apps.connections.open")).hasSize(opens + 1);
        String team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon");
        var answer = slack.command(team, "UAM1", "/client", "list mine", SLACK.responseUrl("list"));
        assertThat(answer.body()).contains("ephemeral");
    }

    @Test
    void aDroppedConnectionComesBackWithGrowingWaitsWhileSlackRefuses() throws Exception {
        overTheSocket();
        int opens = SLACK.calls("apps.connections.open").size();
        // Slack cuts the connection and, for the next two tries, will not hand out a new one
        SLACK.errorNext("apps.connections.open", "ratelimited", "ratelimited");
        SOCKET.dropAll();
        await().atMost(Duration.ofSeconds(30)).until(() -> SOCKET.connectionsOpen() == 1
                && SLACK.calls("apps.connections.open").size() >= opens + 3);
        List<FakeSlackWebApi.Call> tries = SLACK.calls("apps.connections.open").subList(opens, opens + 3);
        long firstWait = tries.get(1).atMillis() - tries.get(0).atMillis();
        long secondWait = tries.get(2).atMillis() - tries.get(1).atMillis();
        // 1 s then 2 s (each plus up to 20 % jitter): backing off, not hammering
        assertThat(firstWait).isGreaterThanOrEqualTo(900);
        assertThat(secondWait).isGreaterThanOrEqualTo(1800);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "CONNECTED".equals(socketHealth().getAsJsonObject("details").get("state").getAsString()));
        assertThat(socketHealth().getAsJsonObject("details").get("connections").getAsInt()).isGreaterThanOrEqualTo(2);
    }
}
