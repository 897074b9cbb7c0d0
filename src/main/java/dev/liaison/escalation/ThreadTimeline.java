package dev.liaison.escalation;

import dev.liaison.client.ThreadReplyPosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Replies in escalation threads become the escalation's timeline. */
@Component
class ThreadTimeline {

    private final EscalationService escalations;

    ThreadTimeline(EscalationService escalations) {
        this.escalations = escalations;
    }

    @EventListener
    void on(ThreadReplyPosted reply) {
        escalations.threadReply(reply.teamId(), reply.channel(), reply.threadTs(), reply.userId(), reply.text(), reply.at());
    }
}
