package dev.liaison.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import dev.liaison.LiaisonProperties;
import dev.liaison.slack.SlackCredentials;
import dev.liaison.slack.SlackProperties;
import dev.liaison.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation as an operator does it: the stored tokens were sealed under the old key; Liaison
 * starts with the new LIAISON_TOKEN_KEY and the old one as LIAISON_TOKEN_KEY_PREVIOUS, and seals
 * every stored token again, so the previous key can then be dropped.
 */
class TokenResealTest {

    private static final String OLD_KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String NEW_KEY = "3f6c1d2e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    /** Shaped like bot tokens, plainly not ones. */
    private static final String TOKEN_A = "xoxb-not-a-real-token-for-reseal-a";
    private static final String TOKEN_B = "xoxb-not-a-real-token-for-reseal-b";

    private TestDatabase.Bare database;
    private MongoTemplate mongo;

    @BeforeEach
    void database() {
        database = TestDatabase.bare(TokenResealTest.class);
        mongo = database.template();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStartWithANewKeySealsEveryStoredTokenAgainSoThePreviousKeyCanGo() {
        TokenCipher old = new TokenCipher(OLD_KEY);
        mongo.save(installation("T0RESEAL0A", old.seal("T0RESEAL0A", TOKEN_A)));
        mongo.save(installation("T0RESEAL0B", old.seal("T0RESEAL0B", TOKEN_B)));
        mongo.save(installation("T0RESEAL0C", null));

        workspaces(NEW_KEY, OLD_KEY).resealTokens();

        TokenCipher onlyNew = new TokenCipher(NEW_KEY);
        Installation a = mongo.findById("T0RESEAL0A", Installation.class);
        Installation b = mongo.findById("T0RESEAL0B", Installation.class);
        assertThat(onlyNew.open("T0RESEAL0A", a.botToken())).isEqualTo(TOKEN_A);
        assertThat(onlyNew.open("T0RESEAL0B", b.botToken())).isEqualTo(TOKEN_B);
        assertThat(List.of(a.botToken(), b.botToken())).allSatisfy(sealed ->
                assertThat(sealed).startsWith(TokenCipher.SEALED).doesNotContain("reseal"));
        assertThat(mongo.findById("T0RESEAL0C", Installation.class).botToken()).as("a dropped token stays dropped").isNull();

        // a second start changes nothing: what is sealed under the current key is left as it is
        workspaces(NEW_KEY, "").resealTokens();
        assertThat(mongo.findById("T0RESEAL0A", Installation.class).botToken()).isEqualTo(a.botToken());
    }

    private Workspaces workspaces(String key, String previous) {
        LiaisonProperties properties = new LiaisonProperties(Path.of("target", "reseal"), List.of(), "", "", key,
                previous, false);
        SlackCredentials oauth = new SlackCredentials(SlackProperties.Mode.OAUTH, "", "signing", "http://127.0.0.1:1/api/",
                "", "client", "secret", "chat:write", "");
        return new Workspaces(mongo, oauth, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), properties);
    }

    private static Installation installation(String teamId, String sealedToken) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        return new Installation(teamId, null, "Reseal agency", "A0RESEAL", "B0RESEAL", "U0RESEALBOT", sealedToken,
                "chat:write", "U0INSTALLER", sealedToken == null ? Installation.Status.REVOKED : Installation.Status.ACTIVE,
                at, at, null);
    }
}
