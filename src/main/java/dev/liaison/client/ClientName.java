package dev.liaison.client;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claimed client name or alias. The id is team + normalised key, so the database itself refuses
 * a second client with the same name in a workspace, and an exact lookup is a primary-key read.
 */
@Document("client_names")
record ClientName(@Id String id, String teamId, String key, String clientId, String displayName, String text,
                  boolean alias) {

    static String id(String teamId, String key) {
        return teamId + ":" + key;
    }
}
