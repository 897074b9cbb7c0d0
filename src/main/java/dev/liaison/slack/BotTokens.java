package dev.liaison.slack;

import java.util.Optional;

/**
 * The bot token to use for a workspace: the configured one, or in OAuth mode that workspace's own
 * from its installation. Empty when Liaison is not (or no longer) installed there.
 */
public interface BotTokens {

    /** A workspace's bot: its token and, when known, its user id. */
    record Bot(String token, String userId) {
        @Override
        public String toString() {
            return "Bot[userId=" + userId + "]";
        }
    }

    Optional<Bot> forTeam(String teamId);
}
