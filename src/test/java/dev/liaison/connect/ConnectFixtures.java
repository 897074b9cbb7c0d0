package dev.liaison.connect;

import java.time.Clock;

import dev.liaison.people.PeopleService;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The real {@link SyncHealth} for the syncs' service tests. */
public final class ConnectFixtures {

    private ConnectFixtures() {
    }

    public static SyncHealth syncHealth(MongoTemplate mongo, PeopleService people, ConnectionMessages messages, Clock clock) {
        return new SyncHealth(mongo, people, messages, clock);
    }
}
