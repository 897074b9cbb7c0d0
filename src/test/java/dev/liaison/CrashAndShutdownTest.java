package dev.liaison;

import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.liaison.digest.DailyDigestJob;
import dev.liaison.digest.DigestMessages;
import dev.liaison.digest.DigestService;
import dev.liaison.ooo.OooMessages;
import dev.liaison.ooo.OooService;
import dev.liaison.ooo.PlanRecord;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.store.JobLocks;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.TestInstances;
import net.javacrumbs.shedlock.core.ClockProvider;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application stopped under load, gracefully and not: a run cut short is completed on the same
 * data by the next instance, and nothing is sent twice. Each test starts real application contexts
 * on one data directory, with the Web API at a fake that records every call.
 */
class CrashAndShutdownTest {

    static final String SECRET = "crash0and0shutdown0test0secret00";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    static final String ADMIN = "UCRASHHEAD";

    /** Blocks the Nth call of a port until released: "the middle" of a run, made exact. */
    static final class Brake {
        static volatile int stopAt = Integer.MAX_VALUE;
        static final AtomicInteger calls = new AtomicInteger();
        static volatile CountDownLatch reached = new CountDownLatch(1);
        static volatile CountDownLatch released = new CountDownLatch(1);

        static void arm(int n) {
            calls.set(0);
            stopAt = n;
            reached = new CountDownLatch(1);
            released = new CountDownLatch(1);
        }

