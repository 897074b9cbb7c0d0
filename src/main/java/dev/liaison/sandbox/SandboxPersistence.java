package dev.liaison.sandbox;

import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonParser;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stand-in's conversations and App Homes in the database beside Liaison's own data, so a
 * restart finds the escalation parents, DMs and threads Liaison's records point at. Saved at most
 * once a second, only when something changed; Reset demo deletes it with the rest of the workspace.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxPersistence {

    private static final Logger log = LoggerFactory.getLogger(SandboxPersistence.class);
    static final String COLLECTION = "sandbox_slack";
    static final String ID = DemoAgency.TEAM + ":conversations";

    private final SandboxWorkspace workspace;
    private final MongoTemplate mongo;
    private final AtomicLong saved = new AtomicLong(-1);

    SandboxPersistence(SandboxWorkspace workspace, MongoTemplate mongo) {
        this.workspace = workspace;
        this.mongo = mongo;
        Document stored = mongo.findById(ID, Document.class, COLLECTION);
        if (stored != null) {
            workspace.restore(JsonParser.parseString(stored.getString("json")).getAsJsonObject());
        }
        saved.set(workspace.version());
    }

    @Scheduled(fixedDelay = 1000)
    void saveIfChanged() {
        long version = workspace.version();
        if (version == saved.get()) {
            return;
        }
        try {
            save();
            saved.set(version);
        } catch (RuntimeException e) {
            log.warn("Sandbox: could not save the stand-in's conversations: {}", e.getMessage());
        }
    }

    void save() {
        mongo.save(new Document("_id", ID).append("teamId", DemoAgency.TEAM)
                .append("json", workspace.conversations().toString()), COLLECTION);
    }

    /** What is stored now, for tests: null when nothing is. */
    String stored() {
        Document stored = mongo.findById(ID, Document.class, COLLECTION);
        return stored == null ? null : stored.getString("json");
    }
}
