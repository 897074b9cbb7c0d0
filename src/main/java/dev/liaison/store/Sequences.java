package dev.liaison.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


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

    public Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long next(String teamId, String name) {
        Query query = Query.query(Criteria.where("_id").is(teamId + ":" + name));
        Update update = new Update().inc("value", 1L).setOnInsert("teamId", teamId).setOnInsert("name", name);
        Sequence sequence = mongo.findAndModify(query, update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Sequence.class);
        recent.put(teamId + ":" + name, new Seen(sequence.value(), System.nanoTime()));
        return sequence.value();
    }

    /** How long {@link #recent} trusts a value it read before reading again. */
    public static final Duration RECHECK = Duration.ofMillis(250);

    private record Seen(long value, long atNanos) {
    }

    private final Map<String, Seen> recent = new ConcurrentHashMap<>();
    /** The names hot paths read through {@link #recent}: a stale one is re-read with the others in one round trip. */
    private final Set<String> hotNames = ConcurrentHashMap.newKeySet();

    /**
     * The current value as a hot path may use it to tell whether a cache is stale: read from the
     * database at most every {@link #RECHECK} per sequence, so a command does not pay a round trip for
     * it. A change made through this instance is seen at once; one made by another instance within
     * {@link #RECHECK}. The workspace's other hot versions are re-read in the same round trip (one
     * {@code _id $in} read), so the caches of a command cost one read per {@link #RECHECK}, not one each.
     */
    public long recent(String teamId, String name) {
        String key = teamId + ":" + name;
        Seen seen = recent.get(key);
        long now = System.nanoTime();
        if (seen != null && now - seen.atNanos() < RECHECK.toNanos()) {
            return seen.value();
        }
        hotNames.add(name);
        List<String> ids = hotNames.stream().map(n -> teamId + ":" + n).toList();
        Map<String, Long> values = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Sequence.class)
                .forEach(sequence -> values.put(sequence.id(), sequence.value()));
        for (String id : ids) {
            recent.merge(id, new Seen(values.getOrDefault(id, 0L), now),
                    (old, fresh) -> fresh.value() >= old.value() ? fresh : old);
        }
        return values.getOrDefault(key, 0L);
    }

    /** The current value without changing it (0 when never incremented). */
    public long current(String teamId, String name) {
        Sequence sequence = mongo.findById(teamId + ":" + name, Sequence.class);
        return sequence == null ? 0L : sequence.value();
    }
}
