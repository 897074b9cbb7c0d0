package dev.liaison.connect.microsoft;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;

import dev.liaison.connect.SyncFailure;
import dev.liaison.connect.SyncFailure.Kind;

/**
 * What a failed Graph or token call means for the sync. Messages name the status and Graph's or Entra's
 * error code only: never a secret or a token (neither appears in what the SDKs put in their exceptions).
 */
final class GraphFailures {

    private GraphFailures() {
    }

    static SyncFailure of(RuntimeException failure, String what, Clock clock) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MsalServiceException msal) {
                // Entra answered: 5xx is an outage, anything else says the app or its secret is not accepted
                return msal.statusCode() >= 500
                        ? new SyncFailure(Kind.UNAVAILABLE, what + ": Entra answered " + msal.statusCode())
                        : new SyncFailure(Kind.CREDENTIALS, what + ": Entra refused the app's credentials ("
                                + msal.errorCode() + ", " + firstLine(msal.getMessage()) + ")");
            }
            if (cause instanceof ApiException api && api.getResponseStatusCode() > 0) {
                return ofStatus(api, what, clock);
            }
            if (cause instanceof IOException) {
                return new SyncFailure(Kind.UNAVAILABLE, what + ": " + cause.getClass().getSimpleName());
            }
        }
        if (hasCause(failure, ClientAuthenticationException.class)) {
            // azure-identity gave up on the token without an answer from Entra (no MSAL service error)
            return new SyncFailure(Kind.UNAVAILABLE, what + ": no token (" + firstLine(failure.getMessage()) + ")");
        }
        return new SyncFailure(Kind.UNAVAILABLE, what + ": " + failure.getClass().getSimpleName());
    }

    private static SyncFailure ofStatus(ApiException api, String what, Clock clock) {
        int status = api.getResponseStatusCode();
        String code = api instanceof ODataError odata && odata.getError() != null ? odata.getError().getCode() : null;
        String message = what + ": Graph answered " + status + (code == null ? "" : " " + code);
        return switch (status) {
            case 401 -> new SyncFailure(Kind.CREDENTIALS, message);
            case 403 -> new SyncFailure(Kind.FORBIDDEN, message);
            case 404 -> new SyncFailure(Kind.NOT_FOUND, message);
            case 410 -> new SyncFailure(Kind.CURSOR_EXPIRED, message);
            case 429 -> new SyncFailure(Kind.THROTTLED, message, retryAfter(api, clock));
            default -> new SyncFailure(Kind.UNAVAILABLE, message);
        };
    }

    /** {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    private static Duration retryAfter(ApiException api, Clock clock) {
        Set<String> values = api.getResponseHeaders() == null ? null : api.getResponseHeaders().get("Retry-After");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().strip();
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\r');
        if (end < 0) {
            end = message.indexOf('\n');
        }
        return end < 0 ? message : message.substring(0, end);
    }
}
