package dev.liaison.slack.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.liaison.ops.logging.LogContext;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackMessenger.PostResult;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Retry-After, back-off and parking, timed on the sender's own clock: OutboxSender against its port
 * (SlackMessenger mocked), on an in-memory database, with the clock moved a quarter second at a time
 * and every post stamped with the time the sender made it.
 */
class OutboxSenderRetryTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(OutboxSenderRetryTest.class);
    private static final Duration STEP = Duration.ofMillis(250);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final MongoTemplate mongo = DB.template();
    private MutableClock clock;
    private SlackMessenger slack;
    private Outbox outbox;
    private OutboxSender sender;
    /** When each post was made, and of which message, on the sender's clock. */
    private List<Post> posts;

    record Post(String key, Instant at) {
    }

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void sender() {
        DB.clear();
        clock = new MutableClock(T0);
        slack = mock(SlackMessenger.class);
        posts = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        outbox = new Outbox(mongo, clock, meters);
        sender = new OutboxSender(mongo, slack, new ChannelPacer(mongo), clock, meters, event -> { });
    }

    /** Slack answers each post of this message with the next result, the last one from then on. */
    private void slackAnswers(String key, PostResult first, PostResult... then) {
        List<PostResult> results = new ArrayList<>(List.of(first));
        results.addAll(List.of(then));
        when(slack.postMessage(any(), any(), any(), any(), any(), eq(key))).thenAnswer(call -> {
            posts.add(new Post(key, clock.instant()));
            long made = posts.stream().filter(p -> p.key().equals(key)).count();
            return results.get((int) Math.min(made, results.size()) - 1);
        });
    }

    private void queue(String key, String channel) {
        outbox.enqueue(key, "T0RETRY", channel, "test", key, List.of(section(s -> s.text(markdownText(key)))));
    }

    private void runFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            sender.deliverDue();
            clock.advance(STEP);
        }
    }

    private List<Instant> postsOf(String key) {
        return posts.stream().filter(p -> p.key().equals(key)).map(Post::at).toList();
    }

    private static List<Duration> waits(List<Instant> times) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            waits.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        return waits;
    }

    @Test
    void aRateLimitIsWaitedOutForItsRetryAfterAndNoLonger() {
        slackAnswers("m", PostResult.rateLimited(7), PostResult.delivered("1700000000.000100"));
        queue("m", "C0LIMIT");

        runFor(Duration.ofSeconds(30));

        List<Instant> at = postsOf("m");
        assertThat(at).hasSize(2);
        assertThat(at.get(0)).isEqualTo(T0);
        // not before Retry-After, and within one tick of the worker after it
        assertThat(at.get(1)).isBetween(T0.plusSeconds(7), T0.plusSeconds(7).plus(STEP));
        assertThat(outbox.find("m").status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(outbox.find("m").ts()).isEqualTo("1700000000.000100");
    }

    @Test
    void whatTheSenderLogsAboutAMessageNamesItsWorkspace() {
        Logger logger = (Logger) LoggerFactory.getLogger(OutboxSender.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            slackAnswers("m", PostResult.rateLimited(7), PostResult.delivered("1700000000.000100"));
            queue("m", "C0LIMIT");

            runFor(Duration.ofSeconds(10));
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(lines.list).filteredOn(e -> e.getFormattedMessage().startsWith("Slack rate-limited m")).singleElement()
                .satisfies(e -> assertThat(e.getMDCPropertyMap()).containsEntry(LogContext.WORKSPACE, "T0RETRY"));
        assertThat(MDC.get(LogContext.WORKSPACE)).as("left behind after the message").isNull();
    }

    @Test
    void aRateLimitHoldsTheWholeChannelNotOnlyTheMessageItHit() {
        slackAnswers("first", PostResult.rateLimited(7), PostResult.delivered("1700000000.000100"));
        slackAnswers("second", PostResult.delivered("1700000000.000200"));
        slackAnswers("elsewhere", PostResult.delivered("1700000000.000300"));
        queue("first", "C0LIMIT");
        clock.advance(Duration.ofMillis(1));
        queue("second", "C0LIMIT");
        queue("elsewhere", "C0OTHER");

        runFor(Duration.ofSeconds(30));

        Instant limited = postsOf("first").get(0);
        // Slack's limit is the channel's: nothing else goes to it until the Retry-After is over
        assertThat(postsOf("second")).hasSize(1);
        assertThat(postsOf("second").get(0)).isAfterOrEqualTo(limited.plusSeconds(7));
        assertThat(postsOf("first").get(1)).isBetween(limited.plusSeconds(7), limited.plusSeconds(7).plus(STEP));
        // another channel is not held up
        assertThat(postsOf("elsewhere")).containsExactly(limited);
        assertThat(outbox.find("second").status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void rateLimitsDoNotUseUpTheAttemptsOfAMessage() {
        PostResult limited = PostResult.rateLimited(2);
        slackAnswers("m", limited, limited, limited, limited, limited, limited, limited, limited,
                PostResult.delivered("1700000000.000100"));
        queue("m", "C0LIMIT");

        runFor(Duration.ofMinutes(2));

        assertThat(postsOf("m")).hasSize(9);
        assertThat(outbox.find("m").status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void serverErrorsAreRetriedAfterGrowingWaitsThenTheMessageIsParked() {
        slackAnswers("m", PostResult.failed(true, "HTTP 503"));
        queue("m", "C0DOWN");

        runFor(Duration.ofMinutes(3));

        List<Instant> at = postsOf("m");
        assertThat(at).as("attempts before parking").hasSize(OutboxSender.MAX_ATTEMPTS);
        List<Duration> waits = waits(at);
        // exponential: 2 s, then twice the wait before each time (to the tick of the worker)
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(2).plus(STEP));
        for (int i = 1; i < waits.size(); i++) {
            Duration doubled = waits.get(i - 1).multipliedBy(2);
            assertThat(waits.get(i)).as("wait %d after %s", i + 1, waits.get(i - 1))
                    .isBetween(doubled.minus(STEP.multipliedBy(2)), doubled.plus(STEP));
        }
        OutboxMessage parked = outbox.find("m");
        assertThat(parked.status()).isEqualTo(OutboxMessage.Status.PARKED);
        assertThat(parked.attempts()).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat(parked.lastError()).isEqualTo("HTTP 503");
    }

    @Test
    void aPermanentRefusalIsParkedAtOnceWithoutARetry() {
        slackAnswers("m", PostResult.failed(false, "channel_not_found"), PostResult.delivered("1700000000.000100"));
        queue("m", "C0GONE");

        runFor(Duration.ofMinutes(2));

        assertThat(postsOf("m")).containsExactly(T0);
        OutboxMessage parked = outbox.find("m");
        assertThat(parked.status()).isEqualTo(OutboxMessage.Status.PARKED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).isEqualTo("channel_not_found");
    }

    @Test
    void aServerErrorThenSuccessDeliversOnceAfterTheBackOff() {
        slackAnswers("m", PostResult.failed(true, "HTTP 500"), PostResult.delivered("1700000000.000100"));
        queue("m", "C0FLAKY");

        runFor(Duration.ofMinutes(1));

        assertThat(postsOf("m")).hasSize(2);
        assertThat(postsOf("m").get(1)).isBetween(T0.plusSeconds(2), T0.plusSeconds(2).plus(STEP));
        assertThat(outbox.find("m").status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(outbox.find("m").attempts()).isEqualTo(2);
        assertThat(outbox.find("m").lastError()).isNull();
    }
}
