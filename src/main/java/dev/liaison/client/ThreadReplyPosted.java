package dev.liaison.client;

import java.time.Instant;

/** Someone replied in a thread of a channel (escalation threads keep these as their timeline). */
public record ThreadReplyPosted(String teamId, String channel, String threadTs, String userId, String text, Instant at) {
}