        static void pass() {
            if (calls.incrementAndGet() == stopAt) {
                reached.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock crashTestClock() {
            return CLOCK;
        }
    }

    /** Wraps the digest and out-of-office message ports so a test can stop a run between two messages. */
    @Configuration(proxyBeanMethods = false)
    static class Brakes {
        @Bean
        static BeanPostProcessor brakes() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    for (Class<?> port : List.of(DigestMessages.class, OooMessages.class)) {
                        if (port.isInstance(bean)) {
                            return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, method, args) -> {
                                Object result;
                                try {
                                    result = method.invoke(bean, args);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                                // stopped just after a message was queued and before the run recorded it:
                                // the narrowest window, where a careless restart sends it twice
                                if (method.getName().equals("queueDigests") || method.getName().equals("coverNotice")) {
                                    Brake.pass();
                                }
                                return result;
                            });
                        }
                    }
                    return bean;
                }
            };
        }
    }

    @AfterAll
    static void stopSlack() {
        ClockProvider.setClock(Clock.systemUTC());
        SLACK.close();
        TestDatabase.dropAll(CrashAndShutdownTest.class);
    }

    private static ConfigurableApplicationContext start(Path dataDir, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(LiaisonApplication.class, TestClock.class));
        sources.addAll(List.of(extra));
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.properties(dataDir, Map.of(
                "server.port", "0", "management.server.port", "0",
                "slack.bot-token", "xoxb-test-token", "slack.signing-secret", SECRET,
                "slack.api-url", SLACK.apiUrl(), "liaison.admins", ADMIN,
                // digests in batches of 3, so a run can be stopped between two batches of its 10 people
                "liaison.digest.batch-size", "3",
                "spring.main.allow-bean-definition-overriding", "true")));
        properties.putAll(TestDatabase.at(CrashAndShutdownTest.class, dataDir).properties());
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(TestInstances.arguments(properties));
    }

    private static SignedSlack slack(ConfigurableApplicationContext app) {
        return new SignedSlack("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/slack/events", SECRET, CLOCK);
    }

    private static String command(ConfigurableApplicationContext app, String team, String user, String command,
                                  String text) {
        HttpResponse<String> response = slack(app).command(team, user, command, text, SLACK.responseUrl("crash"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<FakeSlackWebApi.Call> postsTo(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    private static String team() {
        return "TCR" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    // ---- graceful shutdown

    @Test
    void aMessageInHandAtShutdownIsFinishedAndNotSentAgain(@TempDir Path data) {
        String team = team();
        String channel = "C0HAND" + team;
        ConfigurableApplicationContext first = start(data);
        // Slack takes 1 s to answer: 1.5 s inside the client's 2.5 s read timeout, so a loaded machine does not
        // turn it into a timeout, and long enough for the shutdown below to start while the call is in flight
        SLACK.slowNext("chat.postMessage", 1_000, 1);
        first.getBean(Outbox.class).enqueue("hand:" + team, team, channel, "test", "in hand",
                List.of(section(s -> s.text(markdownText("in hand")))));
        // the fake records the call and posts the message when it arrives, and answers 1 s later
        await().atMost(Duration.ofSeconds(10)).until(() -> !postsTo(channel).isEmpty());
        first.close(); // while Slack is still answering

        try (ConfigurableApplicationContext second = start(data)) {
            OutboxMessage message = second.getBean(Outbox.class).find("hand:" + team);
            assertThat(message.status()).as("recorded as sent before the first instance stopped")
                    .isEqualTo(OutboxMessage.Status.SENT);
            // the second instance's queue delivered to the end: the message, recorded as sent, is not posted again
            DeliveredQueue.deliverEverything(second, CLOCK, team);
            assertThat(SLACK.posted(channel)).hasSize(1);
        }
    }

    @Test
    void anAttemptCutShortByACrashIsLookedForNotPostedTwice(@TempDir Path data) {
        String team = team();
        String channel = "C0CRASH" + team;
        String key = "crash:" + team;
        try (ConfigurableApplicationContext app = start(data)) {
            Outbox outbox = app.getBean(Outbox.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            // what a crashed instance leaves: Slack posted the message, the queue still has it claimed mid-attempt
            mongo.getCollection("outbox").insertOne(new Document("_id", key).append("teamId", team)
                    .append("channel", channel).append("kind", "test").append("text", "posted before the crash")
                    .append("blocksJson", "[]").append("status", "PENDING").append("attempts", 0)
                    .append("createdAt", Date.from(CLOCK.instant()))
                    .append("nextAttemptAt", Date.from(CLOCK.instant()))
                    .append("claimedBy", "a-crashed-instance")
                    .append("claimedUntil", Date.from(CLOCK.instant().plusSeconds(30)))
                    .append("inFlightSince", Date.from(CLOCK.instant())));
            assertThat(app.getBean(SlackMessenger.class).postMessage(team, channel, null, "posted before the crash",
                    "[]", key).ok()).isTrue();

            CLOCK.advance(Duration.ofSeconds(31)); // the dead instance's claim expires
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);
            } finally {
                CLOCK.set(Instant.parse("2026-11-23T10:00:00Z"));
            }
            assertThat(SLACK.posted(channel)).hasSize(1);
        }
    }

    @Test
    void aRequestInFlightAtShutdownStillGetsItsAnswer(@TempDir Path data) throws Exception {
        String team = team();
        String user = "UINFLIGHT" + team.substring(3, 7);
        SLACK.member(team, user, "Ines Flight", "Europe/London");
        ConfigurableApplicationContext app = start(data);
        SLACK.slowNext("users.info", 1_500, 1);
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() ->
                slack(app).command(team, user, "/client", "list mine", SLACK.responseUrl("inflight")));
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("users.info").stream()
                .anyMatch(c -> user.equals(c.params().get("user"))));
        app.close();
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("client");
    }

    /** A job that takes a while, to see Quartz wait for it. */
    public static class SlowJob implements Job {
        static final CountDownLatch started = new CountDownLatch(1);
        static volatile boolean finished;

        @Override
        public void execute(JobExecutionContext context) {
            started.countDown();
            try {
                Thread.sleep(1_500);
                finished = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void quartzWaitsForARunningJobAtShutdown(@TempDir Path data) throws Exception {
        ConfigurableApplicationContext app = start(data);
        Scheduler scheduler = app.getBean(Scheduler.class);
        scheduler.scheduleJob(JobBuilder.newJob(SlowJob.class).withIdentity("slow", "test").build(),
                TriggerBuilder.newTrigger().startNow().build());
        assertThat(SlowJob.started.await(10, TimeUnit.SECONDS)).isTrue();
        app.close();
        assertThat(SlowJob.finished).as("the job ran to its end before the context closed").isTrue();
    }

    // ---- crash in the middle of a run

    @Test
    void aDigestRunKilledHalfwayIsCompletedAfterRestartAndNobodyGetsTwo(@TempDir Path data) throws Exception {
        String team = team();
        List<String> people = new ArrayList<>();
        ConfigurableApplicationContext first = start(data, Brakes.class);
        for (int i = 0; i < 10; i++) {
            String user = "UDG" + i + team.substring(3, 8);
            people.add(user);
            SLACK.member(team, user, "Digest Person " + i, "Europe/London");
            command(first, team, user, "/client", "add \"Renewing " + i + " " + team + "\" renewal +30d");
        }
        // ShedLock reads the test's clock, so its lock expires on the clock the test moves
        ClockProvider.setClock(CLOCK);
        Brake.arm(2);
        // the run as the scheduled job makes it: under the job's ShedLock lock, which the crash leaves held
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> first.getBean(JobLocks.class)
                .run("daily-digest", DailyDigestJob.LOCK_AT_MOST_FOR,
                        first.getBean(DigestService.class)::runDue));
        assertThat(Brake.reached.await(20, TimeUnit.SECONDS)).as("the run queued its 2nd batch of digests").isTrue();
        first.close(); // the run is stopped after queueing its 2nd batch and before recording it
        Brake.released.countDown();
        Brake.arm(Integer.MAX_VALUE);
        try {
            run.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException cutShort) {
            // the database went away under it: that is the crash
        }
        long queuedBeforeTheCrash = people.stream().filter(p -> !postsTo(p).isEmpty()).count();
        assertThat(queuedBeforeTheCrash).as("the crash really was halfway").isLessThan(people.size());

        try (ConfigurableApplicationContext second = start(data)) {
            // the job fires every minute on the other instance: within 2 minutes the crashed run's lock
            // and its claim on the person in hand have lapsed, and everyone's digest is queued
            for (int minute = 1; minute <= 2; minute++) {
                CLOCK.advance(Duration.ofMinutes(1));
                second.getBean(JobLocks.class).run("daily-digest",
                        DailyDigestJob.LOCK_AT_MOST_FOR, second.getBean(DigestService.class)::runDue);
            }
            assertThat(people.stream().filter(p -> !second.getBean(Outbox.class).exists(
                    "digest:" + team + ":" + p + ":" + LocalDate.ofInstant(CLOCK.instant(),
                            ZoneId.of("Europe/London")))).toList())
                    .as("people whose digest was not queued within 2 minutes of the crash").isEmpty();
            DeliveredQueue.deliverEverything(second, CLOCK, team);
            MongoTemplate db = second.getBean(MongoTemplate.class);
            for (String person : people) {
                assertThat(postsTo(person)).as("digests to %s", person).hasSize(1);
                // a second copy would wait behind the first (one message a second per channel): count the queue too
                assertThat(db.count(Query.query(Criteria.where("channel").is(person).and("kind").is("digest")), "outbox"))
                        .as("digests queued for %s", person).isEqualTo(1);
            }
        }
    }

    @Test
    void anApplyAllKilledHalfwayIsFinishedAfterRestartAndEachCovererHearsOnce(@TempDir Path data) throws Exception {
        String team = team();
        String sfx = team.substring(3, 8);
        String lead = "ULEAD" + sfx;
        String away = "UAWAY" + sfx;
        List<String> mates = List.of("UMATEA" + sfx, "UMATEB" + sfx, "UMATEC" + sfx);
        SLACK.member(team, ADMIN, "Hana Head", "Europe/London").member(team, lead, "Lee Lead", "Europe/London")
                .member(team, away, "Ava Away", "Europe/London");
        mates.forEach(m -> SLACK.member(team, m, "Mate " + m, "Europe/London"));
        ConfigurableApplicationContext first = start(data, Brakes.class);
        command(first, team, ADMIN, "/liaison", "team <@" + lead + "|l> <@" + away + "|a> "
                + String.join(" ", mates.stream().map(m -> "<@" + m + "|m>").toList()));
        for (int i = 0; i < 9; i++) {
            command(first, team, away, "/client", "add \"Covered " + i + " " + sfx + "\"");
        }
        command(first, team, away, "/ooo", "tomorrow");
        MongoTemplate mongo = first.getBean(MongoTemplate.class);
        PlanRecord plan = await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findOne(
                Query.query(Criteria.where("absentId").is(away).and("teamId").is(team)), PlanRecord.class),
                p -> p != null);
        long coverers = plan.items().stream().map(PlanRecord.Item::chosenId).distinct().count();
        assertThat(coverers).as("a plan spread over several coverers").isGreaterThan(1);

        Brake.arm(2);
        CompletableFuture<Void> apply = CompletableFuture.runAsync(() ->
                first.getBean(OooService.class).applyAll(team, plan.id(), lead));
        assertThat(Brake.reached.await(20, TimeUnit.SECONDS)).as("Apply all reached its 2nd coverer").isTrue();
        first.close();
        Brake.released.countDown();
        Brake.arm(Integer.MAX_VALUE);
        try {
            apply.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException cutShort) {
            // the crash
        }

        try (ConfigurableApplicationContext second = start(data)) {
            MongoTemplate db = second.getBean(MongoTemplate.class);
            assertThat(db.findById(plan.id(), PlanRecord.class).state()).as("left half-applied by the crash")
                    .isNotEqualTo(PlanRecord.State.APPLIED);
            second.getBean(OooService.class).watch(); // the ooo-watch job's work
            PlanRecord finished = db.findById(plan.id(), PlanRecord.class);
            assertThat(finished.state()).isEqualTo(PlanRecord.State.APPLIED);
            assertThat(db.count(Query.query(Criteria.where("teamId").is(team).and("absentId").is(away)), "coverage"))
                    .isEqualTo(plan.items().size());
            List<String> chosen = plan.items().stream().map(PlanRecord.Item::chosenId).distinct().toList();
            DeliveredQueue.deliverEverything(second, CLOCK, team);
            for (String coverer : chosen) {
                assertThat(DeliveredQueue.queuedKeys(second, team, coverer, "ooo-cover")).as("notices queued for %s", coverer)
                        .hasSize(1);
                assertThat(postsTo(coverer).stream().filter(p -> p.params().get("text").toLowerCase().contains("cover"))
                        .toList()).as("cover notices to %s", coverer).hasSize(1);
            }
            assertThat(postsTo(away)).as("the summary to the absent person, once").hasSize(1);
        }
    }
}
