package dev.liaison.escalation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client issue being escalated: its thread (channel + parent ts), who holds it now (the rung),
 * and when it climbs next.
 */
@Document("escalations")
public record Escalation(@Id String id, String teamId, String number, String clientId, String clientName,
                         Severity severity, String summary, String raisedBy, Instant openedAt, State state, int rung,
                         List<String> rungUsers, Instant acknowledgeBy, Instant resolveBy, Instant nextDeadline,
                         String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt,
                         String resolution, String channel, String parentTs, String permalink,
                         List<TimelineEntry> timeline) {

    /** A reply in the escalation's thread, kept as its timeline. */
    public record TimelineEntry(Instant at, String userId, String text) {
    }

    public enum State { OPEN, ACKNOWLEDGED, RESOLVED }

    /** The rungs of the ladder: the owner (or their coverer), the owner's lead, the heads of accounts. */
    public static final List<String> RUNGS = List.of("owner", "team lead", "heads of accounts");

    public boolean open() {
        return state != State.RESOLVED;
    }
}
