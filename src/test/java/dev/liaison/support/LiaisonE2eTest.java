package dev.liaison.support;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on a random port with the embedded database in a fresh directory, its Web API
 * pointed at {@link FakeSlackWebApi}, and requests signed as Slack signs them. Tests use their own
 * team ids, so they share one context without seeing each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-test-token",
        "slack.signing-secret=" + LiaisonE2eTest.SECRET,
        "management.server.port=0",
        "liaison.admins=UHEAD1",
        // calendar credentials a head of accounts gives are stored sealed with it
        "liaison.token-key=" + LiaisonE2eTest.TOKEN_KEY,
})
@Import(LiaisonE2eTest.TestClockConfiguration.class)
public abstract class LiaisonE2eTest {

    public static final String SECRET = "e2e0signing0secret0for0tests0000";
    static final String TOKEN_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    protected static final FakeSlackWebApi SLACK = new FakeSlackWebApi();
    private static final Path DATA_DIR = TestInstances.freshDataDir("liaison-e2e-");

    @TestConfiguration
    public static class TestClockConfiguration {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        }

        /** For tests that bound the database round trips of a call (DatabaseCommands). */
        @Bean
        DatabaseCommands databaseCommands() {
            return new DatabaseCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countDatabaseCommands(DatabaseCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }

        @Bean
        DatabaseRoundTrips databaseRoundTrips() {
            return new DatabaseRoundTrips();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countDatabaseRoundTrips(DatabaseRoundTrips roundTrips) {
            return settings -> settings.addCommandListener(roundTrips);
        }
    }

    @DynamicPropertySource
    static void slackAndStore(DynamicPropertyRegistry registry) {
        registry.add("slack.api-url", SLACK::apiUrl);
        registry.add("liaison.data-dir", DATA_DIR::toString);
        // Microsoft 365 connections may point at the local stand-in, served over HTTPS with its own certificate
        registry.add("ms.trusted-certificate", MicrosoftStandInTrust::pemFile);
        // tests run the jobs themselves: the wall-clock schedule must not fire in the middle of one
        TestInstances.jobsOff(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void startCheckingSlackCalls() {
        SLACK.checker().clear();
        // Slack's ts and the app's "oldest" on one timeline, as they are in production
        SLACK.clock(clock);
    }

    /**
     * Every e2e test fails when a message, view or file it made Liaison send breaks Slack's limits or
     * carries markup from someone's words (SlackCallChecker).
     */
    @AfterEach
    void everySlackCallWasWithinLimitsAndEscaped() {
        assertThat(SLACK.checker().violations()).as("Web API calls that break Slack's limits or carry user markup")
                .isEmpty();
    }

    protected SignedSlack slack() {
        return new SignedSlack("http://127.0.0.1:" + port + "/slack/events", SECRET, clock);
    }

    protected static String newTeam() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** Sends a slash command and returns Slack's view of the answer (the ack body). */
    protected JsonObject command(String teamId, String userId, String text) {
        HttpResponse<String> response = slack().command(teamId, userId, "/client", text, SLACK.responseUrl("cmd"));
        assertThat(response.statusCode()).as("HTTP status of /client %s: %s", text, response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** The context's head of accounts (LIAISON_ADMINS): the only one who sets teams. */
    protected static final String HEAD_OF_ACCOUNTS = "UHEAD1";

    /**
     * The head of accounts makes {@code lead} the lead of {@code members}, as an agency would: nobody
     * appoints themself. Fails the test if Liaison refuses.
     */
    protected void headSetsTeam(String teamId, String lead, String... members) {
        SLACK.member(teamId, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
        StringBuilder text = new StringBuilder("team <@").append(lead).append('>');
        for (String member : members) {
            text.append(" <@").append(member).append('>');
        }
        HttpResponse<String> response = slack().command(teamId, HEAD_OF_ACCOUNTS, "/liaison", text.toString(),
                SLACK.responseUrl("team"));
        assertThat(visible(JsonParser.parseString(response.body()).getAsJsonObject())).contains("now leads");
    }

    /** Everything visible in an answer: its text and every text inside its blocks. */
    protected static String visible(JsonObject answer) {
        StringBuilder all = new StringBuilder();
        if (answer.has("text") && !answer.get("text").isJsonNull()) {
            all.append(answer.get("text").getAsString()).append('\n');
        }
        if (answer.has("blocks")) {
            collectText(answer.get("blocks"), all);
        }
        return all.toString();
    }

    private static void collectText(JsonElement element, StringBuilder out) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collectText(e, out));
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("text") && object.get("text").isJsonPrimitive()) {
                out.append(object.get("text").getAsString()).append('\n');
            }
            object.entrySet().stream().filter(e -> !e.getKey().equals("text") || !e.getValue().isJsonPrimitive())
                    .forEach(e -> collectText(e.getValue(), out));
        }
    }

    /** An empty data directory under target/ for an embedded database of its own. */
}
