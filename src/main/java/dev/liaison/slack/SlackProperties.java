package dev.liaison.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slack credentials and the Web API address (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL).
 * Without a token and a signing secret Liaison runs in sandbox mode.
 */
@ConfigurationProperties("slack")
public record SlackProperties(
        @DefaultValue("") String botToken,
        @DefaultValue("") String signingSecret,
        @DefaultValue("https://slack.com/api/") String apiUrl) {

    public SlackProperties {
        botToken = botToken == null ? "" : botToken.strip();
        signingSecret = signingSecret == null ? "" : signingSecret.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : apiUrl.strip();
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    public boolean sandbox() {
        return botToken.isEmpty() || signingSecret.isEmpty();
    }

    /** Never print the secrets, whoever logs this record. */
    @Override
    public String toString() {
        return "SlackProperties[botToken=" + (botToken.isEmpty() ? "unset" : "set")
                + ", signingSecret=" + (signingSecret.isEmpty() ? "unset" : "set") + ", apiUrl=" + apiUrl + "]";
    }
}
