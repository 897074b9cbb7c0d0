package dev.liaison.digest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.liaison.LiaisonApplication;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.slack.outbox.OutboxSender;
import dev.liaison.store.JobLocks;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.TestInstances;
import net.javacrumbs.shedlock.core.ClockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Liaison processes on one database (the second reaches the first's embedded server through
 * MONGODB_URI, or both use the external test database): they contend for the digest job's ShedLock
 * lock, each digest is queued and posted once, and a run cut short after queueing is completed by the
 * next without duplicates. Nothing is counted before the work is done: the test delivers the queue
 * itself on both instances, moving the clock a second at a time so the one-message-per-second pace of
 * each channel lets every queued message out, until nothing is pending; then queue and posts are counted.
 */
class TwoInstancesTest {

    static final String SECRET = "two0instances0secret000000000000";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    static final List<String> PEOPLE = List.of("UONE", "UTWO", "UTHREE", "UFOUR");

    @BeforeAll
    static void locksOnTheTestClock() {
        // JobLocks dates a lock by the app's clock and ShedLock compares it with its own: one clock for both
        ClockProvider.setClock(CLOCK);
    }

    @AfterAll
    static void stop() {
        ClockProvider.setClock(Clock.systemUTC());
        SLACK.close();
        TestDatabase.dropAll(TwoInstancesTest.class);
    }

    private static ConfigurableApplicationContext start(Map<String, String> database) {
        // every job off (weekly-report too): the tests run them on each instance themselves
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.jobsOff());
        properties.putAll(Map.of("server.port", "0", "management.server.port", "0",
                "slack.bot-token", "xoxb-test", "slack.signing-secret", SECRET, "slack.api-url", SLACK.apiUrl(),
                // and the delivery too, on both instances, so that nothing is sent after the counting
                "liaison.outbox.worker", "false"));
        properties.putAll(database);
        return new SpringApplicationBuilder(LiaisonApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", CLOCK))
                .run(TestInstances.arguments(properties));
    }

    /** The second instance: on the first's data, through MONGODB_URI. */
    private static ConfigurableApplicationContext second(TestDatabase database, ConfigurableApplicationContext first,
                                                         Path dataDir) {
        return start(Map.of("liaison.mongodb-uri", database.uriFor(first),
                "liaison.data-dir", dataDir.resolve("unused").toString()));
    }

