package dev.liaison.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Commands held back until their author confirms the client a typo was matched to ("Did you mean
 * Acme Corp?"). Only the command's text is kept, never carried in the button: a command can be
 * longer than a button value may be. Taken once; stale ones are cleared as new ones are kept
 * (the embedded store has no TTL).
 */
@Component
public class PendingCommands {

    /** How long "Did you mean …?" stays answerable. */
    public static final Duration VALID_FOR = Duration.ofHours(1);

    @Document("pending_commands")
    record Pending(@Id String id, String teamId, String userId, String command, String text, String clientId,
                   Instant at) {
    }

    /** A command waiting for its author: the slash command, what was typed after it, the client it was matched to. */
    public record Held(String command, String text, String clientId) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    PendingCommands(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Keeps a command for its author to confirm; returns the id the confirm button carries. */
    public String hold(String teamId, String userId, String command, String text, String clientId) {
        Instant now = clock.instant();
        mongo.remove(Query.query(Criteria.where("teamId").is(teamId).and("at").lt(now.minus(VALID_FOR))), Pending.class);
        String id = UUID.randomUUID().toString();
        mongo.insert(new Pending(id, teamId, userId, command, text, clientId, now));
        return id;
    }

    /**
     * The held command, removed so it runs at most once; empty when it was already taken, is too
     * old, or is someone else's (only its author was asked).
     */
    public Optional<Held> take(String teamId, String userId, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Pending p = mongo.findAndRemove(Query.query(Criteria.where("_id").is(id).and("teamId").is(teamId)
                .and("userId").is(userId)), Pending.class);
        if (p == null || p.at().isBefore(clock.instant().minus(VALID_FOR))) {
            return Optional.empty();
        }
        return Optional.of(new Held(p.command(), p.text(), p.clientId()));
    }

    /** Forgets a held command (Cancel). */
    public void drop(String teamId, String userId, String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("teamId").is(teamId).and("userId").is(userId)),
                Pending.class);
    }
}
