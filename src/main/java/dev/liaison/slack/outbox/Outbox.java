package dev.liaison.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.slack.api.model.block.LayoutBlock;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.slack.QueuedMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The delivery queue: every message a job sends is written here first under its idempotency key
 * (a unique _id), and {@link OutboxSender} delivers it. A crash, a restart or a second instance can
 * only find the message already queued, never queue it twice.
 */
@Component
public class Outbox implements QueuedMessages {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Counter queued;

    Outbox(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.queued = Counter.builder("liaison.outbox.queued").description("messages written to the delivery queue")
                .register(meters);
        Gauge.builder("liaison.outbox.depth", this, Outbox::depth).description("messages waiting to be sent")
                .register(meters);
    }

    @Override
    public boolean enqueue(String key, String teamId, String channel, String kind, String text, List<LayoutBlock> blocks) {
        return enqueue(key, teamId, channel, null, kind, text, blocks);
    }

    /** As {@link #enqueue(String, String, String, String, String, List)}, as a reply in a thread. */
    public boolean enqueue(String key, String teamId, String channel, String threadTs, String kind, String text,
                           List<LayoutBlock> blocks) {
        return insert(key, teamId, channel, threadTs, null, kind, text, blocks);
    }

    /**
     * A reply in the thread of the message queued under {@code parentKey}: it is sent once that
     * message is delivered, in its thread (whose ts is only known then).
     */
    public boolean enqueueReply(String key, String teamId, String channel, String parentKey, String kind, String text,
                                List<LayoutBlock> blocks) {
        return insert(key, teamId, channel, null, parentKey, kind, text, blocks);
    }

    private boolean insert(String key, String teamId, String channel, String threadTs, String parentKey, String kind,
                           String text, List<LayoutBlock> blocks) {
        // texts cut to their limits; anything else over a limit is a renderer bug: better a refused
        // message in the log than one Slack rejects forever
        String blocksJson = BlockKitLimits.fitMessage(blocks, BlockKit.MESSAGE_BLOCKS);
        try {
            mongo.insert(new OutboxMessage(key, teamId, channel, kind, BlockKitLimits.fitText(text),
                    blocksJson, clock.instant()).inThread(threadTs).replyTo(parentKey));
            queued.increment();
            return true;
        } catch (DuplicateKeyException already) {
            log.debug("Message {} was already queued", key);
            return false;
        }
    }

    /** A message to queue under its key, as {@link #enqueue(String, String, String, String, String, List)} takes it. */
    public record NewMessage(String key, String teamId, String channel, String kind, String text, List<LayoutBlock> blocks) {
    }

    /**
     * Queues these messages in one round trip (an unordered insert: one refused key does not hold up
     * the others), each under its own key exactly as {@link #enqueue} would.
     *
     * @return the keys queued now; a key missing was already queued (by this run or any other)
     */
    public Set<String> enqueueAll(List<NewMessage> messages) {
        if (messages.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        List<OutboxMessage> documents = messages.stream().map(m -> new OutboxMessage(m.key(), m.teamId(), m.channel(),
                m.kind(), BlockKitLimits.fitText(m.text()), BlockKitLimits.fitMessage(m.blocks(), BlockKit.MESSAGE_BLOCKS),
                now)).toList();
        Set<String> added = new LinkedHashSet<>(messages.stream().map(NewMessage::key).toList());
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxMessage.class).insert(documents).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                log.debug("Message {} was already queued", messages.get(error.getIndex()).key());
                added.remove(messages.get(error.getIndex()).key());
            }
        }
        queued.increment(added.size());
        return added;
    }

    public boolean exists(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), OutboxMessage.class);
    }

    public OutboxMessage find(String key) {
        return mongo.findById(key, OutboxMessage.class);
    }

    /** Slack's ts of the message queued under this key, once it is delivered. */
    public Optional<String> deliveredTs(String key) {
        OutboxMessage message = find(key);
        return message != null && message.status() == OutboxMessage.Status.SENT
                ? Optional.ofNullable(message.ts()) : Optional.empty();
    }

    public long depth() {
        return mongo.count(Query.query(Criteria.where("status").is(OutboxMessage.Status.PENDING)), OutboxMessage.class);
    }

    /** No TTL on the embedded server: sent messages are removed explicitly after a week. */
    public long purgeSentOlderThan(Duration age) {
        return mongo.remove(Query.query(Criteria.where("status").is(OutboxMessage.Status.SENT)
                .and("sentAt").lt(clock.instant().minus(age))), OutboxMessage.class).getDeletedCount();
    }
}
