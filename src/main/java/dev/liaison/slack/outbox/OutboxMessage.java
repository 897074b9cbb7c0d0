package dev.liaison.slack.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message waiting to be (or already) sent. Its id is the idempotency key, so the database
 * refuses a second copy of the same digest or nudge, whichever instance or run tries.
 */
@Document("outbox")
// every instance's sender asks "the next pending message due" four times a second: on MongoDB this
// index answers it (and its sort) without reading a week of sent messages; the embedded server ignores it
@CompoundIndex(name = "status_next_attempt", def = "{'status': 1, 'nextAttemptAt': 1}")
public class OutboxMessage {

    public enum Status { PENDING, SENT, PARKED }

    @Id
    private String id;
    private String teamId;
    private String channel;
    /** A reply in this thread (the parent's ts), or null for a message of its own. */
    private String threadTs;
    /**
     * A reply in the thread of another queued message (by its key), whose ts is not known yet: it
     * waits until that message is delivered, then goes into its thread.
     */
    private String parentKey;
    private String kind;
    private String text;
    private String blocksJson;
    private Status status;
    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String ts;
    private String lastError;
    private String claimedBy;
    private Instant claimedUntil;
    /**
     * Set when an attempt got no answer (a timeout): Slack may have posted it anyway, so before
     * posting again the channel is searched for it from this moment on.
     */
    private Instant unansweredSince;
    /**
     * When the current claim's attempt began; cleared when its outcome is recorded. Found set on a
     * new claim, it means an instance stopped mid-attempt, after Slack may have posted the message.
     */
    private Instant inFlightSince;

    protected OutboxMessage() {
    }

    OutboxMessage(String id, String teamId, String channel, String kind, String text, String blocksJson, Instant now) {
        this.id = id;
        this.teamId = teamId;
        this.channel = channel;
        this.kind = kind;
        this.text = text;
        this.blocksJson = blocksJson;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public String id() { return id; }
    public String teamId() { return teamId; }
    public String channel() { return channel; }
    public String threadTs() { return threadTs; }
    OutboxMessage inThread(String ts) { this.threadTs = ts; return this; }
    public String parentKey() { return parentKey; }
    OutboxMessage replyTo(String key) { this.parentKey = key; return this; }
    public String kind() { return kind; }
    public String text() { return text; }
    public String blocksJson() { return blocksJson; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant createdAt() { return createdAt; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant sentAt() { return sentAt; }
    public String ts() { return ts; }
    public String lastError() { return lastError; }
    public Instant unansweredSince() { return unansweredSince; }
    public Instant inFlightSince() { return inFlightSince; }
}
