package dev.liaison.sandbox.google;

import java.time.Duration;

/**
 * An error {@link GoogleStandIn} answers a user's API calls with, in Google's JSON error shape, until the
 * user recovers ({@link GoogleStandIn#failUser}).
 *
 * @param status     the HTTP status
 * @param domain     the error's {@code domain} ({@code global}, {@code usageLimits})
 * @param reason     the error's {@code reason} ({@code authError}, {@code forbidden}, {@code rateLimitExceeded}…)
 * @param message    the error's {@code message}
 * @param retryAfter the {@code Retry-After} header, or {@code null} for none
 */
public record StandInFailure(int status, String domain, String reason, String message, Duration retryAfter) {

    /** 401 Invalid Credentials (a token Google no longer accepts). */
    public static StandInFailure unauthorized() {
        return new StandInFailure(401, "global", "authError", "Invalid Credentials", null);
    }

    /** 403 forbidden (the user is not delegated, has no licence…). */
    public static StandInFailure forbidden() {
        return new StandInFailure(403, "global", "forbidden", "Forbidden", null);
    }

    /** 403 rateLimitExceeded: Google's per-user throttle. */
    public static StandInFailure rateLimitExceeded() {
        return new StandInFailure(403, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded", null);
    }

    /** 404 notFound: no calendar or mailbox. */
    public static StandInFailure notFound() {
        return new StandInFailure(404, "global", "notFound", "Not Found", null);
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static StandInFailure tooManyRequests(Duration retryAfter) {
        return new StandInFailure(429, "usageLimits", "rateLimitExceeded", "Too Many Requests", retryAfter);
    }

    /** 500 backendError. */
    public static StandInFailure serverError() {
        return new StandInFailure(500, "global", "backendError", "Backend Error", null);
    }

    /** 503 backendError. */
    public static StandInFailure unavailable() {
        return new StandInFailure(503, "global", "backendError", "The service is currently unavailable.", null);
    }
}
