package dev.liaison.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Liaison reaches Slack (PRODUCT.md "Running modes", README "Three ways to run"):
 * <ul>
 * <li>one workspace: SLACK_BOT_TOKEN, plus SLACK_SIGNING_SECRET for HTTP or SLACK_APP_TOKEN for Socket Mode;</li>
 * <li>OAuth distribution: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET, no bot token: each
 *     workspace installs through /slack/install and gets its own token;</li>
 * <li>sandbox: neither, so a local Slack stand-in.</li>
 * </ul>
 * SLACK_APP_TOKEN (xapp-) switches the transport to Socket Mode in either live mode.
 */
@ConfigurationProperties("slack")
public record SlackProperties(
        @DefaultValue("") String botToken,
        @DefaultValue("") String signingSecret,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("") String appToken,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("") String scopes,
        @DefaultValue("") String redirectUri) {

    /** Where the bot token of a request comes from. */
    public enum Mode { SINGLE_WORKSPACE, OAUTH, SANDBOX }

    public SlackProperties {
        botToken = strip(botToken);
        signingSecret = strip(signingSecret);
        appToken = strip(appToken);
        clientId = strip(clientId);
        clientSecret = strip(clientSecret);
        scopes = strip(scopes);
        redirectUri = strip(redirectUri);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : apiUrl.strip();
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    public Mode mode() {
        return mode(botToken, signingSecret, appToken, clientId, clientSecret);
    }

    /**
     * The one rule, also read by the sandbox's start-up condition from raw properties. Socket Mode needs no
     * signing secret (the WebSocket is authenticated by the app token); OAuth always does, for its
     * HTTP install and redirect paths and for events arriving over HTTP.
     */
    public static Mode mode(String botToken, String signingSecret, String appToken, String clientId, String clientSecret) {
        boolean secret = !blank(signingSecret);
        if (!blank(botToken) && (secret || !blank(appToken))) {
            return Mode.SINGLE_WORKSPACE;
        }
        if (blank(botToken) && !blank(clientId) && !blank(clientSecret) && secret) {
            return Mode.OAUTH;
        }
        return Mode.SANDBOX;
    }

    public boolean sandbox() {
        return mode() == Mode.SANDBOX;
    }

    /** Socket Mode transport: an app-level token in a live mode. */
    public boolean socketMode() {
        return !appToken.isEmpty() && !sandbox();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Never print the secrets, whoever logs this record. */
    @Override
    public String toString() {
        return "SlackProperties[mode=" + mode() + ", socketMode=" + socketMode()
                + ", botToken=" + set(botToken) + ", signingSecret=" + set(signingSecret)
                + ", appToken=" + set(appToken) + ", clientId=" + (clientId.isEmpty() ? "unset" : clientId)
                + ", clientSecret=" + set(clientSecret) + ", apiUrl=" + apiUrl + "]";
    }

    private static String set(String secret) {
        return secret.isEmpty() ? "unset" : "set";
    }
}
