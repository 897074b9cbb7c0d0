package dev.liaison.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.liaison.store.Sequences;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which of a workspace's clients an e-mail address belongs to, by the clients' {@code domains}. Calendar
 * and mail syncs ask once per attendee or correspondent, so the answer comes from a per-workspace map in
 * memory, rebuilt only when a client's domains (or whether it is churned) change: the embedded database
 * would scan every client for a query on the domains array (it ignores non-unique indexes). As with
 * {@link ClientNameIndex}, a per-team version number ({@link Sequences}) bumped on every such change, by
 * any instance, tells when the map is stale.
 */
@Component
class ClientDomainIndex {

    static final String VERSION = "client-domains";

    private record Cached(long version, Map<String, List<String>> clientIdsByDomain) {
    }

    /** Only what the map needs from a client. */
    private record Domains(String id, List<String> domains, ClientStatus status) {
    }

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> rebuildLocks = new ConcurrentHashMap<>();

    ClientDomainIndex(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    /**
     * The ids of the workspace's clients (churned ones left out) whose domains include the address's
     * domain or a parent of it: {@code jo@mail.acme.com} is Acme's when Acme has {@code acme.com}.
     */
    List<String> clientIdsFor(String teamId, String emailOrDomain) {
        if (emailOrDomain == null) {
            return List.of();
        }
        String domain = emailOrDomain.strip().toLowerCase(Locale.ROOT);
        domain = domain.substring(domain.lastIndexOf('@') + 1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        Map<String, List<String>> byDomain = map(teamId);
        if (byDomain.isEmpty() || domain.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        // acme.com, then its parents; a stored domain has at least two labels, so the last one is never looked up
        for (String d = domain; d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
            found.addAll(byDomain.getOrDefault(d, List.of()));
        }
        return List.copyOf(found);
    }

    private Map<String, List<String>> map(String teamId) {
        long version = sequences.recent(teamId, VERSION);
        Cached cached = cache.get(teamId);
        if (cached != null && cached.version() == version) {
            return cached.clientIdsByDomain();
        }
        // one rebuild per workspace at a time: a sync visiting everyone after a change waits for it
        synchronized (rebuildLocks.computeIfAbsent(teamId, t -> new Object())) {
            Cached again = cache.get(teamId);
            if (again != null && again.version() >= version) {
                return again.clientIdsByDomain();
            }
            return rebuild(teamId, version);
        }
    }

    private Map<String, List<String>> rebuild(String teamId, long version) {
        Query query = Query.query(Criteria.where("teamId").is(teamId));
        query.fields().include("domains", "status");
        Map<String, List<String>> byDomain = new HashMap<>();
        for (Domains client : mongo.find(query, Domains.class, "clients")) {
            if (client.status() == ClientStatus.CHURNED || client.domains() == null) {
                continue;
            }
            for (String domain : client.domains()) {
                byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(client.id());
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        byDomain.forEach((domain, ids) -> frozen.put(domain, List.copyOf(ids)));
        Map<String, List<String>> map = Map.copyOf(frozen);
        cache.put(teamId, new Cached(version, map));
        return map;
    }

    /** A client's domains or status changed (or clients were removed): every instance's map reloads. */
    void changed(String teamId) {
        sequences.next(teamId, VERSION);
    }
}
