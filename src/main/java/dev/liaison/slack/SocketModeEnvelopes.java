package dev.liaison.slack;

import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.response.AckResponse;
import dev.liaison.store.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack gives a Socket Mode envelope again (same {@code envelope_id}, {@code retry_attempt} 1, 2…)
 * when it did not see the ack in time, to this connection or another instance's. Each envelope is
 * claimed once in the database shared by all instances; a repeat is acked and not acted on. The
 * claims are kept a week (purged with the other idempotency keys), far past Slack's retries.
 */
final class SocketModeEnvelopes {

    private static final Logger log = LoggerFactory.getLogger(SocketModeEnvelopes.class);
    /** The envelopes that carry work; hello and disconnect go to Bolt as they are. */
    static final Set<String> ACTIONABLE = Set.of("slash_commands", "interactive", "events_api");

    private final ProcessedEvents processed;

    SocketModeEnvelopes(ProcessedEvents processed) {
        this.processed = processed;
    }

    /** Bolt's listener, acting only on the first delivery of each envelope. */
    WebSocketMessageListener once(WebSocketMessageListener bolt, SocketModeClient client) {
        return message -> {
            String repeated = repeatedEnvelope(message);
            if (repeated == null) {
                bolt.handle(message);
                return;
            }
            log.info("Socket Mode envelope {} was already handled; acknowledged again, not acted on again", repeated);
            client.sendSocketModeResponse(AckResponse.builder().envelopeId(repeated).build());
        };
    }

    /** The envelope id when this message is an envelope already claimed, else null (act on it). */
    private String repeatedEnvelope(String message) {
        JsonObject envelope;
        try {
            JsonElement json = JsonParser.parseString(message);
            if (!json.isJsonObject()) {
                return null;
            }
            envelope = json.getAsJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
        if (!envelope.has("envelope_id") || !envelope.has("type")
                || !ACTIONABLE.contains(envelope.get("type").getAsString())) {
            return null;
        }
        String id = envelope.get("envelope_id").getAsString();
        try {
            return processed.claim(teamOf(envelope), "envelope:" + id) ? null : id;
        } catch (RuntimeException databaseDown) {
            // better act (the handlers answer "try again" without a database) than drop it
            log.warn("Could not check Socket Mode envelope {}: {}", id, databaseDown.getMessage());
            return null;
        }
    }

    private static String teamOf(JsonObject envelope) {
        JsonObject payload = envelope.has("payload") && envelope.get("payload").isJsonObject()
                ? envelope.getAsJsonObject("payload") : new JsonObject();
        if (payload.has("team_id") && payload.get("team_id").isJsonPrimitive()) {
            return payload.get("team_id").getAsString();
        }
        if (payload.has("team") && payload.get("team").isJsonObject() && payload.getAsJsonObject("team").has("id")) {
            return payload.getAsJsonObject("team").get("id").getAsString();
        }
        return "unknown-team";
    }
}
