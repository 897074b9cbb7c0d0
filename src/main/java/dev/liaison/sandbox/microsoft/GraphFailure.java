package dev.liaison.sandbox.microsoft;

/**
 * What the stand-in can be told to answer for one person's calls ({@link MicrosoftStandIn#fail}), with
 * the status and error code Graph documents for it.
 */
public enum GraphFailure {
    /** 401 {@code InvalidAuthenticationToken}: the token was not accepted. */
    UNAUTHORIZED(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience."),
    /** 403 {@code ErrorAccessDenied}: e.g. an application access policy leaves this mailbox out. */
    ACCESS_DENIED(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."),
    /** 404 {@code ErrorItemNotFound}: no such user or calendar. */
    ITEM_NOT_FOUND(404, "ErrorItemNotFound", "The specified object was not found in the store."),
    /** 404 {@code MailboxNotEnabledForRESTAPI}: the user has no Exchange Online mailbox. */
    MAILBOX_NOT_ENABLED(404, "MailboxNotEnabledForRESTAPI",
            "The mailbox is either inactive, soft-deleted, or is hosted on-premise."),
    /** 429 {@code TooManyRequests} with {@code Retry-After} ({@link MicrosoftStandIn#RETRY_AFTER_SECONDS}). */
    THROTTLED(429, "TooManyRequests", "Too many requests. Please try again later."),
    /** 503 {@code ServiceNotAvailable}. */
    UNAVAILABLE(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please try again later.");

    final int status;
    final String code;
    final String message;

    GraphFailure(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }
}
