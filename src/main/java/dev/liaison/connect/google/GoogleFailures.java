package dev.liaison.connect.google;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.connect.SyncFailure;

/**
 * Google's answers in the words the sync decides by ({@link SyncFailure.Kind}). Messages name the status
 * and Google's reason, never a key or a token.
 */
final class GoogleFailures {

    private static final Set<String> RATE_LIMITS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private GoogleFailures() {
    }

    static SyncFailure of(IOException e, String what) {
        if (e instanceof GoogleAccess.TokenRefused refused) {
            return token(refused, what);
        }
        if (e instanceof GoogleJsonResponseException api) {
            return api(api.getStatusCode(), reason(api.getDetails()), retryAfter(api), what);
        }
        if (e instanceof HttpResponseException http) {
            return api(http.getStatusCode(), null, retryAfter(http), what);
        }
        return new SyncFailure(SyncFailure.Kind.UNAVAILABLE, what + ": " + e.getClass().getSimpleName());
    }

    static boolean is(IOException e, int status) {
        return e instanceof HttpResponseException http && http.getStatusCode() == status;
    }

    private static SyncFailure api(int status, String reason, Duration retryAfter, String what) {
        String said = what + ": Google answered " + status + (reason == null ? "" : " " + reason);
        if (status == 401) {
            return new SyncFailure(SyncFailure.Kind.CREDENTIALS, said);
        }
        if (status == 403) {
            return RATE_LIMITS.contains(reason) ? new SyncFailure(SyncFailure.Kind.THROTTLED, said, retryAfter)
                    : new SyncFailure(SyncFailure.Kind.FORBIDDEN, said);
        }
        if (status == 404) {
            return new SyncFailure(SyncFailure.Kind.NOT_FOUND, said);
        }
        if (status == 410) {
            return new SyncFailure(SyncFailure.Kind.CURSOR_EXPIRED, said);
        }
        if (status == 429) {
            return new SyncFailure(SyncFailure.Kind.THROTTLED, said, retryAfter);
        }
        return new SyncFailure(SyncFailure.Kind.UNAVAILABLE, said);
    }

    /**
     * The token endpoint: {@code invalid_grant}, {@code unauthorized_client} (400/401) mean the key or the
     * delegation is gone, except "Invalid email or User ID": that person has no account in the domain.
     */
    private static SyncFailure token(GoogleAccess.TokenRefused refused, String what) {
        HttpResponseException http = null;
        for (Throwable t = refused.getCause(); t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException h) {
                http = h;
                break;
            }
        }
        if (http == null) {
            return new SyncFailure(SyncFailure.Kind.UNAVAILABLE, what + ": the token endpoint could not be reached");
        }
        int status = http.getStatusCode();
        String content = String.valueOf(http.getContent());
        String said = what + ": the token endpoint answered " + status + " " + oauthError(content);
        if (status == 400 && content.contains("Invalid email or User ID")) {
            return new SyncFailure(SyncFailure.Kind.NOT_FOUND, said + " (no such user in the domain)");
        }
        if (status == 429) {
            return new SyncFailure(SyncFailure.Kind.THROTTLED, said, retryAfter(http));
        }
        if (status >= 500) {
            return new SyncFailure(SyncFailure.Kind.UNAVAILABLE, said);
        }
        return new SyncFailure(SyncFailure.Kind.CREDENTIALS, said);
    }

    /** The OAuth error and Google's description of it (neither carries a secret). */
    private static String oauthError(String content) {
        try {
            JsonObject o = JsonParser.parseString(content).getAsJsonObject();
            String error = o.has("error") ? o.get("error").getAsString() : "";
            return o.has("error_description") ? error + " (" + o.get("error_description").getAsString() + ")" : error;
        } catch (RuntimeException notOAuth) {
            return "";
        }
    }

    private static String reason(GoogleJsonError details) {
        if (details == null || details.getErrors() == null || details.getErrors().isEmpty()) {
            return null;
        }
        return details.getErrors().get(0).getReason();
    }

    /** {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    private static Duration retryAfter(HttpResponseException e) {
        String value = e.getHeaders() == null ? null : e.getHeaders().getRetryAfter();
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
                Duration left = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return left.isNegative() ? Duration.ZERO : left;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
