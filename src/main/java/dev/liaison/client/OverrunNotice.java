package dev.liaison.client;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a client's projected budget overrun was last put in its owner's digest: it is said at most
 * once in any 7 days, however long the overrun lasts.
 *
 * @param saidOn the owner's local date of that digest (ISO)
 */
@Document("budget_overrun_notices")
record OverrunNotice(@Id String id, String teamId, String clientId, String saidOn, Instant saidAt) {

    static String id(String teamId, String clientId) {
        return teamId + ":" + clientId;
    }
}
