package dev.liaison.connect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.liaison.LiaisonProperties;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.slack.SlackCredentials;
import dev.liaison.slack.SlackProperties;
import dev.liaison.support.TestDatabase;
import dev.liaison.workspace.WorkspaceSecrets;
import dev.liaison.workspace.Workspaces;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which credentials a workspace's calendars are read with, and how they are kept. */
class ConnectionsTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(ConnectionsTest.class);
    private static final String KEY_HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "00001111-aaaa-2222-bbbb-3333cccc4444";

    private final MongoTemplate mongo = DB.template();
    private final Workspaces workspaces = mock(Workspaces.class);
    private final String operatorKey = ServiceAccountKeys.key("operator@agency.iam.gserviceaccount.com",
            "https://oauth2.googleapis.com/token");

    private Connections connections(String tokenKey, ConnectionDefaults defaults) {
        LiaisonProperties properties = new LiaisonProperties(Path.of("target", "connections"), List.of(), "", "", tokenKey,
                "", false);
        SlackCredentials single = new SlackCredentials(SlackProperties.Mode.SINGLE_WORKSPACE, "xoxb-x", "signing",
                "http://127.0.0.1:1/api/", "", "", "", "", "");
        return new Connections(mongo, new WorkspaceSecrets(properties, single), defaults, workspaces,
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static ConnectionDefaults none() {
        return new ConnectionDefaults(new GoogleProperties("", ProviderCredentialsPolicy.GOOGLE_API),
                new MicrosoftProperties("", "", "", ProviderCredentialsPolicy.GRAPH, ProviderCredentialsPolicy.LOGIN));
    }

    @Test
    void aWorkspacesOwnCredentialsAreStoredSealedUnderItsIdAndReadBack() {
        Connections connections = connections(KEY_HEX, none());
        String key = ServiceAccountKeys.key("liaison@a.iam.gserviceaccount.com", "https://oauth2.googleapis.com/token");
        connections.save("T0CONN0A", new ProviderCredentials.Google(key, ""), "U0HEAD");
        connections.save("T0CONN0A", new ProviderCredentials.Microsoft(" " + TENANT, CLIENT, "the~secret~value",
                "http://127.0.0.1:9/graph", null), "U0HEAD");

        Document google = mongo.getCollection("calendar_connections").find(new Document("_id", "T0CONN0A:GOOGLE")).first();
        Document ms = mongo.getCollection("calendar_connections").find(new Document("_id", "T0CONN0A:MICROSOFT")).first();
        assertThat(google.toJson()).doesNotContain("PRIVATE KEY").contains("enc:v2:");
        assertThat(ms.toJson()).doesNotContain("the~secret~value").contains("enc:v2:");

        assertThat(connections.of("T0CONN0A")).containsExactly(
                new ProviderCredentials.Google(key, ProviderCredentialsPolicy.GOOGLE_API),
                new ProviderCredentials.Microsoft(TENANT, CLIENT, "the~secret~value", "http://127.0.0.1:9/graph/",
                        ProviderCredentialsPolicy.LOGIN));
        assertThat(connections.of("T0CONN0A").toString()).doesNotContain("the~secret~value", "PRIVATE");

        // a sealed secret copied onto another workspace's record does not open there
        google.put("_id", "T0CONN0B:GOOGLE");
        google.put("teamId", "T0CONN0B");
        mongo.getCollection("calendar_connections").insertOne(google);
        assertThatThrownBy(() -> connections.of("T0CONN0B", Provider.GOOGLE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whatIsWrongIsRefusedAndNothingIsStored() {
        Connections connections = connections(KEY_HEX, none());
        assertThatThrownBy(() -> connections.save("T0CONN0C", new ProviderCredentials.Google("{}", null), "U0HEAD"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("`type`");
        assertThatThrownBy(() -> connections.save("T0CONN0C", new ProviderCredentials.Microsoft(TENANT, CLIENT, "s",
                "gopher://x", null), "U0HEAD")).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The Graph URL");
        assertThat(connections.of("T0CONN0C")).isEmpty();
    }

    @Test
    void theOperatorsConnectionServesTheSingleWorkspaceUnlessItHasItsOwn() throws Exception {
        Path file = java.nio.file.Files.createTempFile("liaison-sa", ".json");
        java.nio.file.Files.writeString(file, operatorKey);
        Connections connections = connections(KEY_HEX, new ConnectionDefaults(
                new GoogleProperties(file.toString(), "http://127.0.0.1:7/google"),
                new MicrosoftProperties("", "", "", ProviderCredentialsPolicy.GRAPH, ProviderCredentialsPolicy.LOGIN)));

        assertThat(connections.of("T0CONN0D")).containsExactly(new ProviderCredentials.Google(operatorKey, "http://127.0.0.1:7/google/"));
        assertThat(connections.origin("T0CONN0D", Provider.GOOGLE)).contains(Connections.Origin.OPERATOR);
        assertThat(connections.origin("T0CONN0D", Provider.MICROSOFT)).isEmpty();

        String own = ServiceAccountKeys.key("own@d.iam.gserviceaccount.com", "https://oauth2.googleapis.com/token");
        connections.save("T0CONN0D", new ProviderCredentials.Google(own, null), "U0HEAD");
        assertThat(connections.of("T0CONN0D", Provider.GOOGLE)).hasValueSatisfying(c ->
                assertThat(((ProviderCredentials.Google) c).serviceAccountJson()).isEqualTo(own));
        assertThat(connections.remove("T0CONN0D", Provider.GOOGLE)).isTrue();
        assertThat(connections.remove("T0CONN0D", Provider.GOOGLE)).isFalse();
        assertThat(connections.origin("T0CONN0D", Provider.GOOGLE)).contains(Connections.Origin.OPERATOR);

        // distributed (OAuth): one agency's Google domain is never read on behalf of another workspace
        when(workspaces.distributed()).thenReturn(true);
        assertThat(connections.of("T0CONN0D")).isEmpty();
    }

    @Test
    void withoutAKeyNothingCanBeStored() {
        Connections connections = connections("", none());
        assertThat(connections.canStore()).isFalse();
    }

    @Test
    void halfAnEntraAppInTheEnvironmentStopsStartUpNamingWhatIsMissing() {
        assertThatThrownBy(() -> new ConnectionDefaults(new GoogleProperties("", ProviderCredentialsPolicy.GOOGLE_API),
                new MicrosoftProperties(TENANT, CLIENT, "", ProviderCredentialsPolicy.GRAPH, ProviderCredentialsPolicy.LOGIN)))
                .isInstanceOf(dev.liaison.StartupRefused.class).hasMessageContaining("MS_CLIENT_SECRET is missing");
        assertThatThrownBy(() -> new ConnectionDefaults(new GoogleProperties("/nonexistent/key.json", ProviderCredentialsPolicy.GOOGLE_API),
                new MicrosoftProperties("", "", "", ProviderCredentialsPolicy.GRAPH, ProviderCredentialsPolicy.LOGIN)))
                .isInstanceOf(dev.liaison.StartupRefused.class).hasMessageContaining("GOOGLE_SERVICE_ACCOUNT_FILE");
    }
}
