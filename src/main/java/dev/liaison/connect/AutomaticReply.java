package dev.liaison.connect;

import java.time.Instant;

/**
 * A Microsoft 365 automatic reply ("out of office"). {@code scheduled} is an absence between its dates;
 * {@code alwaysEnabled} is an absence from today until it is turned off ({@code start}/{@code end} null).
 */
public record AutomaticReply(Status status, Instant start, Instant end) {

    public enum Status { DISABLED, ALWAYS_ENABLED, SCHEDULED }
}
