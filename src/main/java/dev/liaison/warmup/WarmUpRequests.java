package dev.liaison.warmup;

/** Sends one warm-up request down the real Slack request path and says how it was answered (an HTTP status). */
public interface WarmUpRequests {

    /** {@code /client <text>} from {@code userId} of {@code teamId}. */
    int slashCommand(String teamId, String userId, String text);

    /** Slack's url_verification, which needs no workspace, member or client. */
    int urlVerification();

    /** How the requests travel, for the log: "signed HTTP to 127.0.0.1:8080/slack/events" or "in-process (Socket Mode)". */
    String route();
}
