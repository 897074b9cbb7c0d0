package dev.liaison.escalation.slack;

import dev.liaison.escalation.EscalationService;
import dev.liaison.slack.outbox.MessageDelivered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The moment an escalation's parent is delivered, its thread, card link and rung DM follow from its ts. */
@Component
class ParentDeliveredListener {

    private final EscalationService escalations;

    ParentDeliveredListener(EscalationService escalations) {
        this.escalations = escalations;
    }

    @EventListener
    void delivered(MessageDelivered delivered) {
        if (SlackEscalationMessages.PARENT_KIND.equals(delivered.kind())) {
            SlackEscalationMessages.escalationOf(delivered.key())
                    .ifPresent(id -> escalations.announce(delivered.teamId(), id));
        }
    }
}