    /** Posts to a person's DM (the people of each test are its own). */
    private static long postsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).count();
    }

    private static long queued(MongoTemplate mongo, String team, String channel, String kind) {
        return mongo.count(Query.query(Criteria.where("teamId").is(team).and("channel").is(channel).and("kind").is(kind)),
                OutboxMessage.class);
    }

    private static long pending(MongoTemplate mongo, String team) {
        return mongo.count(Query.query(Criteria.where("teamId").is(team).and("status").is(OutboxMessage.Status.PENDING)),
                OutboxMessage.class);
    }

    /**
     * Both instances' senders at the same moment, the clock a second further each round, until the
     * team has nothing pending: every message queued has then been posted (or parked), and no more can be.
     */
    private static void deliverEverything(String team, ConfigurableApplicationContext... instances) throws Exception {
        MongoTemplate mongo = instances[0].getBean(MongoTemplate.class);
        for (int round = 0; round < 120 && pending(mongo, team) > 0; round++) {
            CompletableFuture<?>[] senders = Arrays.stream(instances)
                    .map(app -> CompletableFuture.runAsync(app.getBean(OutboxSender.class)::deliverDue))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(senders).get(60, TimeUnit.SECONDS);
            CLOCK.advance(Duration.ofSeconds(1));
        }
        assertThat(pending(mongo, team)).as("messages still pending for %s", team).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("teamId").is(team).and("status").is(OutboxMessage.Status.PARKED)),
                OutboxMessage.class)).as("parked").isZero();
    }

    @Test
    void twoInstancesContendForTheDigestLockAndQueueAndPostEachDigestOnce(@TempDir Path dataDir) throws Exception {
        TestDatabase database = TestDatabase.at(TwoInstancesTest.class, dataDir);
        try (ConfigurableApplicationContext first = start(database.properties());
             ConfigurableApplicationContext second = second(database, first, dataDir)) {
            SignedSlack slack = new SignedSlack("http://127.0.0.1:" + first.getEnvironment()
                    .getProperty("local.server.port") + "/slack/events", SECRET, CLOCK);
            for (String person : PEOPLE) {
                SLACK.member("TTWO", person, "Person " + person, "Europe/Dublin");
                slack.command("TTWO", person, "/client", "add \"Client of " + person + "\"", SLACK.responseUrl("x"));
            }
            MongoTemplate mongo = first.getBean(MongoTemplate.class);

            // the digest job fires on both instances at the same moment: one runs it, the other finds the
            // lock held (the winner holds it until the loser has been turned away)
            CountDownLatch turnedAway = new CountDownLatch(1);
            AtomicInteger holders = new AtomicInteger();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> onFirst = two.submit(digestJob(first, together, holders, turnedAway));
                Future<Integer> onSecond = two.submit(digestJob(second, together, holders, turnedAway));
                assertThat(List.of(onFirst.get(90, TimeUnit.SECONDS), onSecond.get(90, TimeUnit.SECONDS)))
                        .as("one instance queued every digest, the other found the lock held")
                        .containsExactlyInAnyOrder(-1, PEOPLE.size());
                assertThat(holders).as("instances that held the lock at once").hasValue(1);
            } finally {
                two.shutdownNow();
            }
            JobLocks.JobRun loser = Stream.of(first, second)
                    .map(app -> app.getBean(JobLocks.class).lastRun("daily-digest").orElseThrow())
                    .filter(run -> run.summary().startsWith("skipped")).findFirst().orElseThrow();
            assertThat(loser.summary()).isEqualTo("skipped: another instance is running it");

            // both run it again without the lock, at once (a lapsed lock, Run now), then one after the other
            CompletableFuture.allOf(CompletableFuture.runAsync(first.getBean(DigestService.class)::runDue),
                    CompletableFuture.runAsync(second.getBean(DigestService.class)::runDue)).get(60, TimeUnit.SECONDS);
            first.getBean(DigestService.class).runDue();
            second.getBean(DigestService.class).runDue();
            deliverEverything("TTWO", first, second);
            for (String person : PEOPLE) {
                assertThat(queued(mongo, "TTWO", person, "digest")).as("%s's digests queued", person).isEqualTo(1);
                assertThat(postsTo(person)).as("%s's posts", person).isEqualTo(1);
            }

            // Tuesday: a run queued UONE's digest and died before recording it; the other instance's run
            // finds it queued under the same key and queues the others
            CLOCK.advance(Duration.ofDays(1));
            first.getBean(Outbox.class).enqueue("digest:TTWO:UONE:2026-11-24", "TTWO", "UONE", "digest",
                    "Your Liaison digest", List.of(section(s -> s.text(markdownText("queued before the crash")))));
            second.getBean(DigestService.class).runDue();
            first.getBean(DigestService.class).runDue();
            deliverEverything("TTWO", first, second);
            for (String person : PEOPLE) {
                assertThat(queued(mongo, "TTWO", person, "digest")).as("%s's digests queued", person).isEqualTo(2);
                assertThat(postsTo(person)).as("%s's posts", person).isEqualTo(2);
            }
        }
    }

    /** What the Quartz job does (its lock, then the service), with the service held until the other instance was turned away. */
    private static Callable<Integer> digestJob(ConfigurableApplicationContext app, CyclicBarrier together,
                                               AtomicInteger holders, CountDownLatch turnedAway) {
        return () -> {
            together.await(30, TimeUnit.SECONDS);
            int queued = app.getBean(JobLocks.class).run("daily-digest", DailyDigestJob.LOCK_AT_MOST_FOR, () -> {
                holders.incrementAndGet();
                try {
                    // bounded: without the lock both instances are in here and nobody is turned away
                    turnedAway.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return app.getBean(DigestService.class).runDue();
            });
            if (queued < 0) {
                turnedAway.countDown();
            }
            return queued;
        };
    }

    @Test
    void digestsOnOneInstanceAndNudgesOnAnotherInEitherOrderOrAtOnceNeverRepeatEachOther(@TempDir Path dataDir)
            throws Exception {
        Instant monday = CLOCK.instant();
        CLOCK.set(Instant.parse("2026-11-25T09:00:30Z")); // Wednesday 09:00 in Dublin: digests due, working hours
        TestDatabase database = TestDatabase.at(TwoInstancesTest.class, dataDir);
        try (ConfigurableApplicationContext first = start(database.properties());
             ConfigurableApplicationContext second = second(database, first, dataDir)) {
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
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> { together(start); first.getBean(DigestService.class).runDue(); }),
                    CompletableFuture.runAsync(() -> { together(start); second.getBean(NudgeService.class).runDue(); }))
                    .get(60, TimeUnit.SECONDS);
            CLOCK.advance(Duration.ofMinutes(1));
            second.getBean(DigestService.class).runDue();
            CLOCK.advance(Duration.ofHours(1));
            first.getBean(NudgeService.class).runDue();
            deliverEverything("TTWODN", first, second);

            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            for (String person : people) {
                assertThat(queued(mongo, "TTWODN", person, "digest")).as("%s's digests queued", person).isEqualTo(1);
                assertThat(queued(mongo, "TTWODN", person, "nudge")).as("%s's nudges queued", person).isLessThanOrEqualTo(1);
                List<String> posted = SLACK.calls("chat.postMessage").stream()
                        .filter(c -> person.equals(c.params().get("channel"))).map(c -> c.params().get("blocks")).toList();
                assertThat(posted).as("%s's posts: one per message queued", person)
                        .hasSize((int) (queued(mongo, "TTWODN", person, "digest") + queued(mongo, "TTWODN", person, "nudge")));
                for (String client : List.of("Harbour " + person, "Meadow " + person)) {
                    assertThat(posted.stream().filter(blocks -> blocks.contains(client)))
                            .as("posts to %s naming %s", person, client).hasSizeLessThanOrEqualTo(1);
                }
            }
        } finally {
            CLOCK.set(monday);
        }
    }

    private static void together(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
