package dev.liaison.connect;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person whose calendar or mailbox a provider refused (403) or does not have (404): listed to the heads
 * once ({@code told}), forgotten when it works again.
 */
@Document("sync_unreachable_people")
record UnreachablePerson(@Id String id, String teamId, Provider provider, String userId, SyncFailure.Kind kind,
                         Instant since, boolean told) {

    static String id(String teamId, Provider provider, String userId) {
        return teamId + ":" + provider.name() + ":" + userId;
    }
}
