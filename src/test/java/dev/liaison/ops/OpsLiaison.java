package dev.liaison.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.liaison.LiaisonApplication;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.TestInstances;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Liaison as a platform team runs it, shared by the ops tests: HTTP mode against the fake Web API,
 * Actuator on every interface (MANAGEMENT_ADDRESS=0.0.0.0) behind Basic auth. Started once per test JVM;
 * the context's shutdown hook stops it.
 */
final class OpsLiaison {

    static final String SECRET = "ops0signing0secret00000000000000";
    static final String USER = "prometheus";
    static final String PASSWORD = "correct-horse-battery-staple";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static ConfigurableApplicationContext context;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpsLiaison() {
    }

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("server.port", "0");
            properties.put("management.server.port", "0");
            properties.put("management.server.address", "0.0.0.0");
            properties.put("liaison.management.username", USER);
            properties.put("liaison.management.password", PASSWORD);
            properties.put("slack.bot-token", "xoxb-ops-test");
            properties.put("slack.signing-secret", SECRET);
            properties.put("slack.api-url", SLACK.apiUrl());
            properties.put("liaison.data-dir", TestInstances.freshDataDir("liaison-ops-").toString());
            properties.putAll(TestInstances.jobsOff());
            context = new SpringApplicationBuilder(LiaisonApplication.class)
                    .initializers(c -> c.getBeanFactory().registerSingleton("clock", CLOCK))
                    .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new));
        }
        return context;
    }

    static String management(String path) {
        return "http://127.0.0.1:" + context().getEnvironment().getProperty("local.management.port") + path;
    }

    static SignedSlack slack() {
        return new SignedSlack("http://127.0.0.1:" + context().getEnvironment().getProperty("local.server.port")
                + "/slack/events", SECRET, CLOCK);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(management(path))).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Prometheus scrape, as a scraper with the credentials sees it. */
    static String prometheus() {
        HttpResponse<String> scrape = get("/actuator/prometheus", basic(USER, PASSWORD));
        if (scrape.statusCode() != 200) {
            throw new AssertionError("scrape answered " + scrape.statusCode());
        }
        return scrape.body();
    }
}
