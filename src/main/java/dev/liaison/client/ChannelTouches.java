package dev.liaison.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.liaison.store.ProcessedEvents;
import org.springframework.stereotype.Service;

/**
 * Messages in a client's linked channel count as touches: inbound from the client's side (Slack
 * Connect), outbound from the agency's people. At most one automatic touch per client, per person,
 * per hour, so a busy channel does not flood the history.
 */
@Service
public class ChannelTouches {

    public static final Duration QUIET_PERIOD = Duration.ofHours(1);
    static final int SUMMARY_CHARS = 300;

    public enum Direction { INBOUND, OUTBOUND }

    private final ClientService clients;
    private final ProcessedEvents claims;

    ChannelTouches(ClientService clients, ProcessedEvents claims) {
        this.clients = clients;
        this.claims = claims;
    }

    /** @return the touches recorded (none when the channel is linked to no client or all were recent) */
    public List<ClientService.LoggedTouch> messagePosted(String teamId, String channelId, String userId,
                                                         Direction direction, String text, Instant at) {
        List<ClientService.LoggedTouch> logged = new ArrayList<>();
        for (Client client : clients.linkedTo(teamId, channelId)) {
            if (!claims.claimWithin(teamId, "auto-touch:" + client.id() + ":" + userId, QUIET_PERIOD)) {
                continue;
            }
            String body = text == null ? "" : text.strip();
            String summary = (direction == Direction.INBOUND ? "Message from the client: " : "Message to the client: ")
                    + body;
            if (summary.length() > SUMMARY_CHARS) {
                summary = summary.substring(0, SUMMARY_CHARS - 1) + "…";
            }
            logged.add(clients.logTouch(teamId, client.id(), userId, TouchType.SLACK, Sentiment.NEUTRAL, 0, summary, at,
                    direction == Direction.INBOUND ? "channel-inbound" : "channel-outbound"));
        }
        return logged;
    }
}
