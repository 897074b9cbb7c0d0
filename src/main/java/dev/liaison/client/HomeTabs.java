package dev.liaison.client;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Who has opened Liaison's App Home: only their Home is republished after a change. */
@Component
public class HomeTabs {

    @Document("home_tabs")
    record HomeTab(@Id String id, String teamId, String userId, Instant openedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    HomeTabs(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void opened(String teamId, String userId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId + ":" + userId)),
                new Update().set("teamId", teamId).set("userId", userId).set("openedAt", clock.instant()),
                HomeTab.class);
    }

    public boolean hasOpened(String teamId, String userId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(teamId + ":" + userId)), HomeTab.class);
    }
}
