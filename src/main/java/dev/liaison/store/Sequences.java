package dev.liaison.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per-workspace counters (task numbers like T-42). One atomic findAndModify per number, so two
 * instances never hand out the same one; no transactions needed.
 */
@Component
public class Sequences {

    @Document("sequences")
    record Sequence(@Id String id, String teamId, String name, long value) {
    }

    private final MongoTemplate mongo;

    Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long next(String teamId, String name) {
        Query query = Query.query(Criteria.where("_id").is(teamId + ":" + name));
        Update update = new Update().inc("value", 1L).setOnInsert("teamId", teamId).setOnInsert("name", name);
        Sequence sequence = mongo.findAndModify(query, update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Sequence.class);
        return sequence.value();
    }

    /** The current value without changing it (0 when never incremented). */
    public long current(String teamId, String name) {
        Sequence sequence = mongo.findById(teamId + ":" + name, Sequence.class);
        return sequence == null ? 0L : sequence.value();
    }
}
