package dev.liaison.slack.outbox;

import java.time.Duration;

import dev.liaison.store.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Keeps the delivery queue moving; several instances may run it side by side. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "liaison.outbox.worker", havingValue = "true", matchIfMissing = true)
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxSender sender;
    private final Outbox outbox;
    private final ProcessedEvents processedEvents;

    OutboxWorker(OutboxSender sender, Outbox outbox, ProcessedEvents processedEvents) {
        this.sender = sender;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
    }

    @Scheduled(fixedDelay = 250, initialDelay = 1000)
    void deliver() {
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            // the database may be down; the messages wait in it and are sent when it is back
            log.warn("Delivery paused: {}", e.getMessage());
        }
    }

    /** No TTL on the embedded server: old sent messages and event ids are removed here, hourly. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void purge() {
        try {
            outbox.purgeSentOlderThan(Duration.ofDays(7));
            // Slack retries an event for minutes, not days: a week of idempotency keys is plenty
            processedEvents.purgeOlderThan(Duration.ofDays(7));
        } catch (RuntimeException e) {
            log.warn("Outbox clean-up skipped: {}", e.getMessage());
        }
    }
}
