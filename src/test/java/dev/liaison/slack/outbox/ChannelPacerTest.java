package dev.liaison.slack.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.liaison.store.ProcessedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacer on the embedded database: each channel of each workspace has its own slot. */
@SpringBootTest(properties = {"liaison.outbox.worker=false", "liaison.data-dir=target/test-data/pacing",
        "management.server.port=0", "slack.bot-token=xoxb-test", "slack.signing-secret=pacing-secret"})
class ChannelPacerTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessedEvents processedEvents;

    @Test
    void eventIdsAreClaimedOnceUntilPurged() {
        // the data dir outlives a run and this test ends with its id claimed: start from no claims
        processedEvents.purgeOlderThan(Duration.ofSeconds(-5));
        String event = "Ev" + UUID.randomUUID();
        assertThat(processedEvents.claim("TP", event)).isTrue();
        assertThat(processedEvents.claim("TP", event)).as("a retry").isFalse();
        assertThat(processedEvents.purgeOlderThan(Duration.ofDays(7))).as("too young to purge").isZero();
        assertThat(processedEvents.purgeOlderThan(Duration.ofSeconds(-5))).isGreaterThanOrEqualTo(1);
        assertThat(processedEvents.claim("TP", event)).isTrue();
    }

    @Test
    void aChannelsSlotIsItsOwn() {
        mongo.dropCollection(ChannelPacer.Pace.class);
        ChannelPacer pacer = new ChannelPacer(mongo);
        Instant t16 = Instant.parse("2026-11-27T16:00:00Z");
        Instant t20 = Instant.parse("2026-11-27T20:00:00Z");
        assertThat(pacer.tryAcquire("TA", "UOWN", t16, t16.plusSeconds(1))).isTrue();
        assertThat(pacer.tryAcquire("TA", "UOWN", t16, t16.plusSeconds(1))).as("taken for a second").isFalse();
        assertThat(pacer.tryAcquire("TB", "UOWN", t16, t16.plusSeconds(1))).as("another workspace").isTrue();
        assertThat(pacer.tryAcquire("TA", "C0ESCAL", t16, t16.plusSeconds(1))).as("another channel").isTrue();
        assertThat(pacer.tryAcquire("TA", "ULED", t20, t20.plusSeconds(1))).isTrue();
        assertThat(pacer.tryAcquire("TA", "C0ESCAL", t20, t20.plusSeconds(1))).isTrue();
        assertThat(pacer.nextAt("TA", "UOWN")).isEqualTo(t16.plusSeconds(1));
        pacer.holdUntil("TA", "UOWN", t20.plusSeconds(30));
        assertThat(pacer.tryAcquire("TA", "UOWN", t20, t20.plusSeconds(1))).as("held by a Retry-After").isFalse();
        assertThat(pacer.tryAcquire("TA", "UOWN", t20.plusSeconds(30), t20.plusSeconds(31))).isTrue();
    }
}
