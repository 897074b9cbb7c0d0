package dev.liaison.digest.slack;

import dev.liaison.digest.Digest;
import dev.liaison.digest.DigestMessages;
import dev.liaison.digest.Nudge;
import dev.liaison.slack.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Renders digests and nudges and queues them as DMs (a user id as channel) in the delivery queue. */
@Component
class SlackDigestMessages implements DigestMessages {

    private final Outbox outbox;

    SlackDigestMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean queueDigest(Digest digest) {
        return outbox.enqueue(digest.key(), digest.teamId(), digest.userId(), "digest",
                DigestBlocks.digestText(digest), DigestBlocks.digest(digest));
    }

    @Override
    public boolean queueNudge(Nudge nudge) {
        return outbox.enqueue(nudge.key(), nudge.teamId(), nudge.userId(), "nudge", DigestBlocks.nudgeText(nudge),
                DigestBlocks.nudge(nudge));
    }

    @Override
    public boolean queued(String key) {
        return outbox.exists(key);
    }
}
