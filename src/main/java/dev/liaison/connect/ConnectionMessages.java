package dev.liaison.connect;

import java.time.Instant;
import java.util.List;

/** What the heads of accounts hear about connections; the Slack side renders and queues it, once per key. */
public interface ConnectionMessages {

    /** The connection stopped working at {@code since} (credentials revoked, expired or wrong). */
    void connectionBroken(String teamId, Provider provider, String problem, Instant since, String headId);

    /** These people's calendars or mailboxes cannot be read (not delegated, no mailbox…). */
    void peopleUnreachable(String teamId, Provider provider, List<Unreachable> people, String headId);

    record Unreachable(String userId, SyncFailure.Kind kind) {
    }
}
