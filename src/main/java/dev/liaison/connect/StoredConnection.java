package dev.liaison.connect;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's own connection to one provider ({@code /liaison config calendar …}); id {@code team:PROVIDER}.
 * The secret part (Google's key, Microsoft's client secret) is sealed with the workspace's id as associated data.
 */
@Document("calendar_connections")
record StoredConnection(@Id String id, String teamId, Provider provider, String sealedSecret, String apiUrl,
                        String tenantId, String clientId, String loginUrl, String setBy, Instant setAt) {

    static String id(String teamId, Provider provider) {
        return teamId + ":" + provider.name();
    }
}
