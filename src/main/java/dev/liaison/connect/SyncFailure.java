package dev.liaison.connect;

import java.time.Duration;

/**
 * Why a provider call did not give an answer, in the words the sync needs to decide what to do next.
 * Messages never contain a secret or a token.
 */
public final class SyncFailure extends RuntimeException {

    public enum Kind {
        /** Credentials revoked, expired or wrong (token endpoint refused, 401): the whole connection is down. */
        CREDENTIALS,
        /** 403 for this one person (not delegated, no licence): skip them, tell the heads once. */
        FORBIDDEN,
        /** No calendar or mailbox for this e-mail (404): skip them, tell the heads once. */
        NOT_FOUND,
        /** The cursor is too old (Google 410, Graph syncStateNotFound/resyncRequired): list the window again. */
        CURSOR_EXPIRED,
        /** 429: wait {@link #retryAfter()} and try again; never a DM. */
        THROTTLED,
        /** 5xx or the network: back off and try again; never a DM. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final Duration retryAfter;

    public SyncFailure(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public SyncFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked us to wait (429 {@code Retry-After}), or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
