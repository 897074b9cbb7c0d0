package dev.liaison.digest;

/**
 * Where digests and nudges go: the Slack side renders them and queues them in the delivery queue
 * under their keys. Returns false when that key was already queued.
 */
public interface DigestMessages {

    boolean queueDigest(Digest digest);

    boolean queueNudge(Nudge nudge);

    /** Whether a message with this key is already queued or sent. */
    boolean queued(String key);
}
