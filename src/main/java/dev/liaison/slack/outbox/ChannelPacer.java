package dev.liaison.slack.outbox;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Slack allows about one message per second per channel. The next allowed time of each channel is
 * kept in the database, so all instances together keep to it.
 */
@Component
class ChannelPacer {

    @Document("channel_pace")
    record Pace(@Id String id, Instant nextAt) {
    }

    private final MongoTemplate mongo;

    ChannelPacer(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes the channel's slot if it is free at {@code now}, holding it until {@code until}. */
    boolean tryAcquire(String teamId, String channel, Instant now, Instant until) {
        String id = teamId + ":" + channel;
        ensureExists(id);
        // a conditional update, no upsert: upserts with a condition behave differently across servers
        Pace taken = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("nextAt").lte(now)),
                new Update().set("nextAt", until), FindAndModifyOptions.options().returnNew(true), Pace.class);
        return taken != null;
    }

    private void ensureExists(String id) {
        if (mongo.findById(id, Pace.class) == null) {
            try {
                mongo.insert(new Pace(id, Instant.EPOCH));
            } catch (DuplicateKeyException created) {
                // another sender created it first
            }
        }
    }

    /** Holds a channel back, e.g. for the Retry-After of a 429. */
    void holdUntil(String teamId, String channel, Instant until) {
        String id = teamId + ":" + channel;
        ensureExists(id);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("nextAt").lt(until)),
                new Update().set("nextAt", until), Pace.class);
    }

    Instant nextAt(String teamId, String channel) {
        Pace pace = mongo.findById(teamId + ":" + channel, Pace.class);
        return pace == null ? Instant.EPOCH : pace.nextAt();
    }
}
