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
import org.springframework.data.mongodb.core.query.Update;
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

    /**
     * Claims a key for a short window: true when it was not claimed within {@code window} (a
     * double-click or a double submission inside it gets false). One atomic upsert: a recent claim
     * makes the insert collide on the id.
     */
    public boolean claimWithin(String teamId, String key, Duration window) {
        Instant now = clock.instant();
        Query stale = Query.query(Criteria.where("_id").is(teamId + ":" + key).and("at").lte(now.minus(window)));
        try {
            mongo.upsert(stale, new Update().set("teamId", teamId)
                    .set("at", now), ProcessedEvent.class);
            return true;
        } catch (DuplicateKeyException recent) {
            return false;
        }
    }

    /** Gives a claimed key back, when the work it guarded did not happen (a form with errors). */
    public void release(String teamId, String key) {
        mongo.remove(Query.query(Criteria.where("_id").is(teamId + ":" + key)), ProcessedEvent.class);
    }
}
