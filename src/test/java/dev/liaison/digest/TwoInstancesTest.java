package dev.liaison.digest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.liaison.LiaisonApplication;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.store.EmbeddedMongoServer;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Liaison processes on one database (the second reaches the first's embedded server through
 * MONGODB_URI): each digest is sent once, and a run cut short after queueing is completed by the
 * next without duplicates.
 */
class TwoInstancesTest {

    static final String SECRET = "two0instances0secret000000000000";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    static final List<String> PEOPLE = List.of("UONE", "UTWO", "UTHREE", "UFOUR");

    @AfterAll
    static void stop() {
        SLACK.close();
    }

    private static ConfigurableApplicationContext start(Map<String, String> extra) {
        // every job off (weekly-report too): the tests run them on each instance themselves
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.jobsOff());
        properties.putAll(Map.of("server.port", "0", "management.server.port", "0",
                "slack.bot-token", "xoxb-test", "slack.signing-secret", SECRET, "slack.api-url", SLACK.apiUrl()));
        properties.putAll(extra);
        return new SpringApplicationBuilder(LiaisonApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", CLOCK))
                .run(TestInstances.arguments(properties));
    }

    private static long postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).count();
    }

    @Test
    void twoInstancesSendEachDigestOnceAndFinishACutShortRun(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(Map.of("liaison.data-dir", dataDir.toString()))) {
            String uri = first.getBean(EmbeddedMongoServer.class).connectionString("liaison");
            try (ConfigurableApplicationContext second = start(Map.of("liaison.mongodb-uri", uri,
                    "liaison.data-dir", dataDir.resolve("unused").toString()))) {
                SignedSlack slack = new SignedSlack("http://127.0.0.1:" + first.getEnvironment()
                        .getProperty("local.server.port") + "/slack/events", SECRET, CLOCK);
                for (String person : PEOPLE) {
                    SLACK.member("TTWO", person, "Person " + person, "Europe/Dublin");
                    slack.command("TTWO", person, "/client", "add \"Client of " + person + "\"", SLACK.responseUrl("x"));
                }

                // both instances run the job at the same moment
                DigestService a = first.getBean(DigestService.class);
                DigestService b = second.getBean(DigestService.class);
                CompletableFuture.allOf(CompletableFuture.runAsync(a::runDue), CompletableFuture.runAsync(b::runDue)).join();
                a.runDue();
                b.runDue();
                await().atMost(Duration.ofSeconds(15)).until(() -> PEOPLE.stream().allMatch(p -> postsTo(p) >= 1));
                sleep(1500);
                PEOPLE.forEach(p -> assertThat(postsTo(p)).as(p).isEqualTo(1));

                // Tuesday: a run queued UONE's digest and died before recording it
                CLOCK.advance(Duration.ofDays(1));
                first.getBean(Outbox.class).enqueue("digest:TTWO:UONE:2026-11-24", "TTWO", "UONE", "digest",
                        "Your Liaison digest", List.of(section(s -> s.text(markdownText("queued before the crash")))));
                second.getBean(DigestService.class).runDue();
                await().atMost(Duration.ofSeconds(15)).until(() -> PEOPLE.stream().allMatch(p -> postsTo(p) >= 2));
                sleep(1500);
                PEOPLE.forEach(p -> assertThat(postsTo(p)).as(p).isEqualTo(2));
            }
        }
    }

    @Test
    void digestsOnOneInstanceAndNudgesOnAnotherInEitherOrderOrAtOnceNeverRepeatEachOther(@TempDir Path dataDir)
            throws Exception {
        Instant monday = CLOCK.instant();
        CLOCK.set(Instant.parse("2026-11-25T09:00:30Z")); // Wednesday 09:00 in Dublin: digests due, working hours
        try (ConfigurableApplicationContext first = start(Map.of("liaison.data-dir", dataDir.toString()))) {
            String uri = first.getBean(EmbeddedMongoServer.class).connectionString("liaison");
            try (ConfigurableApplicationContext second = start(Map.of("liaison.mongodb-uri", uri,
                    "liaison.data-dir", dataDir.resolve("unused").toString()))) {
                SignedSlack slack = new SignedSlack("http://127.0.0.1:" + first.getEnvironment()
                        .getProperty("local.server.port") + "/slack/events", SECRET, CLOCK);
                List<String> people = List.of("UDNA", "UDNB", "UDNC", "UDND", "UDNE", "UDNF", "UDNG", "UDNH");
                for (String person : people) {
                    SLACK.member("TTWODN", person, "Person " + person, "Europe/Dublin");
                    slack.command("TTWODN", person, "/client", "add \"Harbour " + person + "\"", SLACK.responseUrl("x"));
                    slack.command("TTWODN", person, "/client", "add \"Meadow " + person + "\"", SLACK.responseUrl("x"));
                }
                // the other instance's nudges first, then both jobs at the same moment on the two instances
                second.getBean(NudgeService.class).runDue();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> { together(start); first.getBean(DigestService.class).runDue(); }),
                        CompletableFuture.runAsync(() -> { together(start); second.getBean(NudgeService.class).runDue(); }))
                        .get(60, java.util.concurrent.TimeUnit.SECONDS);
                CLOCK.advance(Duration.ofMinutes(1));
                second.getBean(DigestService.class).runDue();
                CLOCK.advance(Duration.ofHours(1));
                first.getBean(NudgeService.class).runDue();

                Outbox outbox = first.getBean(Outbox.class);
                for (String person : people) {
                    var digest = outbox.find("digest:TTWODN:" + person + ":2026-11-25");
                    assertThat(digest).as("%s's digest", person).isNotNull();
                    var nudge = outbox.find("nudge:TTWODN:" + person + ":2026-11-25");
                    for (String client : List.of("Harbour " + person, "Meadow " + person)) {
                        if (nudge != null && nudge.blocksJson().contains(client)) {
                            assertThat(digest.blocksJson()).as("%s named in both", client).doesNotContain(client);
                        }
                    }
                }
            }
        } finally {
            CLOCK.set(monday);
        }
    }

    private static void together(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
