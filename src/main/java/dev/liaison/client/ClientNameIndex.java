package dev.liaison.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.store.Sequences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The names and aliases of each workspace's clients, for matching what people type. A per-team
 * version number (bumped on every change, by any instance; read as {@link Sequences#recent}) tells when
 * the cached matcher is stale, so a command usually costs no database read at all, never a scan of all
 * names.
 */
@Component
class ClientNameIndex {

    private static final String VERSION = "client-names";

    private record Cached(long version, ClientNameMatcher matcher) {
    }

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> rebuildLocks = new ConcurrentHashMap<>();

    ClientNameIndex(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    ClientNameMatcher matcher(String teamId) {
        long version = sequences.recent(teamId, VERSION);
        Cached cached = cache.get(teamId);
        if (cached != null && cached.version() == version) {
            return cached.matcher();
        }
        // one rebuild per workspace at a time: a burst of commands after a change waits for it
        // instead of each reading every name
        synchronized (rebuildLocks.computeIfAbsent(teamId, t -> new Object())) {
            Cached again = cache.get(teamId);
            if (again != null && again.version() >= version) {
                return again.matcher();
            }
            return rebuild(teamId, version);
        }
    }

    private ClientNameMatcher rebuild(String teamId, long version) {
        List<NameCandidate> candidates = mongo.find(Query.query(Criteria.where("teamId").is(teamId)), ClientName.class)
                .stream()
                .map(n -> new NameCandidate(n.clientId(), n.displayName(), n.key(), n.alias()))
                .toList();
        ClientNameMatcher matcher = new ClientNameMatcher(candidates);
        cache.put(teamId, new Cached(version, matcher));
        return matcher;
    }

    /** Claims a name or alias for a client, or says clearly which client already has it. */
    void claim(String teamId, String clientId, String displayName, String text, boolean alias) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            throw new InvalidInputException("\"" + text + "\" has no letters or digits to use as a client name.");
        }
        try {
            mongo.insert(new ClientName(ClientName.id(teamId, key), teamId, key, clientId, displayName, text, alias));
        } catch (DuplicateKeyException taken) {
            ClientName existing = mongo.findById(ClientName.id(teamId, key), ClientName.class);
            if (existing != null && existing.clientId().equals(clientId)) {
                return;
            }
            String owner = existing != null ? existing.displayName() : "another client";
            throw new InvalidInputException("\"" + text + "\" is already used by " + owner
                    + ". Client names and aliases must be unique.");
        } finally {
            sequences.next(teamId, VERSION);
        }
    }

    void release(String teamId, String text) {
        mongo.remove(Query.query(Criteria.where("_id").is(ClientName.id(teamId, NameKey.of(text)))), ClientName.class);
        sequences.next(teamId, VERSION);
    }

    /** After a rename, aliases and the new name must point at the new display name. */
    void renameDisplay(String teamId, String clientId, String displayName) {
        mongo.updateMulti(Query.query(Criteria.where("teamId").is(teamId).and("clientId").is(clientId)),
                new Update().set("displayName", displayName),
                ClientName.class);
        sequences.next(teamId, VERSION);
    }

    /** Names changed without going through this index (a workspace wiped): every cached matcher reloads. */
    void changed(String teamId) {
        sequences.next(teamId, VERSION);
    }
}
