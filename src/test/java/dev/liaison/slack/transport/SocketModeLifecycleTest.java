package dev.liaison.slack.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.LiaisonApplication;
import dev.liaison.slack.SocketModeConnection;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.FakeSocketModeServer;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.TestInstances;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starting and stopping in Socket Mode: Slack refusing the connection at start-up does not stop
 * Liaison from starting, and it connects once Slack lets it; a request in hand at shutdown is still
 * answered over the socket before it closes.
 */
class SocketModeLifecycleTest {

    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final FakeSocketModeServer SOCKET = new FakeSocketModeServer();

    static {
        SLACK.socketModeUrl(SOCKET::url);
    }

    @AfterAll
    static void stop() throws Exception {
        SOCKET.close();
        SLACK.close();
        TestDatabase.dropAll(SocketModeLifecycleTest.class);
    }

    private static ConfigurableApplicationContext start(Path data) {
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.properties(data, Map.of(
                "server.port", "0", "management.server.port", "0",
                "slack.bot-token", "xoxb-socket-token", "slack.app-token", "xapp-1-A123ABC456-lifecycle",
                "slack.api-url", SLACK.apiUrl())));
        properties.putAll(TestDatabase.at(SocketModeLifecycleTest.class, data).properties());
        return new SpringApplicationBuilder(LiaisonApplication.class).run(TestInstances.arguments(properties));
    }

    private static JsonObject socketHealth(ConfigurableApplicationContext app) throws Exception {
        String port = app.getEnvironment().getProperty("local.management.port");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(health.body()).getAsJsonObject().getAsJsonObject("components")
                .getAsJsonObject("socketMode");
    }

    @Test
    void slackRefusingTheConnectionAtStartUpDelaysOnlyTheConnection(@TempDir Path data) throws Exception {
        SLACK.socketModeUrl(() -> null); // apps.connections.open answers invalid_auth
        try (ConfigurableApplicationContext app = start(data)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("apps.connections.open").size() >= 2);
            JsonObject down = socketHealth(app);
            assertThat(down.get("status").getAsString()).isEqualTo("DOWN");
            assertThat(down.getAsJsonObject("details").get("lastError").getAsString()).contains("invalid_auth");
            assertThat(SOCKET.connectionsOpen()).isZero();

            SLACK.socketModeUrl(SOCKET::url);
            await().atMost(Duration.ofSeconds(20)).until(() -> SOCKET.connectionsOpen() == 1
                    && "UP".equals(socketHealth(app).get("status").getAsString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> SOCKET.connectionsOpen() == 0);
    }

    @Test
    void aRequestInHandAtShutdownIsStillAnsweredOverTheSocket(@TempDir Path data) throws Exception {
        SLACK.socketModeUrl(SOCKET::url);
        ConfigurableApplicationContext app = start(data);
        await().atMost(Duration.ofSeconds(20)).until(() -> SOCKET.connectionsOpen() == 1);
        SignedSlack slack = new SignedSlack(SOCKET.transport(), new MutableClock(Instant.now()));
        SLACK.member("TSHUTDOWN1", "USHUT1", "Sam Shutdown", "Europe/London");
        // a first-time user: the command waits on a slow users.info while the app is told to stop
        SLACK.slowNext("users.info", 1_500, 1);
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() ->
                slack.command("TSHUTDOWN1", "USHUT1", "/client", "list mine", SLACK.responseUrl("shutdown")));
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("users.info").stream()
                .anyMatch(c -> "USHUT1".equals(c.params().get("user"))));
        app.close();
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertThat(response.body()).contains("ephemeral", "client");
        // and then the socket was closed
        await().atMost(Duration.ofSeconds(10)).until(() -> SOCKET.connectionsOpen() == 0);
    }

    @Test
    void anEnvelopeArrivingWhileStoppingIsLeftUnackedForSlackToRedeliver(@TempDir Path data) throws Exception {
        SLACK.socketModeUrl(SOCKET::url);
        ConfigurableApplicationContext app = start(data);
        await().atMost(Duration.ofSeconds(20)).until(() -> SOCKET.connectionsOpen() == 1);
        SocketModeConnection connection = app.getBean(SocketModeConnection.class);
        SignedSlack slack = new SignedSlack(SOCKET.transport(), new MutableClock(Instant.now()));
        SLACK.member("TSHUTDOWN2", "USHUT2", "Sam Shutdown", "Europe/London")
                .member("TSHUTDOWN2", "USHUT3", "Nia Newcomer", "Europe/London");
        // a command in hand keeps the stop draining: it waits on a slow users.info
        // 1.5 s: held long enough for the stop to begin, and 1 s inside the 2.5 s read timeout on a loaded machine
        SLACK.slowNext("users.info", 1_500, 1);
        CompletableFuture<HttpResponse<String>> inHand = CompletableFuture.supplyAsync(() ->
                slack.command("TSHUTDOWN2", "USHUT2", "/client", "list mine", SLACK.responseUrl("in-hand")));
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("users.info").stream()
                .anyMatch(c -> "USHUT2".equals(c.params().get("user"))));
        long acksBefore = acks();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
        await().atMost(Duration.ofSeconds(10)).until(() -> !connection.isRunning());

        // a new envelope while stopping, over the still-open socket
        CompletableFuture<HttpResponse<String>> arriving = CompletableFuture.supplyAsync(() ->
                slack.command("TSHUTDOWN2", "USHUT3", "/client", "list mine", SLACK.responseUrl("arriving")));
        assertThat(inHand.get(10, TimeUnit.SECONDS).body()).as("the request in hand").contains("ephemeral", "client");
        closing.get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> SOCKET.connectionsOpen() == 0);
        assertThat(acks() - acksBefore).as("acks sent while stopping: only the request in hand's").isEqualTo(1);
        assertThat(SLACK.calls("users.info")).as("the new envelope was not handled")
                .noneMatch(c -> "USHUT3".equals(c.params().get("user")));
        // sent over the open socket (not refused for want of a connection) and never acknowledged
        assertThat(Assertions.catchThrowable(() -> arriving.get(15, TimeUnit.SECONDS)))
                .hasMessageContaining("no ack for envelope");
    }

    private static long acks() {
        return SOCKET.received().stream().filter(m -> m.has("envelope_id")).count();
    }
}
