package dev.liaison.workspace;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Liaison in one workspace: installed through OAuth (with that workspace's bot token), or, in any
 * mode, uninstalled or with its bot token revoked. A workspace that left keeps its record (and all
 * its data) until an admin deletes it; reinstalling makes it active again.
 */
@Document("installations")
public record Installation(
        @Id String teamId,
        String enterpriseId,
        String teamName,
        String appId,
        String botId,
        String botUserId,
        /** Null once uninstalled or revoked: a dead token is not kept. */
        String botToken,
        String botScopes,
        /** Who installed Liaison here first; a reinstall keeps it (a head of accounts until others are named). */
        String installerUserId,
        Status status,
        Instant installedAt,
        Instant changedAt,
        /**
         * With one configured token: a digest of the token Slack revoked. A new token in the
         * configuration (the app installed again) serves the workspace again.
         */
        String revokedTokenDigest) {

    public enum Status {
        ACTIVE,
        /** app_uninstalled: jobs stop, data stays. */
        UNINSTALLED,
        /** tokens_revoked for the bot: as uninstalled until the next install. */
        REVOKED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    Installation withToken(String token) {
        return new Installation(teamId, enterpriseId, teamName, appId, botId, botUserId, token, botScopes,
                installerUserId, status, installedAt, changedAt, revokedTokenDigest);
    }

    Installation disabled(Status why, Instant at, String tokenDigest) {
        return new Installation(teamId, enterpriseId, teamName, appId, botId, botUserId, null, botScopes,
                installerUserId, why, installedAt, at, tokenDigest);
    }

    /** Never print the token, whoever logs this record. */
    @Override
    public String toString() {
        return "Installation[teamId=" + teamId + ", teamName=" + teamName + ", status=" + status
                + ", botUserId=" + botUserId + ", botToken=" + (botToken == null ? "none" : "set")
                + ", installedAt=" + installedAt + ", changedAt=" + changedAt + "]";
    }
}
