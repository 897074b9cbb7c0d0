package dev.liaison.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.liaison.StartupRefused;
import org.bson.Document;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox signs anything its page sends and runs every job for every workspace it finds, so it
 * must never run on a database that holds a real workspace: one found there stops start-up (while
 * the beans are made, before the web server takes a request), naming the workspace and the database.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxDatabaseGuard {

    SandboxDatabaseGuard(MongoTemplate mongo) {
        foreignWorkspace(mongo).ifPresent(found -> {
            throw new StartupRefused("the sandbox would run on a database that holds workspace " + found
                    + " (database " + mongo.getDb().getName() + "); it runs only on a database with nothing but its "
                    + "demo workspace " + DemoAgency.TEAM + ". Point LIAISON_DATA_DIR or MONGODB_URI elsewhere.");
        });
    }

    /** A workspace other than the demo's, in any collection (by teamId, or as _id for one-per-workspace documents). */
    static Optional<String> foreignWorkspace(MongoTemplate mongo) {
        Document notDemo = new Document("teamId", new Document("$exists", true).append("$nin",
                Arrays.asList(DemoAgency.TEAM, null)));
        for (String collection : mongo.getCollectionNames()) {
            Document found = mongo.getCollection(collection).find(notDemo).first();
            if (found != null) {
                return Optional.of(String.valueOf(found.get("teamId")));
            }
        }
        for (String perWorkspace : List.of("installations", "workspace_settings")) {
            Document found = mongo.getCollection(perWorkspace).find(new Document("_id", new Document("$ne", DemoAgency.TEAM)))
                    .first();
            if (found != null) {
                return Optional.of(String.valueOf(found.get("_id")));
            }
        }
        return Optional.empty();
    }
}
