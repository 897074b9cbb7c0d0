package dev.liaison.slack.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackMessenger.PostResult;
import dev.liaison.store.ProcessedEvents;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The delivery queue as a service: Outbox, OutboxSender and the ChannelPacer against SlackMessenger
 * (Mockito) on an in-memory database, on a clock the test moves. What is queued, paced, looked for
 * after an unanswered post, reported and counted.
 */
class OutboxServiceTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(OutboxServiceTest.class);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEAM = "T0OUTBOX";

    private final MongoTemplate mongo = DB.template();
    private MutableClock clock;
    private SlackMessenger slack;
    private SimpleMeterRegistry meters;
    private Outbox outbox;
    private OutboxSender sender;
    private List<MessageDelivered> delivered;
    private List<String> postedAt;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void sender() {
        DB.clear();
        clock = new MutableClock(T0);
        slack = mock(SlackMessenger.class);
        meters = new SimpleMeterRegistry();
        delivered = new ArrayList<>();
        postedAt = new ArrayList<>();
        outbox = new Outbox(mongo, clock, meters);
        sender = new OutboxSender(mongo, slack, new ChannelPacer(mongo), clock, meters,
                event -> delivered.add((MessageDelivered) event));
        when(slack.postMessage(any(), any(), any(), any(), any(), any())).thenAnswer(call -> {
            postedAt.add(call.getArgument(5) + "@" + clock.instant());
            return PostResult.delivered("1700000000." + String.format("%06d", postedAt.size()));
        });
    }

    private static List<LayoutBlock> blocks(String text) {
        return List.of(section(s -> s.text(markdownText(text))));
    }

    private boolean queue(String key, String channel) {
        return outbox.enqueue(key, TEAM, channel, "test", "text of " + key, blocks(key));
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }

    private void runFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            sender.deliverDue();
            clock.advance(Duration.ofMillis(250));
        }
    }

    @Test
    void aMessageIsQueuedOnceUnderItsKeyAsItWasGiven() {
        assertThat(outbox.enqueue("k1", TEAM, "C0ONE", "digest", "hello", blocks("hello"))).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(outbox.enqueue("k1", TEAM, "C0ONE", "digest", "hello again", blocks("again"))).isFalse();

        OutboxMessage queued = outbox.find("k1");
        assertThat(queued.teamId()).isEqualTo(TEAM);
        assertThat(queued.channel()).isEqualTo("C0ONE");
        assertThat(queued.kind()).isEqualTo("digest");
        assertThat(queued.text()).isEqualTo("hello");
        assertThat(queued.blocksJson()).contains("hello").doesNotContain("again");
        assertThat(queued.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(queued.createdAt()).isEqualTo(T0);
        assertThat(queued.nextAttemptAt()).isEqualTo(T0);
        assertThat(queued.threadTs()).isNull();
        assertThat(queued.parentKey()).isNull();
        assertThat(outbox.exists("k1")).isTrue();
        assertThat(outbox.exists("k2")).isFalse();
        assertThat(counter("liaison.outbox.queued")).isEqualTo(1.0);
        assertThat(meters.get("liaison.outbox.depth").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void aReplyInAKnownThreadIsPostedInThatThread() {
        outbox.enqueue("r", TEAM, "C0THR", "1700000000.000001", "reply", "in the thread", blocks("in the thread"));

        sender.deliverDue();

        assertThat(outbox.find("r").threadTs()).isEqualTo("1700000000.000001");
        verify(slack).postMessage(eq(TEAM), eq("C0THR"), eq("1700000000.000001"), eq("in the thread"), anyString(),
                eq("r"));
    }

    @Test
    void aDeliveredMessageRecordsSlacksTsAndTellsWhatFollowsOnce() {
        queue("k", "C0ONE");
        assertThat(outbox.deliveredTs("k")).as("not yet delivered").isEmpty();

        assertThat(sender.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(sender.deliverDue()).as("nothing left").isZero();

        OutboxMessage sent = outbox.find("k");
        assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.sentAt()).isEqualTo(T0);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(outbox.deliveredTs("k")).contains("1700000000.000001");
        assertThat(outbox.deliveredTs("unknown")).isEmpty();
        assertThat(delivered).containsExactly(new MessageDelivered("k", TEAM, "C0ONE", "test", "1700000000.000001"));
        assertThat(counter("liaison.outbox.sent")).isEqualTo(1.0);
        assertThat(outbox.depth()).isZero();
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aListenerThatFailsDoesNotUndoTheDelivery() {
        OutboxSender failingListener = new OutboxSender(mongo, slack, new ChannelPacer(mongo), clock, meters, event -> {
            throw new IllegalStateException("listener down");
        });
        queue("k", "C0ONE");

        assertThat(failingListener.deliverDue()).isEqualTo(1);

        assertThat(outbox.find("k").status()).isEqualTo(OutboxMessage.Status.SENT);
        clock.advance(Duration.ofMinutes(5));
        failingListener.deliverDue();
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
    }

    @Test
    void oneMessagePerSecondPerChannelAndOtherChannelsAreNotHeldUp() {
        queue("a1", "C0A");
        clock.advance(Duration.ofMillis(1));
        queue("a2", "C0A");
        clock.advance(Duration.ofMillis(1));
        queue("b1", "C0B");

        assertThat(sender.deliverDue()).isEqualTo(2);
        Instant start = clock.instant();
        assertThat(postedAt).containsExactly("a1@" + start, "b1@" + start);
        // the second of the channel waits exactly for the channel's next slot
        assertThat(outbox.find("a2").nextAttemptAt()).isEqualTo(start.plus(OutboxSender.PACE));
        assertThat(outbox.find("a2").attempts()).as("waiting for the pace is no failed attempt").isZero();

        clock.advance(Duration.ofMillis(999));
        assertThat(sender.deliverDue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(postedAt).containsExactly("a1@" + start, "b1@" + start, "a2@" + start.plusSeconds(1));
    }

    @Test
    void aMessageBlockedByThePaceOfAnotherInstanceLooksAgainSoon() {
        // another instance holds the channel's slot far less than 200 ms more: the wait is at least 200 ms
        new ChannelPacer(mongo).tryAcquire(TEAM, "C0A", T0, T0.plusMillis(10));
        queue("a", "C0A");

        sender.deliverDue();

        assertThat(outbox.find("a").nextAttemptAt()).isEqualTo(T0.plusMillis(200));
        verifyNoInteractions(slack);
    }

    @Test
    void aBatchIsFiftyMessagesAndTheRestWaitForTheNextRun() {
        for (int i = 0; i < 60; i++) {
            queue("m" + i, "C0" + i);
        }
        assertThat(outbox.depth()).isEqualTo(60);

        assertThat(sender.deliverDue()).isEqualTo(OutboxSender.BATCH);
        assertThat(outbox.depth()).isEqualTo(10);
        assertThat(sender.deliverDue()).isEqualTo(10);
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void onShutdownNoFurtherMessageIsClaimed() {
        queue("k", "C0ONE");

        sender.stopClaiming();

        assertThat(sender.deliverDue()).isZero();
        verifyNoInteractions(slack);
        assertThat(outbox.find("k").status()).isEqualTo(OutboxMessage.Status.PENDING);
    }

    @Test
    void aMessageClaimedByAnotherInstanceIsLeftToItUntilItsClaimExpires() {
        queue("k", "C0ONE");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("k")), new Update().set("claimedBy", "other")
                .set("claimedUntil", T0.plusSeconds(30)), OutboxMessage.class);

        assertThat(sender.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(29));
        assertThat(sender.deliverDue()).isZero();
        verifyNoInteractions(slack);
    }

    @Test
    void anAttemptCutShortByACrashIsLookedForInTheChannelBeforePostingAgain() {
        queue("k", "C0ONE");
        Instant attempted = T0.plusSeconds(1);
        // an instance claimed it and stopped mid-attempt; its claim has run out
        mongo.updateFirst(Query.query(Criteria.where("_id").is("k")), new Update().set("claimedBy", "crashed")
                .set("claimedUntil", attempted.plus(OutboxSender.CLAIM)).set("inFlightSince", attempted),
                OutboxMessage.class);
        clock.set(attempted.plus(OutboxSender.CLAIM));
        when(slack.findDelivered(TEAM, "C0ONE", null, "k", attempted.minus(OutboxSender.CLOCK_SKEW)))
                .thenReturn(Optional.of("1700000000.000777"));

        assertThat(sender.deliverDue()).isEqualTo(1);

        assertThat(outbox.deliveredTs("k")).contains("1700000000.000777");
        verify(slack, never()).postMessage(any(), any(), any(), any(), any(), any());
        assertThat(delivered).extracting(MessageDelivered::ts).containsExactly("1700000000.000777");
    }

    @Test
    void anUnansweredPostIsLookedForAfterThirtySecondsAndNotPostedAgainWhenSlackHasIt() {
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("k")))
                .thenReturn(PostResult.unanswered("SocketTimeoutException: Read timed out"));
        when(slack.findDelivered(eq(TEAM), eq("C0SLOW"), isNull(), eq("k"), any()))
                .thenReturn(Optional.of("1700000000.000500"));
        queue("k", "C0SLOW");

        sender.deliverDue();

        OutboxMessage unanswered = outbox.find("k");
        assertThat(unanswered.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(unanswered.unansweredSince()).isEqualTo(T0.minus(OutboxSender.CLOCK_SKEW));
        assertThat(unanswered.nextAttemptAt()).isEqualTo(T0.plus(OutboxSender.UNANSWERED_WAIT));
        assertThat(unanswered.lastError()).isEqualTo("SocketTimeoutException: Read timed out");
        clock.advance(OutboxSender.UNANSWERED_WAIT.minusMillis(1));
        assertThat(sender.deliverDue()).isZero();
        verify(slack, never()).findDelivered(any(), any(), any(), any(), any());

        clock.advance(Duration.ofMillis(1));
        assertThat(sender.deliverDue()).isEqualTo(1);

        verify(slack).findDelivered(TEAM, "C0SLOW", null, "k", T0.minus(OutboxSender.CLOCK_SKEW));
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
        assertThat(outbox.deliveredTs("k")).contains("1700000000.000500");
    }

    @Test
    void anUnansweredPostThatSlackDoesNotHaveIsPostedAgainAndTheFirstLookStaysTheStart() {
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("k")))
                .thenReturn(PostResult.unanswered("timeout"), PostResult.unanswered("timeout"),
                        PostResult.delivered("1700000000.000600"));
        when(slack.findDelivered(any(), any(), any(), any(), any())).thenReturn(Optional.empty());
        queue("k", "C0SLOW");

        runFor(Duration.ofMinutes(3));

        assertThat(outbox.deliveredTs("k")).contains("1700000000.000600");
        verify(slack, times(3)).postMessage(any(), any(), any(), any(), any(), eq("k"));
        // every look starts from the first unanswered attempt: a late post of it is found whichever it was
        verify(slack, times(2)).findDelivered(TEAM, "C0SLOW", null, "k", T0.minus(OutboxSender.CLOCK_SKEW));
        assertThat(outbox.find("k").lastError()).isNull();
    }

    @Test
    void aLookSlackCannotAnswerIsTriedAgainLaterWithoutPostingAndWithoutUsingAnAttempt() {
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("k")))
                .thenReturn(PostResult.unanswered("timeout"));
        when(slack.findDelivered(any(), any(), any(), any(), any()))
                .thenThrow(new SlackMessenger.SlackUnavailable("HTTP 503", null));
        queue("k", "C0SLOW");
        sender.deliverDue();
        clock.advance(OutboxSender.UNANSWERED_WAIT);
        Instant look = clock.instant();

        assertThat(sender.deliverDue()).isZero();

        OutboxMessage waiting = outbox.find("k");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(waiting.lastError()).contains("HTTP 503");
        assertThat(waiting.nextAttemptAt()).isEqualTo(look.plusSeconds(2));
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
        assertThat(counter("liaison.outbox.retried")).isEqualTo(2.0);
    }

    @Test
    void failuresAreCountedRetriedAndParked() {
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("bad")))
                .thenReturn(PostResult.failed(false, "channel_not_found"));
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("flaky")))
                .thenReturn(PostResult.failed(true, "HTTP 500"), PostResult.delivered("1700000000.000900"));
        queue("bad", "C0GONE");
        queue("flaky", "C0FLAKY");

        runFor(Duration.ofSeconds(10));

        assertThat(counter("liaison.outbox.parked")).isEqualTo(1.0);
        assertThat(counter("liaison.outbox.retried")).isEqualTo(1.0);
        assertThat(counter("liaison.outbox.sent")).isEqualTo(1.0);
        assertThat(outbox.depth()).as("a parked message is not waiting").isZero();
    }

    @Test
    void aReplyFollowsItsParentIntoItsThreadOnceThePparentIsDelivered() {
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("p")))
                .thenReturn(PostResult.failed(true, "HTTP 503"), PostResult.delivered("1700000000.000100"));
        outbox.enqueue("p", TEAM, "C0ESC", "parent", "parent", blocks("parent"));
        outbox.enqueueReply("r", TEAM, "C0ESC", "p", "reply", "reply", blocks("reply"));
        assertThat(outbox.find("r").parentKey()).isEqualTo("p");

        sender.deliverDue();
        // the parent failed once; the reply looks again after the parent wait, not before
        assertThat(outbox.find("r").nextAttemptAt()).isEqualTo(T0.plus(OutboxSender.PARENT_WAIT));
        assertThat(outbox.find("r").attempts()).isZero();

        runFor(Duration.ofSeconds(10));

        assertThat(outbox.find("r").threadTs()).isEqualTo("1700000000.000100");
        verify(slack).postMessage(eq(TEAM), eq("C0ESC"), eq("1700000000.000100"), eq("reply"), anyString(), eq("r"));
        verify(slack, never()).postMessage(any(), any(), isNull(), eq("reply"), any(), any());
    }

    @Test
    void aReplyWhoseParentIsNowhereIsParkedWithoutAPost() {
        outbox.enqueueReply("r", TEAM, "C0ESC", "never-queued", "reply", "reply", blocks("reply"));

        sender.deliverDue();

        assertThat(outbox.find("r").status()).isEqualTo(OutboxMessage.Status.PARKED);
        assertThat(outbox.find("r").lastError()).isEqualTo("parent_not_delivered");
        assertThat(counter("liaison.outbox.parked")).isEqualTo(1.0);
        verifyNoInteractions(slack);
    }

    @Test
    void sentMessagesArePurgedAfterTheirAgeAndNothingElse() {
        queue("old", "C0A");
        queue("pending", "C0B");
        when(slack.postMessage(any(), any(), any(), any(), any(), eq("pending")))
                .thenReturn(PostResult.failed(true, "HTTP 500"));
        sender.deliverDue();
        clock.advance(Duration.ofDays(7));
        queue("young", "C0C");
        sender.deliverDue();

        assertThat(outbox.purgeSentOlderThan(Duration.ofDays(7))).as("exactly a week old: kept").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(outbox.purgeSentOlderThan(Duration.ofDays(7))).isEqualTo(1);

        assertThat(outbox.exists("old")).isFalse();
        assertThat(outbox.exists("young")).isTrue();
        assertThat(outbox.exists("pending")).isTrue();
    }

    @Test
    void theWorkerKeepsGoingWhenTheDatabaseIsDownAndPurgesAWeekOld() {
        OutboxSender failing = mock(OutboxSender.class);
        Outbox box = mock(Outbox.class);
        ProcessedEvents events = mock(ProcessedEvents.class);
        when(failing.deliverDue()).thenThrow(new IllegalStateException("database down"));
        OutboxWorker worker = new OutboxWorker(failing, box, events);

        assertThatCode(worker::deliver).doesNotThrowAnyException();
        verify(failing).deliverDue();

        worker.purge();
        verify(box).purgeSentOlderThan(Duration.ofDays(7));
        verify(events).purgeOlderThan(Duration.ofDays(7));

        doThrow(new IllegalStateException("database down")).when(box).purgeSentOlderThan(any());
        assertThatCode(worker::purge).doesNotThrowAnyException();
    }
}
