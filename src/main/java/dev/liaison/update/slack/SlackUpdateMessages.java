package dev.liaison.update.slack;

import dev.liaison.slack.outbox.Outbox;
import dev.liaison.update.UpdateMessages;
import org.springframework.stereotype.Component;

/** Client updates go to the client's channel through the delivery queue: once, whatever happens. */
@Component
class SlackUpdateMessages implements UpdateMessages {

    static final String KIND = "client-update";

    private final Outbox outbox;

    SlackUpdateMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean queueUpdate(String key, String teamId, String channelId, String clientName, String authorId,
                               String text) {
        return outbox.enqueue(key, teamId, channelId, KIND, UpdateBlocks.fallback(clientName),
                UpdateBlocks.message(clientName, authorId, text));
    }
}
