package dev.liaison.people;

import java.time.Instant;

/** A person's Slack status as it now reads (emoji, text, expiry); empty strings when cleared. */
public record ProfileStatusChanged(String teamId, String userId, String emoji, String text, Instant expiration) {
}
