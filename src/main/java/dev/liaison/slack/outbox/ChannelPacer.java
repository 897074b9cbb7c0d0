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
        Query free = Query.query(Criteria.where("_id").is(teamId + ":" + channel).and("nextAt").lte(now));
        try {
            Pace taken = mongo.findAndModify(free, new Update().set("nextAt", until),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Pace.class);
            return taken != null;
        } catch (DuplicateKeyException busy) {
            // the upsert found the channel but not free: someone sent there less than a second ago
            return false;
        }
    }

    /** Holds a channel back, e.g. for the Retry-After of a 429. */
    void holdUntil(String teamId, String channel, Instant until) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId + ":" + channel)), new Update().max("nextAt", until),
                Pace.class);
    }

    Instant nextAt(String teamId, String channel) {
        Pace pace = mongo.findById(teamId + ":" + channel, Pace.class);
        return pace == null ? Instant.EPOCH : pace.nextAt();
    }
}
