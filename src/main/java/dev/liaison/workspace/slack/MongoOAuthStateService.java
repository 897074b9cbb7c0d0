package dev.liaison.workspace.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.slack.api.bolt.service.OAuthStateService;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * OAuth state values on our database, so an install started on one instance can finish on another.
 * A state is good once: checking it removes it, so a replayed or raced callback is refused. States
 * expire after Bolt's ten minutes; the embedded database has no TTL indexes, so each new install
 * clears out the expired ones itself.
 */
class MongoOAuthStateService implements OAuthStateService {

    @Document("oauth_states")
    record OAuthState(@Id String state, Instant issuedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoOAuthStateService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    private Instant oldestValid() {
        return clock.instant().minus(Duration.ofSeconds(getExpirationInSeconds()));
    }

    @Override
    public void addNewStateToDatastore(String state) {
        mongo.remove(Query.query(Criteria.where("issuedAt").lt(oldestValid())), OAuthState.class);
        mongo.insert(new OAuthState(state, clock.instant()));
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        // removing it here is what makes it single-use, even for two callbacks racing each other
        OAuthState found = mongo.findAndRemove(Query.query(Criteria.where("_id").is(state)), OAuthState.class);
        return found != null && !found.issuedAt().isBefore(oldestValid());
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        mongo.remove(Query.query(Criteria.where("_id").is(state)), OAuthState.class);
    }
}
