package dev.liaison.digest;

import java.util.List;
import java.util.Set;

/**
 * Where digests and nudges go: the Slack side renders them and queues them in the delivery queue
 * under their keys. A key already queued is refused.
 */
public interface DigestMessages {

    /**
     * Queues a batch of digests in one write, each under its own key ({@link Digest#key()}).
     *
     * @return the keys queued now; a key missing was already queued
     */
    Set<String> queueDigests(List<Digest> digests);

    /** @return false when the nudge's key was already queued */

    boolean queueNudge(Nudge nudge);

    /** Whether a message with this key is already queued or sent. */
    boolean queued(String key);
}
