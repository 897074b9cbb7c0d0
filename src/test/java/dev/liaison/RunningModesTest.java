package dev.liaison;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonParser;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.liaison.digest.DigestService;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running modes of the README ("Three ways to run"), each started as the real application: the embedded database
 * keeps data across a restart, MONGODB_URI selects an external server with the same code, health
 * says which part is down, and a database outage answers "try again" instead of failing.
 * The tests that stop the database under the app, or test the embedded mode itself, run their own
 * server whatever {@code -Dliaison.test.mongodb-uri} names: they cannot stop that one.
 */
class RunningModesTest {

    static final String SECRET = "running0modes0test0secret0000000";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopSlack() {
        SLACK.close();
        TestDatabase.dropAll(RunningModesTest.class);
    }

    private static ConfigurableApplicationContext start(String... overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("slack.bot-token", "xoxb-test-token");
        properties.put("slack.signing-secret", SECRET);
        properties.put("slack.api-url", SLACK.apiUrl());
        for (String override : overrides) {
            int eq = override.indexOf('=');
            properties.put(override.substring(2, eq), override.substring(eq + 1));
        }
        // command-line arguments, as an operator would pass them (default properties rank below application.yml)
        return new SpringApplicationBuilder(LiaisonApplication.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more))
                .toArray(String[]::new);
    }

    private static String status(String healthJson, String component) {
        return JsonParser.parseString(healthJson).getAsJsonObject().getAsJsonObject("components")
                .getAsJsonObject(component).get("status").getAsString();
    }

    private static SignedSlack slack(ConfigurableApplicationContext app) {
        return new SignedSlack("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/slack/events", SECRET, Clock.systemUTC());
    }

    private HttpResponse<String> health(ConfigurableApplicationContext app) throws Exception {
        String url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port") + "/actuator/health";
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String client(ConfigurableApplicationContext app, String team, String user, String text) {
        String body = slack(app).command(team, user, "/client", text, SLACK.responseUrl("modes")).body();
        // what Slack would show: the JSON decoded, so quotes and apostrophes read as typed
        return JsonParser.parseString(body).toString().replace("\\u0027", "'");
    }

    @Test
    void embeddedDataSurvivesARestartAndHealthIsUpOnTheManagementPort(@TempDir Path dataDir) throws Exception {
        SLACK.member("TMODES1", "UAM1", "Ana Lima", "Europe/Lisbon");
        try (ConfigurableApplicationContext first = start("--liaison.data-dir=" + dataDir)) {
            HttpResponse<String> health = health(first);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"mongo\"", "\"slack\"");
            assertThat(client(first, "TMODES1", "UAM1", "add Durable Corp tier enterprise")).contains("Added");
            assertThat(client(first, "TMODES1", "UAM1", "log durable corp call positive Still here")).contains("Logged");
        }
        try (ConfigurableApplicationContext second = start("--liaison.data-dir=" + dataDir)) {
            String card = client(second, "TMODES1", "UAM1", "status durable corp");
            assertThat(card).contains("Durable Corp", "enterprise", "Still here");
            assertThat(client(second, "TMODES1", "UAM1", "add Durable Corp")).contains("already a client");
        }
    }

    @Test
    void healthSaysWhichPartIsDownWhenSlackIsUnreachable(@TempDir Path dataDir) throws Exception {
        String[] database = TestDatabase.at(RunningModesTest.class, dataDir).arguments()
                .toArray(String[]::new);
        try (ConfigurableApplicationContext app = start(concat(database, "--slack.api-url=http://127.0.0.1:9/api/"))) {
            HttpResponse<String> health = health(app);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(status(health.body(), "slack")).isEqualTo("DOWN");
            assertThat(status(health.body(), "mongo")).isEqualTo("UP");
        }
    }

    @Test
    void mongodbUriSelectsThatDatabaseAndAnOutageAnswersTryAgain(@TempDir Path dataDir) throws Exception {
        MongoServer external = new MongoServer(new MemoryBackend());
        String uri = external.bindAndGetConnectionString();
        SLACK.member("TMODES2", "UAM1", "Ana Lima", "Europe/Lisbon");
        try (ConfigurableApplicationContext app = start("--liaison.mongodb-uri=" + uri,
                "--liaison.data-dir=" + dataDir)) {
            assertThat(client(app, "TMODES2", "UAM1", "add External Co")).contains("Added");
            assertThat(external.getLocalAddress()).isNotNull();
            assertThat(dataDir.resolve("liaison.mv")).doesNotExist();

            external.shutdownNow();
            long started = System.nanoTime();
            String answer = client(app, "TMODES2", "UAM1", "status external co");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(answer).contains("can't reach Liaison's database");
            assertThat(status(health(app).body(), "mongo")).isEqualTo("DOWN");
        } finally {
            external.shutdownNow();
        }
    }

    @Test
    void theDatabaseGoingAwayAndComingBackUnderTheApp(@TempDir Path dataDir) throws Exception {
        // a file-backed server, so that it comes back with its data as a real mongod does
        String file = dataDir.resolve("external.mv").toString();
        MongoServer database = new MongoServer(new H2Backend(file));
        InetSocketAddress address;
        database.bind("127.0.0.1", 0);
        address = database.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort() + "/liaison";
        SLACK.member("TMODES3", "UAM3", "Bo Back", "Europe/London");
        try (ConfigurableApplicationContext app = start("--liaison.mongodb-uri=" + uri,
                "--liaison.data-dir=" + dataDir)) {
            assertThat(client(app, "TMODES3", "UAM3", "add Comeback Co")).contains("Added");
            assertThat(status(health(app).body(), "mongo")).isEqualTo("UP");

            database.shutdownNow();
            long started = System.nanoTime();
            assertThat(client(app, "TMODES3", "UAM3", "log comeback co call During the outage"))
                    .contains("can't reach Liaison's database", "nothing was saved");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(status(health(app).body(), "mongo")).isEqualTo("DOWN");
            // a job run during the outage fails fast, and changes nothing
            Assertions.assertThatThrownBy(() -> app.getBean(DigestService.class).runDue())
                    .isInstanceOf(DataAccessException.class);

            // the same server comes back on the same port, with its data
            database = new MongoServer(new H2Backend(file));
            database.bind("127.0.0.1", address.getPort());
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> status(health(app).body(), "mongo").equals("UP"));
            assertThat(client(app, "TMODES3", "UAM3", "log comeback co call After the outage")).contains("Logged");
            assertThat(client(app, "TMODES3", "UAM3", "status comeback co")).contains("After the outage")
                    .doesNotContain("During the outage");
        } finally {
            database.shutdownNow();
        }
    }

    @Test
    void aMongodbUriPointingNowhereStillStartsAndAnswersTryAgain(@TempDir Path dataDir) throws Exception {
        SLACK.member("TMODES4", "UAM4", "Nia Nowhere", "Europe/London");
        try (ConfigurableApplicationContext app = start("--liaison.mongodb-uri=mongodb://127.0.0.1:9/liaison",
                "--liaison.data-dir=" + dataDir)) {
            long started = System.nanoTime();
            assertThat(client(app, "TMODES4", "UAM4", "list mine")).contains("can't reach Liaison's database");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            HttpResponse<String> health = health(app);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(status(health.body(), "mongo")).isEqualTo("DOWN");
        }
    }

    @Test
    void aDatabaseThatIsDownAtStartUpGetsItsIndexesWhenItComesBack(@TempDir Path dataDir) throws Exception {
        MemoryBackend data = new MemoryBackend();
        MongoServer database = new MongoServer(data);
        database.bind("127.0.0.1", 0);
        int port = database.getLocalAddress().getPort();
        database.shutdownNow();
        SLACK.member("TMODES5", "UAM5", "Lia Late", "Europe/London");
        try (ConfigurableApplicationContext app = start("--liaison.mongodb-uri=mongodb://127.0.0.1:" + port + "/liaison",
                "--liaison.data-dir=" + dataDir)) {
            assertThat(client(app, "TMODES5", "UAM5", "add Late Co")).contains("can't reach Liaison's database");
            database = new MongoServer(data);
            database.bind("127.0.0.1", port);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.getBean(MongoTemplate.class)
                            .indexOps("clients").getIndexInfo().stream().anyMatch(i -> i.isUnique()));
            assertThat(client(app, "TMODES5", "UAM5", "add Late Co")).contains("Added");
        } finally {
            database.shutdownNow();
        }
    }
}
