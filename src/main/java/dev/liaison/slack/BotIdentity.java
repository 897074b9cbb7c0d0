package dev.liaison.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.slack.api.Slack;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the bot is (auth.test), learned lazily and cached: nothing calls Slack at start-up, and the
 * health endpoint asks at most once a minute.
 */
final class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);
    private static final Duration TTL = Duration.ofSeconds(60);

    /** The outcome of the last auth.test. */
    public record Check(boolean ok, String teamId, String botUserId, String error, Instant at) {
    }

    private final Slack slack;
    private final String botToken;
    private final Clock clock;
    private final AtomicReference<Check> last = new AtomicReference<>();

    BotIdentity(Slack slack, String botToken, Clock clock) {
        this.slack = slack;
        this.botToken = botToken;
        this.clock = clock;
    }

    public Optional<String> knownBotUserId() {
        Check check = last.get();
        return check != null && check.ok() ? Optional.ofNullable(check.botUserId()) : Optional.empty();
    }

    public Check check() {
        Check cached = last.get();
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(TTL).isAfter(now)) {
            return cached;
        }
        Check fresh;
        try {
            AuthTestResponse response = slack.methods(botToken).authTest(r -> r);
            fresh = response.isOk()
                    ? new Check(true, response.getTeamId(), response.getUserId(), null, now)
                    : new Check(false, null, null, response.getError(), now);
        } catch (Exception e) {
            fresh = new Check(false, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        }
        if (!fresh.ok()) {
            log.warn("Slack auth.test failed: {}", fresh.error());
        }
        last.set(fresh);
        return fresh;
    }
}
