package dev.liaison.slack.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The sender against its port (SlackMessenger mocked), on the embedded database: a thread's replies
 * follow the one ts recorded for its parent, and what follows a delivery hears of it once.
 */
@SpringBootTest(properties = {"liaison.outbox.worker=false", "liaison.data-dir=target/test-data/outbox-threads",
        "management.server.port=0", "slack.bot-token=xoxb-test", "slack.signing-secret=threads-secret"})
class OutboxThreadsTest {

    @Autowired
    MongoTemplate mongo;

    MutableClock clock;
    SlackMessenger slack;
    Outbox outbox;
    OutboxSender sender;
    List<MessageDelivered> delivered;

    @BeforeEach
    void sender() {
        mongo.dropCollection(OutboxMessage.class);
        mongo.dropCollection(ChannelPacer.Pace.class);
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        slack = mock(SlackMessenger.class);
        delivered = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        outbox = new Outbox(mongo, clock, meters);
        sender = new OutboxSender(mongo, slack, new ChannelPacer(mongo), clock, meters,
                event -> delivered.add((MessageDelivered) event));
    }

    private static List<LayoutBlock> text(String text) {
        return List.of(section(s -> s.text(markdownText(text))));
    }

    private void runFor(Duration duration) {
        for (Duration spent = Duration.ZERO; spent.compareTo(duration) < 0; spent = spent.plusMillis(500)) {
            sender.deliverDue();
            clock.advance(Duration.ofMillis(500));
        }
    }

    @Test
    void aReplyQueuedBeforeItsParentWaitsAndGoesIntoTheParentsThread() {
        // Slack is slow to take the parent: it fails once with a 5xx
        when(slack.postMessage(eq("T0THR"), eq("C0ESC"), isNull(), eq("parent"), anyString(), eq("p")))
                .thenReturn(SlackMessenger.PostResult.failed(true, "HTTP 503"))
                .thenReturn(SlackMessenger.PostResult.delivered("1700000000.000100"));
        when(slack.postMessage(eq("T0THR"), eq("C0ESC"), eq("1700000000.000100"), eq("reply"), anyString(), eq("r")))
                .thenReturn(SlackMessenger.PostResult.delivered("1700000000.000200"));
        outbox.enqueue("p", "T0THR", "C0ESC", "escalation-parent", "parent", text("parent"));
        outbox.enqueueReply("r", "T0THR", "C0ESC", "p", "escalation-reply", "reply", text("reply"));

        runFor(Duration.ofSeconds(20));

        assertThat(outbox.find("r").status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(outbox.find("r").threadTs()).isEqualTo("1700000000.000100");
        // never posted outside the thread while the parent's ts was unknown
        verify(slack, never()).postMessage(eq("T0THR"), eq("C0ESC"), isNull(), eq("reply"), any(), any());
        verify(slack, times(2)).postMessage(eq("T0THR"), eq("C0ESC"), isNull(), eq("parent"), any(), eq("p"));
        assertThat(delivered).extracting(MessageDelivered::key).containsExactly("p", "r");
        assertThat(delivered.get(0).ts()).isEqualTo("1700000000.000100");
    }

    @Test
    void aReplyWhoseParentWasParkedIsParkedWithoutAPost() {
        when(slack.postMessage(any(), any(), any(), any(), any(), any()))
                .thenReturn(SlackMessenger.PostResult.failed(false, "channel_not_found"));
        outbox.enqueue("p2", "T0THR", "C0GONE", "escalation-parent", "parent", text("parent"));
        outbox.enqueueReply("r2", "T0THR", "C0GONE", "p2", "escalation-reply", "reply", text("reply"));

        runFor(Duration.ofSeconds(10));

        assertThat(outbox.find("p2").status()).isEqualTo(OutboxMessage.Status.PARKED);
        assertThat(outbox.find("r2").status()).isEqualTo(OutboxMessage.Status.PARKED);
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
        assertThat(delivered).isEmpty();
    }

    @Test
    void anUnansweredParentIsLookedForAndItsTsRecordedWithoutASecondPost() {
        when(slack.postMessage(any(), any(), any(), any(), any(), any()))
                .thenReturn(SlackMessenger.PostResult.unanswered("SocketTimeoutException: timeout"));
        when(slack.findDelivered(eq("T0THR"), eq("C0SLOW"), isNull(), eq("p3"), any()))
                .thenReturn(Optional.of("1700000000.000300"));
        outbox.enqueue("p3", "T0THR", "C0SLOW", "escalation-parent", "parent", text("parent"));

        runFor(Duration.ofSeconds(40));

        assertThat(outbox.deliveredTs("p3")).contains("1700000000.000300");
        verify(slack, times(1)).postMessage(any(), any(), any(), any(), any(), any());
        assertThat(delivered).extracting(MessageDelivered::ts).containsExactly("1700000000.000300");
    }
}
