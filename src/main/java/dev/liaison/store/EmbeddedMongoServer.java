package dev.liaison.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB-wire server used when no MONGODB_URI is given. Its H2 file backend keeps
 * data (and unique indexes) under the data directory, so a restart keeps everything.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String FILE_NAME = "liaison.mv";

    private final Path file;
    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    public EmbeddedMongoServer(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        this.file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        this.backend = new H2Backend(file.toString());
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        log.info("Embedded database at {} (data in {})", address, file);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
