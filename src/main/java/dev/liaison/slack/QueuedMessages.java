package dev.liaison.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * Messages handed to the delivery queue under an idempotency key. The queue (slack/outbox) is built on this
 * adapter and implements it; the adapter answers a click that has no response_url through it without
 * depending on the queue's package.
 */
public interface QueuedMessages {

    /** @return false when a message with this key was already queued (by this run or any other) */
    boolean enqueue(String key, String teamId, String channel, String kind, String text, List<LayoutBlock> blocks);
}
