package dev.liaison.sandbox.google;

/** The calls {@link GoogleStandIn} answers, counted per user so tests and the benchmark can count API calls. */
public enum GoogleCall {
    /** {@code POST token} (the JWT-bearer grant): counted per delegated user ({@code sub}). */
    TOKEN,
    /** {@code GET calendar/v3/calendars/primary/events} */
    EVENTS_LIST,
    /** {@code GET gmail/v1/users/{userId}/messages} */
    MESSAGES_LIST,
    /** {@code GET gmail/v1/users/{userId}/messages/{id}} */
    MESSAGE_GET,
    /** {@code GET gmail/v1/users/{userId}/history} */
    HISTORY_LIST,
    /** {@code GET gmail/v1/users/{userId}/profile} */
    PROFILE
}
