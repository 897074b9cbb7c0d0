package dev.liaison;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.liaison.store.EmbeddedMongoServer;
import dev.liaison.support.TestInstances;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15 item 2: Liaison fails closed. A partial set of Slack credentials (a bot token without its
 * secret, an OAuth client without its secret, a blank value, a typo in a variable's name) never
 * starts the open sandbox: start-up stops with one line naming what is missing, exits non-zero, and
 * no port is opened. The sandbox refuses a database holding a real workspace; Actuator never shares
 * the Slack port.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    private static final List<String> SLACK_KEYS = List.of("bot-token", "signing-secret", "app-token", "client-id",
            "client-secret");

    /** Every credential named, blank unless given, so nothing leaks in from the environment. */
    private static String[] args(Path data, int port, Map<String, String> credentials) {
        List<String> args = new ArrayList<>(List.of(TestInstances.arguments(TestInstances.properties(data,
                Map.of("server.port", String.valueOf(port), "management.server.port", "0")))));
        for (String key : SLACK_KEYS) {
            args.add("--slack." + key + "=" + credentials.getOrDefault(key, ""));
        }
        return args.toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    void eachPartialCredentialSetStopsStartUpNamingWhatIsMissing(CapturedOutput output) throws IOException {
        Map<Map<String, String>, String> cases = new LinkedHashMap<>();
        cases.put(Map.of("bot-token", "xoxb-1-2-3"), "neither SLACK_SIGNING_SECRET");
        cases.put(Map.of("bot-token", "xoxb-1-2-3", "signing-secret", "   "), "neither SLACK_SIGNING_SECRET");
        cases.put(Map.of("signing-secret", "s3cret"), "SLACK_SIGNING_SECRET is set but there is no SLACK_BOT_TOKEN");
        cases.put(Map.of("app-token", "xapp-1-A-1"), "SLACK_APP_TOKEN is set but there is no SLACK_BOT_TOKEN");
        cases.put(Map.of("client-id", "123.456"), "missing or blank: SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET");
        cases.put(Map.of("client-id", "123.456", "client-secret", "cs"), "missing or blank: SLACK_SIGNING_SECRET");
        cases.put(Map.of("client-secret", "cs", "signing-secret", "s3cret"), "missing or blank: SLACK_CLIENT_ID");
        cases.put(Map.of("bot-token", "xoxp-user-token", "signing-secret", "s3cret"), "SLACK_BOT_TOKEN is not a bot token");
        Path data = TestInstances.freshDataDir("liaison-refused-");
        for (var partial : cases.entrySet()) {
            int port = freePort();
            assertThatThrownBy(() -> new SpringApplicationBuilder(LiaisonApplication.class)
                    .run(args(data, port, partial.getKey())))
                    .as("%s", partial.getKey().keySet())
                    .isInstanceOf(StartupRefused.class).hasMessageContaining(partial.getValue());
            assertThat(listening(port)).as("port opened for %s", partial.getKey().keySet()).isFalse();
        }
        assertThat(output.getAll()).contains("Liaison refused to start: SLACK_BOT_TOKEN is set but neither")
                .doesNotContain("Sandbox mode", "/sandbox", "s3cret", "xoxb-1-2-3");
    }

    @Test
    void aPartialSetOrATypoExitsNonZeroWithOneLineAndNeverServesTheSandbox() throws Exception {
        Map<String, String> botTokenAlone = Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-3");
        Map<String, String> typo = Map.of("SLACK_BOT_TOKN", "xoxb-1-2-3", "SLACK_SIGNING_SECRET", "");
        for (Map<String, String> env : List.of(botTokenAlone, typo)) {
            int port = freePort();
            ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LiaisonApplication.class.getName())
                    .redirectErrorStream(true);
            Path log = Files.createTempFile(Path.of("target"), "liaison-exit-", ".log");
            launcher.redirectOutput(log.toFile());
            launcher.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("LIAISON_"));
            launcher.environment().putAll(env);
            launcher.environment().put("PORT", String.valueOf(port));
            launcher.environment().put("MANAGEMENT_PORT", "0");
            launcher.environment().put("LIAISON_DATA_DIR", TestInstances.freshDataDir("liaison-exit-").toString());
            Process process = launcher.start();
            try {
                assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the process stopped by itself").isTrue();
            } finally {
                process.destroyForcibly();
            }
            String printed = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(printed).isNotZero();
            String reason = printed.lines().filter(l -> l.startsWith("Liaison refused to start: ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no one-line reason in:\n" + printed));
            assertThat(reason).contains(env.containsKey("SLACK_BOT_TOKN") ? "SLACK_BOT_TOKN is set but is no variable"
                    : "SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET");
            assertThat(printed).doesNotContain("Tomcat started", "/sandbox", "xoxb-1-2-3", "Exception in thread");
            assertThat(listening(port)).isFalse();
        }
    }

    @Test
    void theSandboxRefusesADatabaseHoldingAnyWorkspaceButItsDemo(CapturedOutput output) throws IOException {
        Path data = TestInstances.freshDataDir("liaison-real-");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(data);
             MongoClient client = MongoClients.create(server.connectionString("liaison"))) {
            client.getDatabase("liaison").getCollection("clients")
                    .insertOne(new Document("teamId", "TREAL00001").append("name", "A real client"));
        }
        int port = freePort();
        assertThatThrownBy(() -> new SpringApplicationBuilder(LiaisonApplication.class).run(args(data, port, Map.of())))
                .isInstanceOf(Exception.class)
                .satisfies(e -> assertThat(rootRefusal(e)).isNotNull()
                        .extracting(Throwable::getMessage).asString().contains("holds workspace TREAL00001"));
        assertThat(listening(port)).isFalse();
        assertThat(output.getAll()).contains("Liaison refused to start: the sandbox would run on a database");
    }

    private static StartupRefused rootRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupRefused refused) {
                return refused;
            }
        }
        return null;
    }

    @Test
    void dockerComposePublishesTheSandboxOnTheHostsLoopbackOnly() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yml"));
        assertThat(compose).contains("- \"${LIAISON_PUBLISH_ADDRESS:-127.0.0.1}:8080:8080\"")
                .doesNotContain("- \"8080:8080\"").doesNotContain("8081:");
    }

    /** Issue 15 item 8: OAuth distribution keeps tokens; without a real key it does not start (unless told). */
    @Test
    void oauthWithoutATokenKeyOrWithAWeakOneRefusesToStart() throws IOException {
        Path data = TestInstances.freshDataDir("liaison-keys-");
        Map<String, String> oauth = Map.of("client-id", "123.456", "client-secret", "cs", "signing-secret", "s3cret");
        for (String key : List.of("", "a-passphrase-not-a-key")) {
            int port = freePort();
            List<String> args = new ArrayList<>(List.of(args(data, port, oauth)));
            args.add("--liaison.token-key=" + key);
            assertThatThrownBy(() -> new SpringApplicationBuilder(LiaisonApplication.class).run(args.toArray(String[]::new)))
                    .as("key '%s'", key).satisfies(e -> assertThat(rootRefusal(e)).as("%s", e).isNotNull()
                            .extracting(Throwable::getMessage).asString()
                            .contains(key.isEmpty() ? "set LIAISON_TOKEN_KEY" : "256-bit key"));
            assertThat(listening(port)).isFalse();
        }
    }

    @Test
    void theManagementPortMayNotBeTheSlackPort() throws IOException {
        int port = freePort();
        Path data = TestInstances.freshDataDir("liaison-ports-");
        List<String> args = new ArrayList<>(List.of(args(data, port, Map.of("bot-token", "xoxb-1-2-3",
                "signing-secret", "s3cret"))));
        args.replaceAll(arg -> arg.startsWith("--management.server.port=") ? "--management.server.port=" + port : arg);
        assertThatThrownBy(() -> new SpringApplicationBuilder(LiaisonApplication.class).run(args.toArray(String[]::new)))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("MANAGEMENT_PORT is the same as PORT");
        assertThat(listening(port)).isFalse();
    }
}
