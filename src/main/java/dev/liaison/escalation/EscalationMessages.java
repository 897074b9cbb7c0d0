package dev.liaison.escalation;

import java.util.List;
import java.util.Optional;

import dev.liaison.slack.Mrkdwn;

/** What escalations say in Slack; the Slack side renders the parent and queues replies and DMs. */
public interface EscalationMessages {

    /**
     * Queues the parent message for the escalation channel under a key decided now (once per
     * escalation, whoever asks and however often); the delivery queue posts it.
     */
    void queueParent(Escalation escalation);

    /** The parent's ts, once Slack has it and the delivery queue has recorded it. */
    Optional<String> postedParent(Escalation escalation);

    /** chat.getPermalink of the parent, for the status card; null when Slack does not give one. */
    String permalink(Escalation escalation, String parentTs);

    /** Keeps the parent current (chat.update). */
    void updateParent(Escalation escalation);

    /** A reply in the escalation's thread, once per key. */
    void threadReply(Escalation escalation, String key, Mrkdwn text);

    /** A DM to each person, once per key. */
    void notify(Escalation escalation, List<String> userIds, String key, Mrkdwn text);

    /**
     * Tells each person (the owner's lead, the heads of accounts) that a p1 was just opened, before
     * it is theirs; through the delivery queue, once per escalation and person.
     */
    void notifyP1Opened(Escalation escalation, List<String> userIds);
}
