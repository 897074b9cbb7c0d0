package dev.liaison.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Liaison reaches Slack (README "Configuration" and "Three ways to run"):
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

    /**
     * These settings as bound from the environment, for decisions taken before the beans exist (which
     * endpoints to register, whether the sandbox starts): the same binding, so the same rule, as the bean.
     */
    public static SlackProperties from(org.springframework.core.env.Environment environment) {
        return org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("slack", SlackProperties.class)
                .orElseGet(() -> new SlackProperties("", "", "", "", "", "", "", ""));
    }

    /**
     * The one rule. Socket Mode needs no signing secret (the WebSocket is authenticated by the app
     * token); OAuth always does, for its HTTP install and redirect paths and for events over HTTP.
     */
    public Mode mode() {
        boolean secret = !signingSecret.isEmpty();
        if (!botToken.isEmpty() && (secret || !appToken.isEmpty())) {
            return Mode.SINGLE_WORKSPACE;
        }
        if (botToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && secret) {
            return Mode.OAUTH;
        }
        return Mode.SANDBOX;
    }

    /**
     * What is missing from a partial set of credentials (README "Three ways to run": the sandbox only
     * when no Slack credential is set at all). A blank value counts as missing. Empty when the set is
     * complete, or empty altogether (the sandbox).
     */
    public java.util.Optional<String> incomplete() {
        boolean bot = !botToken.isEmpty();
        boolean secret = !signingSecret.isEmpty();
        boolean app = !appToken.isEmpty();
        boolean client = !clientId.isEmpty() || !clientSecret.isEmpty();
        if (bot && !botToken.startsWith("xoxb-")) {
            return java.util.Optional.of("SLACK_BOT_TOKEN is not a bot token (a bot token starts with xoxb-)");
        }
        if (app && !appToken.startsWith("xapp-")) {
            return java.util.Optional.of("SLACK_APP_TOKEN is not an app-level token (one starts with xapp-)");
        }
        if (bot) {
            return secret || app ? java.util.Optional.empty() : java.util.Optional.of("SLACK_BOT_TOKEN is set but "
                    + "neither SLACK_SIGNING_SECRET (requests over HTTP) nor SLACK_APP_TOKEN (Socket Mode) is");
        }
        if (client) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            if (clientId.isEmpty()) {
                missing.add("SLACK_CLIENT_ID");
            }
            if (clientSecret.isEmpty()) {
                missing.add("SLACK_CLIENT_SECRET");
            }
            if (!secret) {
                missing.add("SLACK_SIGNING_SECRET");
            }
            return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("OAuth distribution needs "
                    + "SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET; missing or blank: "
                    + String.join(", ", missing));
        }
        if (secret || app) {
            return java.util.Optional.of((secret ? "SLACK_SIGNING_SECRET" : "SLACK_APP_TOKEN") + " is set but "
                    + "there is no SLACK_BOT_TOKEN (one workspace) nor SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
                    + "(OAuth distribution)");
        }
        return java.util.Optional.empty();
    }

    public boolean sandbox() {
        return mode() == Mode.SANDBOX;
    }

    /** Socket Mode transport: an app-level token in a live mode. */
    public boolean socketMode() {
        return !appToken.isEmpty() && !sandbox();
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
