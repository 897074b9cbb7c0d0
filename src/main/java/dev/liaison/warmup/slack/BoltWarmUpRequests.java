package dev.liaison.warmup.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.liaison.slack.SlackCredentials;
import dev.liaison.warmup.WarmUpRequests;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The warm-up's requests, built as Slack builds them. Over HTTP: signed with the app's own signing secret
 * exactly as Slack signs ("v0:timestamp:body", Bolt's generator) and posted to our own /slack/events on
 * loopback, so they pass through Tomcat, the body limit, the signature check, every middleware and the
 * handlers. In Socket Mode there is no endpoint: the same payload goes to the same Bolt {@link App}
 * in-process as a Socket Mode request (what the WebSocket listener hands Bolt), skipping only the socket.
 * The response_url is left blank: the commands sent answer in the ack, and nothing may leave the machine.
 */
@Component
class BoltWarmUpRequests implements WarmUpRequests {

    private static final String EVENTS_PATH = "/slack/events";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final SlackCredentials credentials;
    private final App app;
    private final ApplicationContext context;
    private final ServerProperties server;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    BoltWarmUpRequests(SlackCredentials credentials, App app, ApplicationContext context, ServerProperties server,
                       Clock clock) {
        this.credentials = credentials;
        this.app = app;
        this.context = context;
        this.server = server;
        this.clock = clock;
    }

    @Override
    public int slashCommand(String teamId, String userId, String text) {
        return deliver(FORM, commandForm(teamId, userId, text));
    }

    @Override
    public int urlVerification() {
        JsonObject body = new JsonObject();
        body.addProperty("token", "");
        body.addProperty("challenge", UUID.randomUUID().toString());
        body.addProperty("type", "url_verification");
        return deliver("application/json", body.toString());
    }

    @Override
    public String route() {
        return credentials.socketMode() ? "Bolt in-process (Socket Mode, no HTTP endpoint)"
                : "signed HTTP to " + eventsUrl();
    }

    private int deliver(String contentType, String body) {
        return credentials.socketMode() ? inProcess(contentType, body) : overHttp(contentType, body);
    }

    private int overHttp(String contentType, String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String signature = new SlackSignature.Generator(credentials.signingSecret()).generate(timestamp, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(eventsUrl()))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private int inProcess(String contentType, String body) {
        var request = new SlackRequestParser(app.config()).parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(EVENTS_PATH)
                .queryString(Map.of())
                .headers(new RequestHeaders(Map.of("Content-Type", List.of(contentType))))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .socketMode(true)
                .build());
        try {
            return app.run(request).getStatusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e.getClass().getSimpleName(), e);
        }
    }

    /** Our own port on loopback, or on the one address the server is bound to. */
    private String eventsUrl() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        InetAddress bound = server.getAddress();
        String host = bound == null || bound.isAnyLocalAddress() ? "127.0.0.1" : bound.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port + EVENTS_PATH;
    }

    /** Slack's slash command form (its documented fields), from a real member of a real workspace. */
    static String commandForm(String teamId, String userId, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "");
        form.put("team_id", teamId);
        form.put("team_domain", "");
        form.put("channel_id", "D0WARMUP00");
        form.put("channel_name", "directmessage");
        form.put("user_id", userId);
        form.put("user_name", "");
        form.put("command", "/client");
        // Slack escapes these three in what people type; the listener unescapes them
        form.put("text", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        form.put("api_app_id", "");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "");
        form.put("trigger_id", "warm-up." + UUID.randomUUID());
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
