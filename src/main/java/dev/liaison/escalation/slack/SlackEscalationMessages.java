package dev.liaison.escalation.slack;

import java.util.List;

import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationMessages;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.slack.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * The parent is posted at once (its ts anchors the thread) and updated in place; replies and DMs go
 * through the delivery queue, keyed so a climb or an acknowledgement is announced once.
 */
@Component
class SlackEscalationMessages implements EscalationMessages {

    private final SlackMessenger slack;
    private final Outbox outbox;

    SlackEscalationMessages(SlackMessenger slack, Outbox outbox) {
        this.slack = slack;
        this.outbox = outbox;
    }

    @Override
    public String postParent(Escalation escalation) {
        return slack.postReply(escalation.teamId(), escalation.channel(), EscalationBlocks.text(escalation),
                EscalationBlocks.parent(escalation));
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
        outbox.enqueue("escalation:" + escalation.id() + ":" + key, escalation.teamId(), escalation.channel(),
                escalation.parentTs(), "escalation-reply", text.truncate(300).markup(),
                List.of(BlockKit.text(text)));
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
