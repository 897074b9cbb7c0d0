package dev.liaison.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.liaison.LiaisonApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -Dliaison.test.mongodb-uri} routes every application a test starts to a database of its own
 * on that server, dropped afterwards. An embedded server on a random port stands in for "your
 * MongoDB" (no real mongod here): the Spring test path (two test classes through Spring's own
 * {@link TestContextManager}) and the path of tests that start the application themselves.
 */
class TestDatabaseTest {

    private MongoServer standIn;
    private String server;
    private MongoClient onStandIn;

    @BeforeEach
    void standInForAnExternalServer() {
        standIn = new MongoServer(new MemoryBackend());
        standIn.bind("127.0.0.1", 0);
        server = "mongodb://127.0.0.1:" + standIn.getLocalAddress().getPort();
        onStandIn = MongoClients.create(server);
    }

    @AfterEach
    void stop() {
        onStandIn.close();
        standIn.shutdownNow();
    }

    private List<String> databasesOnTheServer() {
        return onStandIn.listDatabaseNames().into(new ArrayList<>());
    }

    /** Two {@code @SpringBootTest} classes with the same configuration: they would share a context without the switch. */
    @SpringBootTest(classes = LiaisonApplication.class, properties = {"liaison.outbox.worker=false",
            "management.server.port=0", "slack.bot-token=xoxb-test", "slack.signing-secret=routing-secret",
            "liaison.data-dir=target/test-data/routing"})
    static class FirstClass {
        @DynamicPropertySource
        static void jobsOff(DynamicPropertyRegistry registry) {
            TestInstances.jobsOff(registry);
        }
    }

    @SpringBootTest(classes = LiaisonApplication.class, properties = {"liaison.outbox.worker=false",
            "management.server.port=0", "slack.bot-token=xoxb-test", "slack.signing-secret=routing-secret",
            "liaison.data-dir=target/test-data/routing"})
    static class SecondClass {
        @DynamicPropertySource
        static void jobsOff(DynamicPropertyRegistry registry) {
            TestInstances.jobsOff(registry);
        }
    }

    @Test
    void eachSpringTestClassGetsADatabaseNamedAfterItOnTheGivenServerDroppedAfterTheClass() throws Exception {
        String before = System.getProperty(TestDatabase.SERVER_PROPERTY);
        System.setProperty(TestDatabase.SERVER_PROPERTY, server);
        try {
            String first = runClass(FirstClass.class);
            String second = runClass(SecondClass.class);
            assertThat(first).startsWith("liaisontest_FirstClass_");
            assertThat(second).startsWith("liaisontest_SecondClass_");
        } finally {
            if (before == null) {
                System.clearProperty(TestDatabase.SERVER_PROPERTY);
            } else {
                System.setProperty(TestDatabase.SERVER_PROPERTY, before);
            }
        }
    }

    /** Runs a test class's life as JUnit would with Spring: returns the database its application used. */
    private String runClass(Class<?> testClass) throws Exception {
        TestContextManager manager = new TestContextManager(testClass);
        manager.beforeTestClass();
        manager.prepareTestInstance(testClass.getDeclaredConstructor().newInstance());
        ApplicationContext context = manager.getTestContext().getApplicationContext();
        String database = context.getBean(MongoTemplate.class).getDb().getName();
        // the application's own start-up wrote there (its indexes): the database is on the given server
        assertThat(databasesOnTheServer()).as("databases while %s runs", testClass.getSimpleName()).contains(database);
        manager.afterTestClass();
        assertThat(((ConfigurableApplicationContext) context).isActive()).as("the class's context is closed").isFalse();
        assertThat(databasesOnTheServer()).as("databases after %s", testClass.getSimpleName()).doesNotContain(database);
        return database;
    }

    @Test
    void anApplicationStartedByATestAndASecondInstanceShareTheDataDirectorysDatabaseDroppedAtTheEnd(@TempDir Path dir)
            throws Exception {
        TestDatabase database = TestDatabase.on(server, TestDatabaseTest.class, dir);
        assertThat(database.properties()).containsKey("liaison.mongodb-uri");
        try (ConfigurableApplicationContext first = start(database.arguments())) {
            List<String> second = List.of("--liaison.mongodb-uri=" + database.uriFor(first),
                    "--liaison.data-dir=" + dir.resolve("unused"));
            try (ConfigurableApplicationContext other = start(second)) {
                assertThat(first.getBean(MongoTemplate.class).getDb().getName()).isEqualTo(database.name())
                        .startsWith("liaisontest_TestDatabaseTest_");
                assertThat(other.getBean(MongoTemplate.class).getDb().getName()).isEqualTo(database.name());
                assertThat(databasesOnTheServer()).contains(database.name());
                assertThat(dir.resolve("liaison.mv")).as("no embedded database").doesNotExist();
            }
        }
        database.close();
        assertThat(databasesOnTheServer()).doesNotContain(database.name());
    }

    @Test
    void withoutAServerTheDataDirectoryHoldsTheEmbeddedDatabase(@TempDir Path dir) {
        TestDatabase database = TestDatabase.on(null, TestDatabaseTest.class, dir);
        assertThat(database.isExternal()).isFalse();
        assertThat(database.properties()).containsOnlyKeys("liaison.data-dir");
        database.close(); // nothing to drop
    }

    @Test
    void theDatabaseNameIsAddedToTheServersUriKeepingItsOptions() {
        assertThat(TestDatabase.withDatabase("mongodb://localhost:27017", "d")).isEqualTo("mongodb://localhost:27017/d");
        assertThat(TestDatabase.withDatabase("mongodb://localhost:27017/", "d")).isEqualTo("mongodb://localhost:27017/d");
        assertThat(TestDatabase.withDatabase("mongodb://u:p@a:1,b:2/admin?replicaSet=rs0&authSource=admin", "d"))
                .isEqualTo("mongodb://u:p@a:1,b:2/d?replicaSet=rs0&authSource=admin");
        assertThat(TestDatabase.withDatabase("mongodb://a:1/?replicaSet=rs0", "d")).isEqualTo("mongodb://a:1/d?replicaSet=rs0");
        String name = TestDatabase.nameFor(AClassWithAVeryLongNameThatGoesOnAndOnForeverAndStillFurther.class);
        assertThat(name).matches("liaisontest_[A-Za-z0-9_]+_[0-9a-f]{8}").hasSizeLessThanOrEqualTo(63);
        assertThat(TestDatabase.nameFor(FirstClass.class)).isNotEqualTo(TestDatabase.nameFor(FirstClass.class));
    }

    static class AClassWithAVeryLongNameThatGoesOnAndOnForeverAndStillFurther {
    }

    private static ConfigurableApplicationContext start(List<String> database) {
        List<String> args = new ArrayList<>(List.of(TestInstances.arguments(TestInstances.jobsOff())));
        args.addAll(List.of("--server.port=0", "--management.server.port=0",
                "--slack.bot-token=xoxb-test", "--slack.signing-secret=routing-secret", "--liaison.outbox.worker=false"));
        args.addAll(database);
        return new SpringApplicationBuilder(LiaisonApplication.class).run(args.toArray(String[]::new));
    }
}
