package dev.liaison.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys for incoming work: Slack retries an event (X-Slack-Retry-Num) when our ack was
 * late, so each event_id is claimed once. The embedded server has no TTL, so old keys are purged
 * explicitly.
 */
@Component
public class ProcessedEvents {

    @Document("processed_events")
    record ProcessedEvent(@Id String id, String teamId, Instant at) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return true the first time this key is seen, false for a retry or duplicate. */
    public boolean claim(String teamId, String key) {
        try {
            mongo.insert(new ProcessedEvent(teamId + ":" + key, teamId, clock.instant()));
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    public long purgeOlderThan(Duration age) {
        return mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(age))), ProcessedEvent.class)
                .getDeletedCount();
    }
}
