package dev.liaison.slack.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackUser;
import dev.liaison.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One message per second per channel, whatever arrives at once, with 429s in between; measured on
 * the sender's own clock against a recording messenger, on the embedded database.
 */
@SpringBootTest(properties = {"liaison.outbox.worker=false", "liaison.data-dir=target/test-data/pacing",
        "management.server.port=0", "slack.bot-token=xoxb-test", "slack.signing-secret=pacing-secret"})
class OutboxPacingTest {

    @Autowired
    MongoTemplate mongo;

    record Sent(String channel, Instant at) {
    }

    @Test
    void neverFasterThanOnePerSecondPerChannel() {
        mongo.dropCollection(OutboxMessage.class);
        mongo.dropCollection(ChannelPacer.Pace.class);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        List<Sent> sent = new ArrayList<>();
        Map<String, Integer> calls = new ConcurrentHashMap<>();
        SlackMessenger recording = new SlackMessenger() {
            @Override
            public Optional<SlackUser> userInfo(String teamId, String userId) {
                return Optional.empty();
            }

            @Override
            public void respond(String responseUrl, boolean inChannel, String text, List<LayoutBlock> blocks) {
            }

            @Override
            public void openModal(String teamId, String triggerId, View view) {
            }

            @Override
            public void replaceOriginal(String responseUrl, String text, List<LayoutBlock> blocks) {
            }

            @Override
            public void publishHome(String teamId, String userId, View view) {
            }

            @Override
            public Optional<String> permalink(String teamId, String channelId, String messageTs) {
                return Optional.empty();
            }

            @Override
            public Optional<String> userIdByEmail(String teamId, String email) {
                return Optional.empty();
            }

            @Override
            public boolean isChannelMember(String teamId, String channelId, String userId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] downloadFile(String teamId, String fileId, long maxBytes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void updateMessage(String teamId, String channel, String ts, String text,
                                      List<LayoutBlock> blocks) {
            }

            @Override
            public PostResult postMessage(String teamId, String channel, String threadTs, String text, String blocksJson,
                                          String deliveryKey) {
                int n = calls.merge(channel + text, 1, Integer::sum);
                if (text.equals("m3") && n == 1) {
                    return PostResult.rateLimited(3);
                }
                sent.add(new Sent(channel, clock.instant()));
                return PostResult.delivered("1.0");
            }

            @Override
            public String uploadFile(String teamId, String channel, String filename, String title, byte[] content,
                                     String altText, String initialComment) {
                return "F0";
            }

            @Override
            public Optional<String> findDelivered(String teamId, String channel, String threadTs,
                                                            String deliveryKey, Instant since) {
                return Optional.empty();
            }
        };
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Outbox outbox = new Outbox(mongo, clock, meters);
        OutboxSender sender = new OutboxSender(mongo, recording, new ChannelPacer(mongo), clock, meters, event -> { });
        for (int i = 1; i <= 6; i++) {
            String channel = i % 2 == 0 ? "C0EVEN" : "C0ODD";
            String text = "m" + i;
            outbox.enqueue("pace:" + i, "T0PACE", channel, "test", text, List.of(section(s -> s.text(markdownText(text)))));
        }
        for (int step = 0; step < 200 && sent.size() < 6; step++) {
            sender.deliverDue();
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(sent).hasSize(6);
        for (String channel : List.of("C0EVEN", "C0ODD")) {
            List<Instant> times = sent.stream().filter(s -> s.channel().equals(channel)).map(Sent::at).toList();
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).as(channel)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            }
        }
        assertThat(meters.counter("liaison.outbox.retried").count()).isEqualTo(1.0);
        assertThat(meters.counter("liaison.outbox.sent").count()).isEqualTo(6.0);
    }
}
