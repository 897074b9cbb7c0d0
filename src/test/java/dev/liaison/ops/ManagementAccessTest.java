package dev.liaison.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import dev.liaison.LiaisonApplication;
import dev.liaison.StartupRefused;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static dev.liaison.ops.OpsLiaison.PASSWORD;
import static dev.liaison.ops.OpsLiaison.USER;
import static dev.liaison.ops.OpsLiaison.basic;
import static dev.liaison.ops.OpsLiaison.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22 item 3: MANAGEMENT_ADDRESS opens Actuator to probes and Prometheus; once it is not loopback,
 * health stays open and everything else asks for Basic auth. Without a password such an address does not
 * start.
 */
class ManagementAccessTest {

    @Test
    void healthAndItsProbeGroupsAnswerWithoutCredentials() {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyOtherEndpointAsksForBasicAuth() {
        for (String path : List.of("/actuator", "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
                "/actuator/quartz", "/actuator/workspaces", "/actuator/nothing-here",
                // the path the container routes is the one checked: a detour through health is still prometheus
                "/actuator/health/../prometheus", "/actuator/health/%2e%2e/prometheus", "/actuator/health/..;/prometheus")) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isIn(400, 401);
            assertThat(anonymous.body()).as(path).doesNotContain("liaison_", "jvm_");
        }
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
        assertThat(get("/actuator/prometheus", basic(USER, "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("someone", PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Basic not-base64!").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + PASSWORD).statusCode()).isEqualTo(401);

        HttpResponse<String> scrape = get("/actuator/prometheus", basic(USER, PASSWORD));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_");
    }

    @Test
    void runningAJobOnDemandNeedsTheCredentialsToo() {
        HttpRequest.Builder run = HttpRequest.newBuilder(URI.create(OpsLiaison.management(
                "/actuator/quartz/jobs/liaison/ooo-watch"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}"));
        assertThat(OpsLiaison.send(run.build()).statusCode()).isEqualTo(401);
        assertThat(OpsLiaison.send(run.header("Authorization", basic(USER, PASSWORD)).build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theSlackPortIsUntouched() {
        String port = OpsLiaison.context().getEnvironment().getProperty("local.server.port");
        HttpResponse<String> page = OpsLiaison.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).GET().build());
        assertThat(page.statusCode()).as("Actuator is not on the Slack port").isEqualTo(404);
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void loopbackIsTheOnlyAddressThatNeedsNoPassword() {
        assertThat(new ManagementAddress("127.0.0.1").loopback()).isTrue();
        assertThat(new ManagementAddress("::1").loopback()).isTrue();
        assertThat(new ManagementAddress("localhost").loopback()).isTrue();
        assertThat(new ManagementAddress("0.0.0.0").loopback()).isFalse();
        assertThat(new ManagementAddress("").loopback()).as("blank binds every interface").isFalse();
        assertThat(new ManagementAddress("10.1.2.3").loopback()).isFalse();

        MockEnvironment open = new MockEnvironment().withProperty("management.server.address", "0.0.0.0");
        assertThatThrownBy(() -> ManagementAddressCheck.check(open)).isInstanceOf(StartupRefused.class)
                .hasMessageContaining("MANAGEMENT_ADDRESS is 0.0.0.0, not loopback, and MANAGEMENT_PASSWORD is not set");
        ManagementAddressCheck.check(new MockEnvironment().withProperty("management.server.address", "127.0.0.1"));
        ManagementAddressCheck.check(open.withProperty("liaison.management.password", "set"));
    }

    @Test
    void aNonLoopbackAddressWithoutAPasswordNeverOpensAPort() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = TestInstances.freshDataDir("liaison-mgmt-refused-");
        int slackPort = port;
        assertThatThrownBy(() -> new SpringApplicationBuilder(LiaisonApplication.class).run(
                "--server.port=" + slackPort, "--management.server.port=0", "--management.server.address=0.0.0.0",
                "--liaison.management.password=", "--liaison.data-dir=" + data, "--slack.bot-token=xoxb-1-2-3",
                "--slack.signing-secret=s3cret", "--slack.app-token=", "--slack.client-id=", "--slack.client-secret="))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("MANAGEMENT_PASSWORD is not set");
        assertThat(listening(slackPort)).isFalse();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
