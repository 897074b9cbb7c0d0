package dev.liaison.connect;

import java.util.List;

/**
 * New messages in one person's mailbox since the cursor (all pages followed).
 *
 * @param nextCursor Gmail's {@code historyId}, or Graph's delta links of Inbox and Sent Items (encoded by
 *                   the provider into one string), to pass next time
 */
public record MailChanges(List<MailMessage> messages, String nextCursor) {

    public MailChanges {
        messages = List.copyOf(messages);
    }
}
