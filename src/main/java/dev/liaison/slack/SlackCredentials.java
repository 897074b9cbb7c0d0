package dev.liaison.slack;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The credentials in force: the operator's, or in sandbox mode a bot token placeholder and a
 * signing secret made fresh for this run, so sandbox traffic is still signed and verified.
 */
public record SlackCredentials(String botToken, String signingSecret, String apiUrl, boolean sandbox) {

    static SlackCredentials from(SlackProperties properties) {
        if (!properties.sandbox()) {
            return new SlackCredentials(properties.botToken(), properties.signingSecret(), properties.apiUrl(), false);
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SlackCredentials("xoxb-sandbox", HexFormat.of().formatHex(secret), properties.apiUrl(), true);
    }

    @Override
    public String toString() {
        return "SlackCredentials[apiUrl=" + apiUrl + ", sandbox=" + sandbox + "]";
    }
}
