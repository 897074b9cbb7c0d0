package dev.liaison.slack.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delivery queue against a Slack that rate-limits and fails: every message arrives once. */
class OutboxDeliveryE2eTest extends LiaisonE2eTest {

    @Autowired
    Outbox outbox;

    private List<FakeSlackWebApi.Call> postsTo(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    /** The app's clock stands still in tests; move it along so retries come due. */
    private void runClockUntil(Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            clock.advance(Duration.ofSeconds(3));
            return done.call();
        });
    }

    @Test
    void aRateLimitAndServerErrorsAreRetriedAndTheMessageArrivesOnce() {
        String team = newTeam();
        SLACK.failNext("chat.postMessage", 2, 429, 500, 503);
        assertThat(outbox.enqueue("test:retry:" + team, team, "C0RETRY", "test", "hello",
                List.of(section(s -> s.text(markdownText("hello")))))).isTrue();
        assertThat(outbox.enqueue("test:retry:" + team, team, "C0RETRY", "test", "hello again",
                List.of(section(s -> s.text(markdownText("hello again")))))).as("same key: refused").isFalse();
        runClockUntil(() -> outbox.find("test:retry:" + team).status() == OutboxMessage.Status.SENT);
        List<FakeSlackWebApi.Call> attempts = postsTo("C0RETRY");
        assertThat(attempts).hasSize(4);
        assertThat(attempts).extracting(c -> c.params().get("text")).containsOnly("hello");
        assertThat(outbox.find("test:retry:" + team).ts()).isNotBlank();
    }

    @Test
    void aMessageThatKeepsFailingIsParkedNotRetriedForever() {
        String team = newTeam();
        SLACK.failNext("chat.postMessage", 1, 500, 500, 500, 500, 500, 500);
        outbox.enqueue("test:park:" + team, team, "C0PARK", "test", "doomed",
                List.of(section(s -> s.text(markdownText("doomed")))));
        runClockUntil(() -> outbox.find("test:park:" + team).status() == OutboxMessage.Status.PARKED);
        assertThat(postsTo("C0PARK")).hasSize(OutboxSender.MAX_ATTEMPTS);
        assertThat(outbox.find("test:park:" + team).lastError()).isEqualTo("HTTP 500");
    }
}
