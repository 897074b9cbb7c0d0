package dev.liaison.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoTemplate on mongo-java-server's in-memory backend, without an application context: for a
 * service tested against its ports (Mockito) that keeps its own records in the database. Starts in
 * milliseconds, so such tests can run under PIT once per mutant. One per test class; close it after.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;

    public InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = new MongoTemplate(client, "liaison");
    }

    public MongoTemplate template() {
        return template;
    }

    /** Drops every collection: each test starts from an empty database. */
    public void clear() {
        template.getDb().drop();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
