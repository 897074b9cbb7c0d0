package dev.liaison.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.liaison.slack.SlackMessenger;
import dev.liaison.ops.logging.LogContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Delivers queued messages: one claim at a time (atomic, so instances never send the same one),
 * at most one message per second per channel, honouring 429 Retry-After, backing off on 5xx and
 * timeouts, and parking a message that keeps failing, with a log line and a metric.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration PACE = Duration.ofSeconds(1);
    static final Duration CLAIM = Duration.ofSeconds(30);
    static final int MAX_ATTEMPTS = 6;
    static final int BATCH = 50;
    static final Duration UNANSWERED_WAIT = Duration.ofSeconds(30);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How often a reply waiting for its thread's parent looks again. */
    static final Duration PARENT_WAIT = Duration.ofSeconds(2);

    private final MongoTemplate mongo;
    private final SlackMessenger slack;
    private final ChannelPacer pacer;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final Counter sent;
    private final Counter retried;
    private final Counter parked;
    private final ApplicationEventPublisher events;

    OutboxSender(MongoTemplate mongo, SlackMessenger slack, ChannelPacer pacer, Clock clock, MeterRegistry meters,
                 ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
        this.slack = slack;
        this.pacer = pacer;
        this.clock = clock;
        this.sent = Counter.builder("liaison.outbox.sent").description("messages Slack accepted").register(meters);
        this.retried = Counter.builder("liaison.outbox.retried").description("deliveries put off to retry")
                .register(meters);
        this.parked = Counter.builder("liaison.outbox.parked").description("messages given up after repeated failure")
                .register(meters);
    }

    private volatile boolean stopping;

    /** On shutdown: finish the message in hand, claim no more (the scheduler waits for the one in hand). */
    @EventListener(ContextClosedEvent.class)
    void stopClaiming() {
        stopping = true;
    }

    /** Sends what is due now; returns how many messages Slack accepted. */
    public int deliverDue() {
        int delivered = 0;
        for (int i = 0; i < BATCH && !stopping; i++) {
            OutboxMessage message = claimNext();
            if (message == null) {
                break;
            }
            try (LogContext.Scope workspace = LogContext.workspace(message.teamId())) {
                if (deliver(message)) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    private OutboxMessage claimNext() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(OutboxMessage.Status.PENDING).and("nextAttemptAt").lte(now)
                        .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now)))
                .with(Sort.by("nextAttemptAt"));
        // the document as it was before this claim: an inFlightSince left on it is a crashed attempt
        return mongo.findAndModify(due, new Update().set("claimedBy", instance).set("claimedUntil", now.plus(CLAIM))
                        .set("inFlightSince", now),
                FindAndModifyOptions.options().returnNew(false), OutboxMessage.class);
    }

    private boolean deliver(OutboxMessage message) {
        Instant now = clock.instant();
        if (message.threadTs() == null && message.parentKey() != null) {
            // a reply whose thread is not posted yet: it follows its parent's one recorded ts
            OutboxMessage parent = mongo.findById(message.parentKey(), OutboxMessage.class);
            if (parent == null || parent.status() == OutboxMessage.Status.PARKED) {
                release(message, new Update().set("status", OutboxMessage.Status.PARKED)
                        .set("lastError", "parent_not_delivered"));
                parked.increment();
                log.warn("Parked {} message {}: its thread's parent {} will not be posted", message.kind(),
                        message.id(), message.parentKey());
                return false;
            }
            if (parent.status() != OutboxMessage.Status.SENT) {
                release(message, new Update().set("nextAttemptAt", now.plus(PARENT_WAIT)));
                return false;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
                    new Update().set("threadTs", parent.ts()), OutboxMessage.class);
            message = message.inThread(parent.ts());
        }
        if (!pacer.tryAcquire(message.teamId(), message.channel(), now, now.plus(PACE))) {
            release(message, new Update().set("nextAttemptAt", max(now.plus(Duration.ofMillis(200)),
                    pacer.nextAt(message.teamId(), message.channel()))));
            return false;
        }
        Instant uncertainSince = message.unansweredSince() != null ? message.unansweredSince()
                : message.inFlightSince() != null ? message.inFlightSince().minus(CLOCK_SKEW) : null;
        if (uncertainSince != null) {
            // the last attempt timed out or its instance stopped mid-attempt: Slack may have posted it,
            // and a second post would be a duplicate
            Optional<String> posted;
            try {
                posted = slack.findDelivered(message.teamId(), message.channel(), message.threadTs(), message.id(),
                        uncertainSince);
            } catch (SlackMessenger.SlackUnavailable e) {
                retryLater(message, message.attempts(), "checking an unanswered delivery: " + e.getMessage());
                return false;
            }
            if (posted.isPresent()) {
                log.info("Delivery of {} had timed out but Slack had posted it; not posting again", message.id());
                markSent(message, posted.get());
                return true;
            }
        }
        SlackMessenger.PostResult result = slack.postMessage(message.teamId(), message.channel(), message.threadTs(),
                message.text(), message.blocksJson(), message.id());
        if (result.ok()) {
            markSent(message, result.ts());
            return true;
        }
        if (result.rateLimited()) {
            Instant retryAt = clock.instant().plusSeconds(result.retryAfterSeconds());
            pacer.holdUntil(message.teamId(), message.channel(), retryAt);
            release(message, new Update().set("nextAttemptAt", retryAt).set("lastError", result.error()));
            retried.increment();
            log.info("Slack rate-limited {}; retrying after {} s", message.id(), result.retryAfterSeconds());
            return false;
        }
        int attempts = message.attempts() + 1;
        if (!result.retryable() || attempts >= MAX_ATTEMPTS) {
            release(message, new Update().set("status", OutboxMessage.Status.PARKED).set("attempts", attempts)
                    .set("lastError", result.error()));
            parked.increment();
            log.warn("Parked {} message {} to {} after {} attempt(s): {}", message.kind(), message.id(),
                    message.channel(), attempts, result.error());
            return false;
        }
        if (result.unanswered()) {
            if (message.unansweredSince() == null) {
                // Slack's ts of a late post cannot be earlier than this attempt (less any clock skew)
                mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
                        new Update().set("unansweredSince", now.minus(CLOCK_SKEW)), OutboxMessage.class);
            }
            // give a post Slack is still working on time to land before looking for it
            retryLater(message, attempts, result.error(), UNANSWERED_WAIT);
            return false;
        }
        retryLater(message, attempts, result.error(), Duration.ZERO);
        return false;
    }

    private void retryLater(OutboxMessage message, int attempts, String error) {
        retryLater(message, attempts, error, Duration.ZERO);
    }

    private void retryLater(OutboxMessage message, int attempts, String error, Duration atLeast) {
        Duration exponential = Duration.ofSeconds(Math.min(300, 1L << Math.max(1, attempts)));
        Duration backoff = exponential.compareTo(atLeast) < 0 ? atLeast : exponential;
        release(message, new Update().set("attempts", attempts).set("lastError", error)
                .set("nextAttemptAt", clock.instant().plus(backoff)));
        retried.increment();
        log.info("Delivery of {} failed ({}); attempt {} of {} in {}", message.id(), error, attempts,
                MAX_ATTEMPTS, backoff);
    }

    private void markSent(OutboxMessage message, String ts) {
        release(message, new Update().set("status", OutboxMessage.Status.SENT).set("sentAt", clock.instant())
                .set("ts", ts).inc("attempts", 1).unset("lastError"));
        sent.increment();
        try {
            events.publishEvent(new MessageDelivered(message.id(), message.teamId(), message.channel(), message.kind(),
                    ts));
        } catch (RuntimeException e) {
            // what follows a delivery is also picked up from the queue later (e.g. by the escalation timers)
            log.warn("After delivering {}: {}", message.id(), e.getMessage());
        }
    }

    private void release(OutboxMessage message, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id()).and("claimedBy").is(instance)),
                update.unset("claimedBy").unset("claimedUntil").unset("inFlightSince"), OutboxMessage.class);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
