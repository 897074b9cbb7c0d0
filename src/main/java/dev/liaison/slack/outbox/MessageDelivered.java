package dev.liaison.slack.outbox;

/**
 * Published once Slack has a queued message and its ts is recorded, so what follows from that ts
 * (an escalation's thread, its card link) can be done at once. Also reached by re-reading the queue
 * ({@link Outbox#deliveredTs}), for a listener that never heard it (a crash in between).
 */
public record MessageDelivered(String key, String teamId, String channel, String kind, String ts) {
}
