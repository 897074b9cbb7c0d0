package dev.liaison.digest.slack;

import java.util.List;
import java.util.Set;

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
    public Set<String> queueDigests(List<Digest> digests) {
        return outbox.enqueueAll(digests.stream().map(d -> new Outbox.NewMessage(d.key(), d.teamId(), d.userId(),
                "digest", DigestBlocks.digestText(d), DigestBlocks.digest(d))).toList());
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
