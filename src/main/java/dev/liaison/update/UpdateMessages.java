package dev.liaison.update;

/** Queues a posted client update for delivery to the client's channel (the slack/ adapter renders it). */
public interface UpdateMessages {

    /**
     * @param key the delivery's idempotency key: a second queueing under it is refused
     * @return whether it was queued now (false: already queued under that key)
     */
    boolean queueUpdate(String key, String teamId, String channelId, String clientName, String authorId, String text);
}
