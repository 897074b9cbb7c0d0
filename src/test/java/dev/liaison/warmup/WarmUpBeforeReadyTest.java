package dev.liaison.warmup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.liaison.LiaisonApplication;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.TestInstances;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 20 item 1: readiness stays DOWN until the request path is warm. The real app on random ports with the
 * recording fake Web API; a filter in front of /slack/events (this test's only addition) can hold the warm-up's
 * requests at a latch, see what they were answered, or answer 503 in Liaison's place.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpBeforeReadyTest {

    private static final String SECRET = "warm0up0signing0secret0for0tests";
    private static final String TEAM = "TWARMUP001";
    private static final String OWNER = "UWARMOWNER";
    private static final int REQUESTS = 40;

    private static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What the filter does with /slack/events: pass, hold until released, or answer 503 itself. */
    static volatile CountDownLatch hold = new CountDownLatch(0);
    static volatile boolean unavailable;
    static final List<String> answers = new CopyOnWriteArrayList<>();
    static final java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
    static final Map<String, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    static void closeFake() {
        SLACK.close();
        TestDatabase.dropAll(WarmUpBeforeReadyTest.class);
    }

    /**
     * Two starts on one database. The first, on an empty database, warms up against an endpoint answering 503
     * (the failure path), then gets a real workspace, member and client the way people make them. The second
     * warms up as that member, held at the latch while readiness and liveness are read.
     */
    @Test
    void readinessIsDownWhileTheRealRequestPathWarmsAndUpAfterWithNoWebApiCallAndNoWriteEvenAfterAFailedWarmUp(
            CapturedOutput output) throws Exception {
        Path data = TestInstances.freshDataDir("liaison-warmup-");
        Map<Collection, List<Document>> before;
        unavailable = true;
        try (ConfigurableApplicationContext first = start(data, REQUESTS)) {
            // the endpoint answered 503: one line, and ready anyway
            assertThat(probe("readiness")).isEqualTo(200);
            assertThat(first.getBean(MeterRegistry.class).get("liaison.warm-up").tag("outcome", "failed").timer()
                    .count()).isEqualTo(1);
            List<String> warnings = output.getAll().lines().filter(l -> l.contains("Warm-up stopped")).toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("a request was answered 503", "ready anyway").doesNotContain(SECRET);
            unavailable = false;

            SLACK.member(TEAM, OWNER, "Wanda Warm", "Europe/Berlin");
            SignedSlack slack = new SignedSlack("http://127.0.0.1:" + ports.get("server") + "/slack/events", SECRET,
                    Clock.systemUTC());
            assertThat(slack.command(TEAM, OWNER, "/client", "add \"Acme Warm\" tier enterprise",
                    SLACK.responseUrl("add")).body()).contains("Added");
            slack.command(TEAM, OWNER, "/client", "log acme call positive Kick-off", SLACK.responseUrl("log"));
            // what a read-only command writes the first time (the owner index's "built" mark) is written here,
            // so any write the warm-up made would show below
            assertThat(slack.command(TEAM, OWNER, "/client", "list mine", SLACK.responseUrl("list")).body())
                    .contains("Acme Warm");
            before = contents(first);
        } finally {
            unavailable = false;
        }
        SLACK.reset();
        answers.clear();
        arrived.set(0);
        hold = new CountDownLatch(1);

        // second start, warm-up on: held at the latch, so readiness can be read while it runs
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() -> start(data, REQUESTS));
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> arrived.get() > 0 || starting.isDone());
            for (int i = 0; i < 3; i++) {
                assertThat(probe("readiness")).as("readiness while warming").isEqualTo(503);
                assertThat(probe("liveness")).as("liveness while warming").isEqualTo(200);
            }
            assertThat(starting).as("start-up waits for the warm-up").isNotDone();
        } finally {
            hold.countDown();
        }
        try (ConfigurableApplicationContext second = starting.get(90, TimeUnit.SECONDS)) {
            assertThat(probe("readiness")).isEqualTo(200);
            assertThat(probe("liveness")).isEqualTo(200);
            assertThat(answers).as("the warm-up's requests, as Liaison answered them").hasSize(REQUESTS)
                    .allMatch(a -> a.startsWith("200 "));
            assertThat(answers).as("status cards drawn for the real client")
                    .anyMatch(a -> a.contains("Acme Warm") && a.contains("blocks"))
                    .noneMatch(a -> a.contains("only for members"));
            MeterRegistry meters = second.getBean(MeterRegistry.class);
            assertThat(meters.get("http.server.requests").tag("uri", "/slack/events").tag("status", "200").timer()
                    .count()).isEqualTo(REQUESTS);
            assertThat(meters.get("liaison.warm-up").tag("outcome", "warm").timer().count()).isEqualTo(1);
            assertThat(meters.get("liaison.warm-up.requests").counter().count()).isEqualTo(REQUESTS);
            assertThat(SLACK.calls()).as("Web API calls during the start with the warm-up").isEmpty();
            assertThat(contents(second)).as("the database after the warm-up").isEqualTo(before);
        }
        assertThat(output.getAll()).contains("Warm-up: " + REQUESTS + " requests answered 200")
                .doesNotContain(SECRET);
    }

    private static ConfigurableApplicationContext start(Path data, int warmUpRequests) {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("server.port", "0");
        own.put("management.server.port", "0");
        own.put("slack.bot-token", "xoxb-warm-up-test");
        own.put("slack.signing-secret", SECRET);
        own.put("slack.app-token", "");
        own.put("slack.client-id", "");
        own.put("slack.client-secret", "");
        own.put("slack.api-url", SLACK.apiUrl());
        own.put("liaison.warm-up.requests", String.valueOf(warmUpRequests));
        own.put("liaison.warm-up.concurrency", "4");
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.properties(data, own));
        properties.putAll(TestDatabase.at(WarmUpBeforeReadyTest.class, data).properties());
        return new SpringApplicationBuilder(LiaisonApplication.class, Observed.class)
                .run(TestInstances.arguments(properties));
    }

    private static int probe(String group) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get("management")
                + "/actuator/health/" + group)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Every document of every collection, in a stable order. */
    private static Map<Collection, List<Document>> contents(ConfigurableApplicationContext app) {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        Map<Collection, List<Document>> all = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            List<Document> documents = new ArrayList<>(mongo.getCollection(name).find().into(new ArrayList<>()));
            documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            all.put(new Collection(name), documents);
        }
        return all;
    }

    record Collection(String name) implements Comparable<Collection> {
        @Override
        public int compareTo(Collection other) {
            return name.compareTo(other.name);
        }
    }

    /** The test's view of the running app: its ports, and a filter in front of /slack/events. */
    @Configuration(proxyBeanMethods = false)
    static class Observed {

        @Bean
        ApplicationListener<WebServerInitializedEvent> portsOfTheTest() {
            return event -> ports.put("management".equals(event.getApplicationContext().getServerNamespace())
                    ? "management" : "server", event.getWebServer().getPort());
        }

        @Bean
        FilterRegistrationBean<Filter> heldOrUnavailable() {
            Filter filter = (request, response, chain) -> {
                arrived.incrementAndGet();
                try {
                    if (!hold.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the warm-up");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (unavailable) {
                    ((HttpServletResponse) response).sendError(503);
                    return;
                }
                ContentCachingResponseWrapper seen = new ContentCachingResponseWrapper((HttpServletResponse) response);
                chain.doFilter(request, seen);
                answers.add(seen.getStatus() + " " + new String(seen.getContentAsByteArray(), StandardCharsets.UTF_8));
                seen.copyBodyToResponse();
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/slack/events");
            return registration;
        }
    }
}
