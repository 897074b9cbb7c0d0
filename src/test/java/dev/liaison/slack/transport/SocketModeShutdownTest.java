package dev.liaison.slack.transport;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.liaison.LiaisonApplication;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.FakeSocketModeServer;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping Liaison in Socket Mode: a request in hand is still answered over the socket before it closes. */
class SocketModeShutdownTest {

    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final FakeSocketModeServer SOCKET = new FakeSocketModeServer();

    static {
        SLACK.socketModeUrl(SOCKET::url);
    }

    @AfterAll
    static void stop() throws Exception {
        SOCKET.close();
        SLACK.close();
    }

    @Test
    void aRequestInHandAtShutdownIsStillAnsweredOverTheSocket(@TempDir Path data) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LiaisonApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--slack.bot-token=xoxb-socket-token",
                "--slack.app-token=xapp-1-A123ABC456-shutdown", "--slack.api-url=" + SLACK.apiUrl(),
                "--liaison.data-dir=" + data, "--liaison.jobs.daily-digest=0 0 0 1 1 ? 2099",
                "--liaison.jobs.checkin-nudges=0 0 0 1 1 ? 2099", "--liaison.jobs.ooo-watch=0 0 0 1 1 ? 2099",
                "--liaison.jobs.escalation-timers=0 0 0 1 1 ? 2099", "--liaison.jobs.weekly-report=0 0 0 1 1 ? 2099");
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
}
