package dev.liaison.sandbox.google;

import java.time.Duration;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An answer other than 200, in Google's error shape. {@code refusal} marks what a correct client never
 * sends (a missing token, an unknown parameter…): those are recorded for {@link GoogleStandIn#refusals()}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final JsonObject body;
    private final Duration retryAfter;
    private final boolean refusal;

    private ApiError(int status, JsonObject body, Duration retryAfter, boolean refusal, String message) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
        this.retryAfter = retryAfter;
        this.refusal = refusal;
    }

    /** Google's API error: {@code {"error": {"errors": [{domain, reason, message}], "code", "message"}}}. */
    static ApiError api(int status, String domain, String reason, String message, Duration retryAfter,
                        boolean refusal) {
        JsonObject detail = new JsonObject();
        detail.addProperty("domain", domain);
        detail.addProperty("reason", reason);
        detail.addProperty("message", message);
        JsonArray errors = new JsonArray();
        errors.add(detail);
        JsonObject error = new JsonObject();
        error.add("errors", errors);
        error.addProperty("code", status);
        error.addProperty("message", message);
        error.addProperty("status", statusName(status));
        JsonObject body = new JsonObject();
        body.add("error", error);
        return new ApiError(status, body, retryAfter, refusal, status + " " + reason + ": " + message);
    }

    static ApiError of(StandInFailure failure) {
        return api(failure.status(), failure.domain(), failure.reason(), failure.message(), failure.retryAfter(), false);
    }

    static ApiError badRequest(String message, boolean refusal) {
        return api(400, "global", "badRequest", message, null, refusal);
    }

    static ApiError notFound(String message, boolean refusal) {
        return api(404, "global", "notFound", message, null, refusal);
    }

    static ApiError forbidden(String message, boolean refusal) {
        return api(403, "global", "forbidden", message, null, refusal);
    }

    /** The token endpoint's OAuth error: {@code {"error": "invalid_grant", "error_description": …}}. */
    static ApiError oauth(int status, String error, String description, boolean refusal) {
        return oauth(status, error, description, null, refusal);
    }

    static ApiError oauth(int status, String error, String description, Duration retryAfter, boolean refusal) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", description);
        return new ApiError(status, body, retryAfter, refusal, status + " " + error + ": " + description);
    }

    int status() {
        return status;
    }

    JsonObject body() {
        return body;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    boolean refusal() {
        return refusal;
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 410 -> "FAILED_PRECONDITION";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL" : "UNKNOWN";
        };
    }
}
