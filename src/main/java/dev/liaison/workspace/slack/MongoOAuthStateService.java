package dev.liaison.workspace.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.slack.api.bolt.service.OAuthStateService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * OAuth state values that need no row per visit: a state is its issue time, a random part and an
 * HMAC of both under the app's client secret, so any instance can check one and an anonymous visit
 * to /slack/install writes nothing. A state is good once and for Bolt's ten minutes: the first
 * redirect that presents a genuine, unexpired state records it as used (a unique _id), so a replayed
 * or raced callback is refused. Used states older than ten minutes are cleared as new ones are used.
 */
class MongoOAuthStateService implements OAuthStateService {

    @Document("oauth_states")
    record OAuthState(@Id String state, Instant issuedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecretKeySpec key;

    MongoOAuthStateService(MongoTemplate mongo, Clock clock, String clientSecret) {
        this.mongo = mongo;
        this.clock = clock;
        this.key = new SecretKeySpec(("liaison-oauth-state:" + clientSecret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private Instant oldestValid() {
        return clock.instant().minus(Duration.ofSeconds(getExpirationInSeconds()));
    }

    @Override
    public String generateNewStateValue() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String body = clock.instant().getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
        return body + "." + mac(body);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Nothing is stored when an install starts: the state carries its own proof. */
    @Override
    public void addNewStateToDatastore(String state) {
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        if (state == null) {
            return false;
        }
        String[] parts = state.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,12}")) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        if (issued.isBefore(oldestValid()) || issued.isAfter(clock.instant().plusSeconds(60))) {
            return false;
        }
        mongo.remove(Query.query(Criteria.where("issuedAt").lt(oldestValid())), OAuthState.class);
        try {
            // recording it as used is what makes it single-use, even for two callbacks racing each other
            mongo.insert(new OAuthState(state, issued));
            return true;
        } catch (DuplicateKeyException used) {
            return false;
        }
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // a used state stays recorded until it has expired anyway
    }
}
