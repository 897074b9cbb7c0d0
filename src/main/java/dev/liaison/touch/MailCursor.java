package dev.liaison.touch;

import java.time.Instant;

import dev.liaison.connect.Provider;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where {@code mail-sync} left one person's mailbox at one provider: the provider's cursor (Gmail's
 * {@code historyId}, Graph's delta links) and when it was last read, so a cursor the provider no longer
 * keeps is replaced by a listing since then (the touches it finds again are refused as duplicates).
 */
@Document("mail_cursors")
record MailCursor(@Id String id, String teamId, Provider provider, String userId, String email, String cursor,
                  Instant readAt) {

    static String id(String teamId, Provider provider, String userId) {
        return teamId + ":" + provider.name() + ":" + userId;
    }
}
