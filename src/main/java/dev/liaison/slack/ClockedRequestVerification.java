package dev.liaison.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoSlackSignatureRequest;

/**
 * Slack's signature check (HMAC-SHA256 over "v0:timestamp:body" with Bolt's generator, requests older
 * than 5 minutes refused) read against our {@link Clock} instead of the system clock, so the documented
 * example can be verified with a pinned time, with the window applied both ways, and with the
 * signatures compared in constant time (Bolt's verifier uses String.equals, which returns at the first
 * differing character and so tells a timing attacker how much of a forged signature is right).
 */
final class ClockedRequestVerification implements Middleware {

    private static final long WINDOW_SECONDS = 5 * 60;

    private static final Logger log = LoggerFactory.getLogger(ClockedRequestVerification.class);

    private final SlackSignature.Generator generator;
    private final Clock clock;

    /** Without a signing secret (Socket Mode needs none) only Socket Mode requests get through. */
    ClockedRequestVerification(String signingSecret, Clock clock) {
        this.generator = signingSecret == null || signingSecret.isEmpty() ? null
                : new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode() || isNoSlackSignatureRequest(req.getRequestType())) {
            return chain.next(req);
        }
        if (generator != null && withinWindow(req) && signed(req)) {
            return chain.next(req);
        }
        log.info("Refused a request with an invalid or expired signature (team {})", req.getContext().getTeamId());
        return Response.json(401, "{\"error\":\"invalid request\"}");
    }

    private boolean signed(Request<?> req) {
        String timestamp = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (signature == null || req.getRequestBodyAsString() == null) {
            return false;
        }
        String expected = generator.generate(timestamp, req.getRequestBodyAsString());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    /** Bolt only refuses old timestamps; Slack's rule is five minutes either way, so a future one is refused too. */
    private boolean withinWindow(Request<?> req) {
        String timestamp = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= WINDOW_SECONDS;
    }
}
