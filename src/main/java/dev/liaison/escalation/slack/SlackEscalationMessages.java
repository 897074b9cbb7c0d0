package dev.liaison.escalation.slack;

import java.util.List;
import java.util.Optional;

import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationMessages;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.slack.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Everything an escalation says goes through the delivery queue: the parent under
 * {@code escalation:<id>:parent} (its ts, recorded by the queue, anchors the thread), replies in its
 * thread (waiting for the parent when it is not posted yet) and DMs, each keyed so it is said once.
 * The parent is kept current with chat.update of that one ts.
 */
@Component
class SlackEscalationMessages implements EscalationMessages {

    static final String PARENT_KIND = "escalation-parent";
    private static final String PREFIX = "escalation:";
    private static final String PARENT_SUFFIX = ":parent";

    private final SlackMessenger slack;
    private final Outbox outbox;

    SlackEscalationMessages(SlackMessenger slack, Outbox outbox) {
        this.slack = slack;
        this.outbox = outbox;
    }

    static String parentKey(Escalation escalation) {
        return PREFIX + escalation.id() + PARENT_SUFFIX;
    }

    /** The escalation id in a parent's delivery key. */
    static Optional<String> escalationOf(String parentKey) {
        return parentKey.startsWith(PREFIX) && parentKey.endsWith(PARENT_SUFFIX)
                ? Optional.of(parentKey.substring(PREFIX.length(), parentKey.length() - PARENT_SUFFIX.length()))
                : Optional.empty();
    }

    @Override
    public void queueParent(Escalation escalation) {
        outbox.enqueue(parentKey(escalation), escalation.teamId(), escalation.channel(), PARENT_KIND,
                EscalationBlocks.text(escalation), EscalationBlocks.parent(escalation));
    }

    @Override
    public Optional<String> postedParent(Escalation escalation) {
        return outbox.deliveredTs(parentKey(escalation));
    }

    @Override
    public String permalink(Escalation escalation, String parentTs) {
        try {
            return slack.permalink(escalation.teamId(), escalation.channel(), parentTs).orElse(null);
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            return null;
        }
    }

    @Override
    public void updateParent(Escalation escalation) {
        if (escalation.parentTs() != null) {
            slack.updateMessage(escalation.teamId(), escalation.channel(), escalation.parentTs(),
                    EscalationBlocks.text(escalation), EscalationBlocks.parent(escalation));
        }
    }

    @Override
    public void threadReply(Escalation escalation, String key, Mrkdwn text) {
        String replyKey = PREFIX + escalation.id() + ":" + key;
        if (escalation.parentTs() != null) {
            outbox.enqueue(replyKey, escalation.teamId(), escalation.channel(), escalation.parentTs(),
                    "escalation-reply", text.truncate(300).markup(), List.of(BlockKit.text(text)));
        } else {
            // acted on before its parent's ts was recorded: the reply follows the parent into its thread
            outbox.enqueueReply(replyKey, escalation.teamId(), escalation.channel(), parentKey(escalation),
                    "escalation-reply", text.truncate(300).markup(), List.of(BlockKit.text(text)));
        }
    }

    @Override
    public void notifyP1Opened(Escalation escalation, List<String> userIds) {
        Mrkdwn text = Mrkdwn.of(":rotating_light: P1 escalation %s opened on *%s* by %s: %s\nIt is with %s in %s;"
                        + " you hear again if it climbs to you.", escalation.number(),
                SlackText.truncate(escalation.clientName(), 80), Mrkdwn.user(escalation.raisedBy()),
                SlackText.truncate(SlackText.oneLine(escalation.summary()), 500), Mrkdwn.users(escalation.rungUsers()),
                Mrkdwn.channel(escalation.channel()));
        for (String user : userIds) {
            outbox.enqueue("escalation:" + escalation.id() + ":p1-opened-" + user, escalation.teamId(), user, null,
                    "escalation-dm", Mrkdwn.of("P1 escalation %s opened on %s", escalation.number(),
                            SlackText.truncate(escalation.clientName(), 80)).markup(), List.of(BlockKit.text(text)));
        }
    }

    @Override
    public void notify(Escalation escalation, List<String> userIds, String key, Mrkdwn text) {
        for (String user : userIds) {
            outbox.enqueue("escalation:" + escalation.id() + ":" + key + ":" + user, escalation.teamId(), user, null,
                    "escalation-dm", text.truncate(300).markup(),
                    List.of(BlockKit.text(Mrkdwn.of(":rotating_light: %s", text))));
        }
    }
}
