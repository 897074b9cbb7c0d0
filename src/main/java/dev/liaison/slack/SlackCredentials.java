package dev.liaison.slack;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The credentials in force: the operator's, or in sandbox mode a bot token placeholder and a
 * signing secret made fresh for this run, so sandbox traffic is still signed and verified. In OAuth
 * mode there is no bot token here: each workspace's comes from its installation ({@link BotTokens}).
 */
public record SlackCredentials(SlackProperties.Mode mode, String botToken, String signingSecret, String apiUrl,
                               String appToken, String clientId, String clientSecret, String scopes,
                               String redirectUri) {

    static SlackCredentials from(SlackProperties p) {
        return switch (p.mode()) {
            case SINGLE_WORKSPACE -> new SlackCredentials(p.mode(), p.botToken(), p.signingSecret(), p.apiUrl(),
                    p.appToken(), "", "", "", "");
            case OAUTH -> new SlackCredentials(p.mode(), "", p.signingSecret(), p.apiUrl(), p.appToken(),
                    p.clientId(), p.clientSecret(), p.scopes(), p.redirectUri());
            case SANDBOX -> {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                yield new SlackCredentials(p.mode(), "xoxb-sandbox", HexFormat.of().formatHex(secret), p.apiUrl(),
                        "", "", "", "", "");
            }
        };
    }

    public boolean sandbox() {
        return mode == SlackProperties.Mode.SANDBOX;
    }

    public boolean oauth() {
        return mode == SlackProperties.Mode.OAUTH;
    }

    /** Events, commands and actions arrive over a Socket Mode WebSocket rather than at /slack/events. */
    public boolean socketMode() {
        return !appToken.isEmpty();
    }

    /** Where a workspace admin installs Liaison, as the people of a workspace without it are told. */
    public String installUrl() {
        if (!redirectUri.isEmpty()) {
            return URI.create(redirectUri).resolve(SlackConfiguration.INSTALL_PATH).toString();
        }
        return "Liaison's " + SlackConfiguration.INSTALL_PATH + " page";
    }

    @Override
    public String toString() {
        return "SlackCredentials[mode=" + mode + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
    }
}
