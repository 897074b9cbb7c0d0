package dev.liaison.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.liaison.LiaisonApplication;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 item 4: LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs turns every log line into one JSON object, and the
 * lines logged while serving a Slack request carry its workspace and request id, those of a job run the
 * job's name. Run as its own process (as an operator starts it, from the environment), so the JSON format
 * never reaches the other tests' logs.
 */
class StructuredLogsTest {

    private static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> lines(Path log) throws IOException {
        List<JsonObject> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                parsed.add(JsonParser.parseString(line).getAsJsonObject());
            } catch (JsonSyntaxException | IllegalStateException notJson) {
                throw new AssertionError("a log line that is not JSON: " + line, notJson);
            }
        }
        return parsed;
    }

    private static boolean has(JsonObject line, String field, String value) {
        return line.has(field) && value.equals(line.get(field).getAsString());
    }

    @Test
    void everyLineIsJsonAndNamesItsWorkspaceRequestOrJob() throws Exception {
        int port = freePort();
        int management = freePort();
        Path log = Files.createTempFile(Path.of("target"), "liaison-json-", ".log");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LiaisonApplication.class.getName()));
        java.addAll(List.of(TestInstances.arguments(TestInstances.jobsOff())));
        ProcessBuilder launcher = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(log.toFile());
        launcher.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("LIAISON_")
                || name.startsWith("MANAGEMENT_") || name.startsWith("LOGGING_"));
        launcher.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        // a workspace's app (no sandbox, no demo agency to seed) against the fake Web API
        launcher.environment().put("SLACK_BOT_TOKEN", "xoxb-json-logs");
        launcher.environment().put("SLACK_SIGNING_SECRET", "json0logs0secret0000000000000000");
        launcher.environment().put("SLACK_API_URL", SLACK.apiUrl());
        launcher.environment().put("PORT", String.valueOf(port));
        launcher.environment().put("MANAGEMENT_PORT", String.valueOf(management));
        launcher.environment().put("LIAISON_DATA_DIR", TestInstances.freshDataDir("liaison-json-").toString());
        Process app = launcher.start();
        try {
            await().atMost(Duration.ofSeconds(240)).ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + management + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            // a slash command with a signature that does not verify: Bolt reads its workspace, Liaison logs the refusal
            HttpResponse<String> command = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/slack/events")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                    .header("X-Slack-Signature", "v0=0000").header("X-Request-Id", "req-from-the-proxy-1")
                    .POST(HttpRequest.BodyPublishers.ofString("token=x&team_id=TJSONLOG01&user_id=U1&command=%2Fclient"
                            + "&text=list&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&trigger_id=1.2.3"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(command.statusCode()).isEqualTo(401);
            assertThat(command.headers().firstValue("X-Request-Id")).hasValue("req-from-the-proxy-1");
            // a job run on demand logs what it did
            assertThat(post("http://127.0.0.1:" + management + "/actuator/quartz/jobs/liaison/daily-digest",
                    "{\"state\":\"running\"}").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> lines(log).stream()
                    .anyMatch(l -> has(l, "job", "daily-digest") && l.get("message").getAsString().startsWith("daily-digest done")));
            List<JsonObject> all = lines(log);
            assertThat(all).as("JSON lines").hasSizeGreaterThan(10);
            assertThat(all).allSatisfy(l -> assertThat(l.has("@timestamp") && l.has("message") && l.has("log"))
                    .as("%s", l).isTrue());
            assertThat(all).as("the refusal, logged while Bolt handled the request")
                    .filteredOn(l -> l.get("message").getAsString().startsWith("Refused a request with an invalid"))
                    .singleElement().satisfies(l -> {
                        assertThat(has(l, "workspace", "TJSONLOG01")).as("%s", l).isTrue();
                        assertThat(has(l, "requestId", "req-from-the-proxy-1")).as("%s", l).isTrue();
                    });
            assertThat(all).filteredOn(l -> has(l, "job", "daily-digest"))
                    .allSatisfy(l -> assertThat(l.has("requestId")).as("the run's id").isTrue());
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            SLACK.close();
        }
    }
}
