package dev.liaison.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.liaison.LiaisonProperties;
import dev.liaison.StartupRefused;
import dev.liaison.slack.BotTokens;
import dev.liaison.slack.SlackCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Which workspaces Liaison serves, and with which bot token. With one configured token every
 * workspace is served unless Slack said the app was uninstalled from it; in OAuth mode only the
 * workspaces installed through /slack/install are, each with its own token. Jobs ask {@link #active}
 * before doing a workspace's work, so an uninstalled workspace gets nothing more, while its data stays.
 */
@Service
public class Workspaces implements BotTokens {

    private static final Logger log = LoggerFactory.getLogger(Workspaces.class);
    /** How long a looked-up installation is trusted: other instances' changes show within this. */
    private static final long CACHE_NANOS = 30_000_000_000L;

    private record Cached(Optional<Installation> installation, long at) {
    }

    private final MongoTemplate mongo;
    private final SlackCredentials credentials;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final TokenCipher cipher;
    /** With one configured token: its digest, to recognise the token an uninstall revoked. */
    private final String configuredTokenDigest;

    Workspaces(MongoTemplate mongo, SlackCredentials credentials, Clock clock, LiaisonProperties properties) {
        this.mongo = mongo;
        this.credentials = credentials;
        this.clock = clock;
        try {
            this.cipher = new TokenCipher(properties.tokenKey(), properties.tokenKeyPrevious());
        } catch (IllegalArgumentException notAKey) {
            throw new StartupRefused(notAKey.getMessage());
        }
        this.configuredTokenDigest = credentials.oauth() ? null : digest(credentials.botToken());
        if (credentials.oauth() && !cipher.sealing()) {
            if (!properties.allowPlaintextTokens()) {
                throw new StartupRefused("OAuth distribution keeps every workspace's bot token in the "
                        + "database: set LIAISON_TOKEN_KEY (openssl rand -hex 32), or LIAISON_ALLOW_PLAINTEXT_TOKENS=true "
                        + "to keep them unencrypted");
            }
            log.warn("LIAISON_TOKEN_KEY is not set and LIAISON_ALLOW_PLAINTEXT_TOKENS=true: workspaces' bot tokens "
                    + "are stored in the database unencrypted");
        }
    }

    /** Whether this workspace's jobs run and its messages go out. */
    public boolean active(String teamId) {
        if (teamId == null) {
            return false;
        }
        Optional<Installation> installation = installation(teamId);
        if (credentials.oauth()) {
            return installation.map(Installation::active).orElse(false);
        }
        return installation.map(i -> i.active() || !configuredTokenDigest.equals(i.revokedTokenDigest()))
                .orElse(true);
    }

    /**
     * With one configured token that token, without a database read (a request must not fail because
     * the database is slow or away, and Slack itself refuses a token it revoked); in OAuth mode the
     * workspace's own, from its installation.
     */
    @Override
    public Optional<Bot> forTeam(String teamId) {
        if (!credentials.oauth()) {
            return Optional.of(new Bot(credentials.botToken(), null));
        }
        return installation(teamId).filter(Installation::active).filter(i -> i.botToken() != null)
                .map(i -> new Bot(i.botToken(), i.botUserId()));
    }

    /** OAuth distribution: one deployment serving the workspaces that installed it. */
    public boolean distributed() {
        return credentials.oauth();
    }

    public Optional<Installation> installation(String teamId) {
        Cached cached = cache.get(teamId);
        if (cached != null && System.nanoTime() - cached.at() < CACHE_NANOS) {
            return cached.installation();
        }
        Optional<Installation> found = Optional.ofNullable(mongo.findById(teamId, Installation.class))
                .map(stored -> stored.withToken(cipher.open(stored.teamId(), stored.botToken())));
        cache.put(teamId, new Cached(found, System.nanoTime()));
        return found;
    }

    /** Every workspace that installed Liaison or left it, newest change first. */
    public List<Installation> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "changedAt")), Installation.class);
    }

    /**
     * A completed OAuth install (or a reinstall, which makes a workspace that left active again). A
     * reinstall keeps who installed first: installing again must not make the reinstaller a head of
     * accounts, nor silently take that from the first installer (see people's HeadsOfAccounts).
     */
    public Installation installed(Installation installation) {
        Installation before = mongo.findById(installation.teamId(), Installation.class);
        String firstInstaller = before != null && before.installerUserId() != null ? before.installerUserId()
                : installation.installerUserId();
        Installation saved = new Installation(installation.teamId(), installation.enterpriseId(),
                installation.teamName(), installation.appId(), installation.botId(), installation.botUserId(),
                installation.botToken(), installation.botScopes(), firstInstaller,
                Installation.Status.ACTIVE, clock.instant(), clock.instant(), null);
        mongo.save(saved.withToken(cipher.seal(saved.teamId(), saved.botToken())));
        cache.remove(saved.teamId());
        log.info("Liaison was {} in workspace {} ({}) by {}", before == null ? "installed" : "installed again",
                saved.teamId(), saved.teamName(), installation.installerUserId());
        return saved;
    }

    /**
     * On start, every stored token not sealed with LIAISON_TOKEN_KEY as it is now (sealed with
     * LIAISON_TOKEN_KEY_PREVIOUS, in the older form, or stored plain before a key was set) is sealed
     * again, so after a rotation the previous key can be dropped.
     */
    // before the warm-up, the last of the ready listeners (warmup.WarmUpBeforeReady), which reads what this makes
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void resealTokens() {
        if (!cipher.sealing()) {
            return;
        }
        try {
            int resealed = 0;
            for (Installation stored : mongo.find(Query.query(Criteria.where("botToken").ne(null)), Installation.class)) {
                if (!cipher.current(stored.teamId(), stored.botToken())) {
                    String token = cipher.open(stored.teamId(), stored.botToken());
                    mongo.save(stored.withToken(cipher.seal(stored.teamId(), token)));
                    cache.remove(stored.teamId());
                    resealed++;
                }
            }
            if (resealed > 0) {
                log.info("Sealed {} workspace bot token(s) again with the current LIAISON_TOKEN_KEY", resealed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not seal the stored bot tokens again: {}", e.getMessage());
        }
    }

    /** app_uninstalled: the workspace's jobs stop and its token is dropped; its data stays. */
    public void uninstalled(String teamId) {
        disable(teamId, Installation.Status.UNINSTALLED);
    }

    /** tokens_revoked naming the bot: nothing more can be sent there until it is installed again. */
    public void botTokenRevoked(String teamId) {
        disable(teamId, Installation.Status.REVOKED);
    }

    private void disable(String teamId, Installation.Status why) {
        if (!active(teamId)) {
            return;
        }
        Installation current = mongo.findById(teamId, Installation.class);
        String revoked = configuredTokenDigest;
        Installation disabled = current != null ? current.disabled(why, clock.instant(), revoked)
                : new Installation(teamId, null, null, null, null, null, null, null, null, why, null, clock.instant(),
                        revoked);
        mongo.save(disabled);
        cache.remove(teamId);
        log.info("Workspace {} is now {}: its jobs stop, its data is kept until an admin deletes it", teamId, why);
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An admin's decision to forget a workspace that left: every document of it, in every collection.
     * Refused while the workspace is still active.
     */
    public long deleteData(String teamId) {
        if (active(teamId) || mongo.findById(teamId, Installation.class) == null) {
            throw new IllegalStateException("Workspace " + teamId + " is active or unknown; only a workspace "
                    + "that uninstalled Liaison can be deleted");
        }
        long deleted = 0;
        // a workspace's documents carry its id as teamId, or as their _id when there is one per workspace
        // (its settings, its installation)
        Query ofWorkspace = Query.query(new Criteria().orOperator(Criteria.where("teamId").is(teamId),
                Criteria.where("_id").is(teamId)));
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.")) {
                // MongoDB's own (system.views, system.profile when profiling is on): it refuses writes there
                continue;
            }
            deleted += mongo.remove(ofWorkspace, collection).getDeletedCount();
        }
        cache.remove(teamId);
        log.info("Deleted workspace {}: {} documents", teamId, deleted);
        return deleted;
    }
}
