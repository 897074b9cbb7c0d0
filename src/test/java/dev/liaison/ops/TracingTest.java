package dev.liaison.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;

import com.sun.net.httpserver.HttpServer;
import dev.liaison.LiaisonApplication;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 item 4: OpenTelemetry tracing is there for an operator who wants it and costs nothing otherwise.
 * With the defaults there is no span exporter at all (nothing can connect anywhere), an endpoint alone still
 * samples nothing, and with an OTLP endpoint and a sampling probability a Slack request reaches a local
 * stand-in for a collector as an OTLP export naming /slack/events.
 */
class TracingTest {

    private static final String SECRET = "trace0signing0secret000000000000";
    private final FakeSlackWebApi slack = new FakeSlackWebApi();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();
    private HttpServer collector;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                exports.add(body.readAllBytes());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        collector.stop(0);
    }

    private ConfigurableApplicationContext start(Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("slack.bot-token", "xoxb-trace-test");
        properties.put("slack.signing-secret", SECRET);
        properties.put("slack.api-url", slack.apiUrl());
        properties.put("liaison.data-dir", TestInstances.freshDataDir("liaison-trace-").toString());
        properties.putAll(TestInstances.jobsOff());
        properties.putAll(extra);
        context = new SpringApplicationBuilder(LiaisonApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("clock", clock))
                .run(TestInstances.arguments(properties));
        return context;
    }

    private void slackRequest() {
        SignedSlack signed = new SignedSlack("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/slack/events", SECRET, clock);
        assertThat(signed.command("TTRACE0001", "UTRACE1", "/client", "help", slack.responseUrl("trace")).statusCode())
                .isEqualTo(200);
    }

    private String collectorUrl() {
        return "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces";
    }

    @Test
    void offByDefaultThereIsNoExporterToConnectAnywhere() {
        start(Map.of());
        slackRequest();
        assertThat(context.getBeansOfType(SpanExporter.class)).as("span exporters with the defaults").isEmpty();
    }

    @Test
    void anEndpointAloneSendsNothingWhileSamplingIsLeftAtItsDefault() {
        start(Map.of("management.opentelemetry.tracing.export.otlp.endpoint", collectorUrl(),
                "management.opentelemetry.tracing.export.schedule-delay", "100ms"));
        slackRequest();
        // whatever the request made is pushed out now, so an empty collector means nothing was sampled
        assertThat(context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
        assertThat(exports.size()).as("OTLP exports received").isZero();
    }

    @Test
    void withAnEndpointAndSamplingASlackRequestIsExportedAsASpan() {
        start(Map.of("management.opentelemetry.tracing.export.otlp.endpoint", collectorUrl(),
                "management.tracing.sampling.probability", "1.0",
                // the batch is sent every 5 s by default; sooner keeps the test short
                "management.opentelemetry.tracing.export.schedule-delay", "100ms"));
        assertThat(context.getBeansOfType(SpanExporter.class)).isNotEmpty();
        slackRequest();
        await().atMost(Duration.ofSeconds(30)).until(() -> exports.stream()
                .map(body -> new String(body, StandardCharsets.ISO_8859_1)).anyMatch(body -> body.contains("/slack/events")));
    }
}
