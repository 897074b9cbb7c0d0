package dev.liaison.client;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One logged touch, kept in full as the client's history. Nothing on a hot path reads this
 * collection: what the status card needs is copied onto the {@link Client}.
 */
@Document("interactions")
@CompoundIndex(name = "team_client_time", def = "{'teamId': 1, 'clientId': 1, 'occurredAt': -1}")
public record Interaction(@Id String id, String teamId, String clientId, TouchType type, Sentiment sentiment,
                          int minutes, String summary, Instant occurredAt, String loggedBy, Instant loggedAt,
                          String source) {
}
