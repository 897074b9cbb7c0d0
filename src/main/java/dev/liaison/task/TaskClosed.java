package dev.liaison.task;

/** A task was marked done (once: a second click publishes nothing). */
public record TaskClosed(String teamId, String clientId, String number) {
}
