package dev.liaison.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.TestInstances;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app in sandbox mode, as `mvn spring-boot:run` starts it on a fresh machine: no Slack
 * token or signing secret (set blank here, so an environment variable cannot leak in), the system
 * clock, the embedded database in a fresh directory. Sandbox tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=",
        "slack.signing-secret=",
        "management.server.port=0",
})
abstract class SandboxTestSupport {

    private static final Path DATA_DIR = TestInstances.freshDataDir("liaison-sandbox-");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("liaison.data-dir", DATA_DIR::toString);
        // tests press "Run now" themselves: the wall-clock schedule must not fire in the middle of one
        TestInstances.jobsOff(registry);
    }

    @LocalServerPort
    protected int port;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    protected HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    protected HttpResponse<String> postForm(String path, String form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    protected JsonObject state(String user) {
        return JsonParser.parseString(get("/sandbox/state?user=" + user).body()).getAsJsonObject();
    }

    protected static Optional<JsonObject> conversation(JsonObject state, String id) {
        for (JsonElement c : state.getAsJsonArray("conversations")) {
            if (c.getAsJsonObject().get("id").getAsString().equals(id)) {
                return Optional.of(c.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    protected static List<JsonObject> messages(JsonObject state, String channelId) {
        List<JsonObject> list = new ArrayList<>();
        conversation(state, channelId).ifPresent(c -> c.getAsJsonArray("messages").forEach(m -> list.add(m.getAsJsonObject())));
        return list;
    }

    /** The first element with this action id in these blocks, with the id of its block. */
    protected static Optional<JsonObject[]> element(JsonElement blocks, String actionId) {
        for (JsonElement b : blocks.getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            List<JsonObject> elements = new ArrayList<>();
            if (block.has("accessory")) {
                elements.add(block.getAsJsonObject("accessory"));
            }
            if (block.has("elements") && block.get("type").getAsString().equals("actions")) {
                block.getAsJsonArray("elements").forEach(e -> elements.add(e.getAsJsonObject()));
            }
            for (JsonObject e : elements) {
                if (e.has("action_id") && e.get("action_id").getAsString().equals(actionId)) {
                    return Optional.of(new JsonObject[] {block, e});
                }
            }
        }
        return Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "liaison-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
