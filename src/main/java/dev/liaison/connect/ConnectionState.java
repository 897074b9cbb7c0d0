package dev.liaison.connect;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whether one workspace's connection to one provider works (id {@code team:PROVIDER}): broken since when and
 * why (never a secret), and whether the heads of accounts have been told about this breakage.
 */
@Document("calendar_connection_state")
public record ConnectionState(@Id String id, String teamId, Provider provider, boolean broken, String problem,
                              Instant brokenSince, Instant lastSuccessAt) {

    static String id(String teamId, Provider provider) {
        return teamId + ":" + provider.name();
    }
}
