package dev.liaison.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which clients each person owns, one document per person keyed by team + owner, so a portfolio is
 * two primary-key reads (this document, then its clients by id) instead of a scan of every client
 * of the workspace (the embedded database does not use the non-unique index a query on owner needs).
 *
 * <p>It may list more than the truth, never less: an owner is added before the client is saved with
 * them and removed only after, and readers keep only the clients whose owner really is that person.
 * A workspace's index is built once from its clients the first time it is read (data from before it
 * existed), then kept by {@link ClientService}, the one writer of owners.
 */
@Component
class ClientOwners {

    @Document("client_owners")
    record Owned(@Id String id, String teamId, String ownerId, List<String> clientIds) {
    }

    @Document("client_owners")
    record Built(@Id String id, String teamId) {
    }

    private final MongoTemplate mongo;
    private final Set<String> built = ConcurrentHashMap.newKeySet();

    ClientOwners(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void add(String teamId, String ownerId, String clientId) {
        if (ownerId == null) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(key(teamId, ownerId))),
                new Update().addToSet("clientIds", clientId).setOnInsert("teamId", teamId).setOnInsert("ownerId", ownerId),
                Owned.class);
    }

    void remove(String teamId, String ownerId, String clientId) {
        if (ownerId == null) {
            return;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(teamId, ownerId))),
                new Update().pull("clientIds", clientId), Owned.class);
    }

    /** The ids of the clients this person may own (check each client's owner). */
    Collection<String> clientIdsOf(String teamId, String ownerId) {
        ensureBuilt(teamId);
        Owned owned = mongo.findById(key(teamId, ownerId), Owned.class);
        return owned == null || owned.clientIds() == null ? List.of() : owned.clientIds();
    }

    private void ensureBuilt(String teamId) {
        if (!built.contains(teamId)) {
            // one build at a time here: a burst of first portfolio reads must not each scan every client
            synchronized (this) {
                if (!built.contains(teamId)) {
                    build(teamId);
                }
            }
        }
    }

    private void build(String teamId) {
        String marker = "built:" + teamId;
        if (mongo.findById(marker, Built.class) == null) {
            // once per workspace: adding is idempotent, so two instances building at once is harmless
            List<Client> all = mongo.find(Query.query(Criteria.where("teamId").is(teamId)), Client.class);
            Map<String, List<String>> byOwner = new HashMap<>();
            all.stream().filter(c -> c.ownerId() != null)
                    .forEach(c -> byOwner.computeIfAbsent(c.ownerId(), o -> new ArrayList<>()).add(c.id()));
            byOwner.forEach((owner, ids) -> mongo.upsert(Query.query(Criteria.where("_id").is(key(teamId, owner))),
                    new Update().addToSet("clientIds").each(ids.toArray()).setOnInsert("teamId", teamId)
                            .setOnInsert("ownerId", owner), Owned.class));
            mongo.save(new Built(marker, teamId));
        }
        built.add(teamId);
    }

    private static String key(String teamId, String ownerId) {
        return teamId + ":" + ownerId;
    }
}
