package dev.liaison.support;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.liaison.store.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.lang.Nullable;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Where a test's application keeps its data: the embedded server in a data directory of its own (the
 * default), or, with {@code -Dliaison.test.mongodb-uri=mongodb://host:port} on the Maven command
 * line, a database of its own on that server: named after the test class plus a random suffix
 * ({@code liaisontest_OutboxPacingTest_1a2b3c4d}), and dropped when the test is done with it.
 *
 * <p>Every application a test starts goes through here. Spring test contexts
 * ({@code @SpringBootTest}) do so without asking: {@link Customizer} is registered in
 * {@code META-INF/spring.factories}, gives each test class its own database and closes its context
 * after the class ({@link AfterClass}), which drops it. Tests that start the application themselves
 * ask for the database of their data directory ({@link #at}) and pass {@link #properties()} or {@link #arguments()}.
 */
public final class TestDatabase implements AutoCloseable {

    /** The system property (a Maven -D) naming the external server. */
    public static final String SERVER_PROPERTY = "liaison.test.mongodb-uri";
    static final String PREFIX = "liaisontest_";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    /** Databases made and not dropped yet: the JVM's end drops any a test left behind. */
    private static final Set<TestDatabase> LIVE = ConcurrentHashMap.newKeySet();
    private static final Map<Path, TestDatabase> BY_DATA_DIR = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(TestDatabase::close),
                "test-database-drop"));
    }

    private final Class<?> owner;
    @Nullable
    private final String uri;
    private final Path dataDir;

    private TestDatabase(Class<?> owner, @Nullable String uri, Path dataDir) {
        this.owner = owner;
        this.uri = uri;
        this.dataDir = dataDir;
        if (uri != null) {
            LIVE.add(this);
        }
    }

    /** The server given on the command line, or null: the embedded one. */
    @Nullable
    public static String externalServer() {
        String server = System.getProperty(SERVER_PROPERTY, "").strip();
        return server.isEmpty() ? null : server;
    }

    public static boolean external() {
        return externalServer() != null;
    }

    /**
     * The database of the data directory {@code dataDir}, made for {@code owner} on first use: on the
     * external server when one is given, else the embedded server with its files in that directory.
     * As with the embedded server, the same directory is the same data: a restart, or a second
     * instance, started with it finds what the first wrote.
     */
    public static TestDatabase at(Class<?> owner, Path dataDir) {
        return BY_DATA_DIR.computeIfAbsent(dataDir.toAbsolutePath(), dir -> on(externalServer(), owner, dataDir));
    }

    /** Drops every external database made for {@code owner} (in its {@code @AfterAll}). */
    public static void dropAll(Class<?> owner) {
        BY_DATA_DIR.entrySet().removeIf(entry -> {
            if (entry.getValue().owner != owner) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
    }

    /** The same, on the server {@code server} (null: embedded). */
    static TestDatabase on(@Nullable String server, Class<?> owner, Path dataDir) {
        return new TestDatabase(owner, server == null ? null : withDatabase(server, nameFor(owner)), dataDir);
    }

    /** {@code liaisontest_<class>_<8 random hex>}: within MongoDB's 63 bytes, only letters, digits and _. */
    static String nameFor(Class<?> owner) {
        String name = owner.getSimpleName().replaceAll("[^A-Za-z0-9_]", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        return PREFIX + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** The server's URI with {@code database} as its path, keeping its options ({@code ?replicaSet=…}). */
    static String withDatabase(String server, String database) {
        ConnectionString parsed = new ConnectionString(server); // refuses a malformed URI at once
        Objects.requireNonNull(parsed.getHosts());
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String options = query < 0 ? "" : server.substring(query);
        int hostsStart = base.indexOf("://") + 3;
        int path = base.indexOf('/', hostsStart);
        String hosts = path < 0 ? base : base.substring(0, path);
        return hosts + "/" + database + options;
    }

    public boolean isExternal() {
        return uri != null;
    }

    /** The external database's URI, or null for the embedded server. */
    @Nullable
    public String uri() {
        return uri;
    }

    /** The database's name on the external server. */
    public String name() {
        if (uri == null) {
            throw new IllegalStateException("the embedded database has no name of its own");
        }
        return new ConnectionString(uri).getDatabase();
    }

    /** The application properties that put an application on this database. */
    public Map<String, String> properties() {
        return uri == null ? Map.of("liaison.data-dir", dataDir.toString())
                : Map.of("liaison.mongodb-uri", uri, "liaison.data-dir", dataDir.toString());
    }

    /** The same as command-line arguments ({@code --liaison.mongodb-uri=…}). */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    /**
     * The URI a second instance uses to reach the data of {@code first}, an application started on
     * this database: the external database, or {@code first}'s embedded server over TCP.
     */
    public String uriFor(ConfigurableApplicationContext first) {
        return uri != null ? uri : first.getBean(EmbeddedMongoServer.class).connectionString("liaison");
    }

    /** Drops the external database (nothing for the embedded one: its directory is the test's). */
    @Override
    public void close() {
        if (uri == null || !LIVE.remove(this)) {
            return;
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            client.getDatabase(name()).drop();
        } catch (RuntimeException e) {
            log.warn("Could not drop the test database {}: {}", name(), e.getMessage());
        }
    }

    /**
     * A database with no application around it, for a test that works on a {@link MongoTemplate}
     * itself: a database of its own on the external server, else an in-memory embedded server on a
     * random port. Closing it drops the database, or stops that server.
     */
    public static Bare bare(Class<?> owner) {
        return Bare.start(externalServer(), owner);
    }

    /** See {@link #bare(Class)}. */
    public static final class Bare implements AutoCloseable {

        @Nullable
        private final MongoServer embedded;
        @Nullable
        private final TestDatabase external;
        private final MongoClient client;
        private final MongoTemplate template;

        private Bare(@Nullable MongoServer embedded, @Nullable TestDatabase external, String uri) {
            this.embedded = embedded;
            this.external = external;
            this.client = MongoClients.create(uri);
            this.template = new MongoTemplate(client, new ConnectionString(uri).getDatabase());
        }

        static Bare start(@Nullable String server, Class<?> owner) {
            if (server != null) {
                TestDatabase database = on(server, owner, Path.of("target", "unused-data"));
                return new Bare(null, database, database.uri());
            }
            MongoServer embedded = new MongoServer(new MemoryBackend());
            embedded.bind("127.0.0.1", 0);
            InetSocketAddress address = embedded.getLocalAddress();
            return new Bare(embedded, null, "mongodb://127.0.0.1:" + address.getPort() + "/" + nameFor(owner));
        }

        public MongoTemplate template() {
            return template;
        }

        /** Drops the database: each test starts from an empty one. */
        public void clear() {
            template.getDb().drop();
        }

        @Override
        public void close() {
            client.close();
            if (external != null) {
                external.close();
            }
            if (embedded != null) {
                embedded.shutdownNow();
            }
        }
    }

    @Override
    public String toString() {
        return uri != null ? "TestDatabase[" + name() + "]" : "TestDatabase[embedded in " + dataDir + "]";
    }

    /**
     * With an external server, each {@code @SpringBootTest} class gets a database of its own: the
     * application property {@code liaison.mongodb-uri} is set before the context starts, ahead of
     * the test's own properties, and the database is dropped when the context closes, after every
     * other bean is gone. Without one, nothing changes (the factory answers null).
     */
    public static final class Customizer implements ContextCustomizerFactory {

        @Override
        @Nullable
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            String server = externalServer();
            return server == null ? null : new PerClass(server, testClass);
        }
    }

    /** Equal only for the same test class: the context cache then gives each class its own context. */
    record PerClass(String server, Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase database = on(server, testClass, Path.of("target", "unused-data"));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                    "testDatabase", Map.of("liaison.mongodb-uri", database.uri())));
            // registered before any bean, so destroyed after all of them: nothing writes after the drop
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("testDatabaseDrop", (DisposableBean) database::close);
        }
    }

    /**
     * With an external server, a test class's context is closed after the class (which drops its
     * database), instead of staying in the context cache with its workers running.
     */
    public static final class AfterClass implements TestExecutionListener {

        @Override
        public void afterTestClass(TestContext testContext) {
            if (external() && testContext.hasApplicationContext()) {
                testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
            }
        }
    }
}
