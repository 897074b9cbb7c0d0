package dev.liaison.slack;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.liaison.slack.SlackProperties.Mode.OAUTH;
import static dev.liaison.slack.SlackProperties.Mode.SANDBOX;
import static dev.liaison.slack.SlackProperties.Mode.SINGLE_WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** Which way Liaison runs, from the environment alone (README "Three ways to run"). */
class SlackPropertiesTest {

    private static SlackProperties props(String bot, String secret, String app, String clientId, String clientSecret) {
        return new SlackProperties(bot, secret, "", app, clientId, clientSecret, "", "");
    }

    @Test
    void aBotTokenWithASigningSecretIsOneWorkspaceOverHttp() {
        SlackProperties p = props("xoxb-1", "s3cret", "", "", "");
        assertThat(p.mode()).isEqualTo(SINGLE_WORKSPACE);
        assertThat(p.socketMode()).isFalse();
    }

    @Test
    void aBotTokenWithAnAppTokenIsOneWorkspaceInSocketModeAndNeedsNoSecret() {
        SlackProperties p = props("xoxb-1", "", "xapp-1", "", "");
        assertThat(p.mode()).isEqualTo(SINGLE_WORKSPACE);
        assertThat(p.socketMode()).isTrue();
    }

    @Test
    void aClientIdAndSecretWithTheSigningSecretAndNoBotTokenIsOAuth() {
        assertThat(props("", "s3cret", "", "123.456", "cs").mode()).isEqualTo(OAUTH);
        assertThat(props("", "s3cret", "xapp-1", "123.456", "cs").socketMode()).isTrue();
        // the install paths and HTTP events need the signing secret
        assertThat(props("", "", "", "123.456", "cs").mode()).isEqualTo(SANDBOX);
        // a bot token means one workspace, whatever else is set
        assertThat(props("xoxb-1", "s3cret", "", "123.456", "cs").mode()).isEqualTo(SINGLE_WORKSPACE);
    }

    @Test
    void anythingLessIsTheSandboxAndAnAppTokenAloneChangesNothing() {
        assertThat(props("", "", "", "", "").mode()).isEqualTo(SANDBOX);
        assertThat(props("xoxb-1", "", "", "", "").mode()).isEqualTo(SANDBOX);
        assertThat(props("", "s3cret", "", "", "").mode()).isEqualTo(SANDBOX);
        assertThat(props("", "", "xapp-1", "", "").socketMode()).isFalse();
        assertThat(props(" ", " ", " ", " ", " ").mode()).isEqualTo(SANDBOX);
    }

    @Test
    void aPartialSetIsIncompleteAndNamesWhatIsMissingWhileNoneOrAWholeSetIsNot() {
        assertThat(props("", "", "", "", "").incomplete()).isEmpty();
        assertThat(props(" ", " ", " ", " ", " ").incomplete()).as("blank is unset").isEmpty();
        assertThat(props("xoxb-1", "s3cret", "", "", "").incomplete()).isEmpty();
        assertThat(props("xoxb-1", "", "xapp-1", "", "").incomplete()).isEmpty();
        assertThat(props("", "s3cret", "", "123.456", "cs").incomplete()).isEmpty();
        assertThat(props("xoxb-1", " ", "", "", "").incomplete()).get().asString()
                .contains("SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET");
        assertThat(props("", "", "", "123.456", "").incomplete()).get().asString()
                .endsWith("SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET");
        assertThat(props("", "s3cret", "", "", "").incomplete()).get().asString()
                .startsWith("SLACK_SIGNING_SECRET is set but there is no SLACK_BOT_TOKEN");
        assertThat(props("", "", "xapp-1", "", "").incomplete()).isPresent();
        assertThat(props("xoxp-1", "s3cret", "", "", "").incomplete()).get().asString().contains("xoxb-");
        assertThat(props("xoxb-1", "", "xoxb-2", "", "").incomplete()).get().asString().contains("xapp-");
    }

    @Test
    void noSecretIsEverPrinted() {
        String printed = props("xoxb-secret-1", "signing-secret-2", "xapp-secret-3", "123.456", "client-secret-4")
                .toString();
        assertThat(printed).doesNotContain("xoxb-secret-1", "signing-secret-2", "xapp-secret-3", "client-secret-4")
                .contains("123.456");
    }

    @Test
    void socketModeBackOffDoublesFromASecondToAMinuteWithAtMostAFifthMoreAsJitter() {
        long[] bases = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        for (int failures = 1; failures <= bases.length; failures++) {
            for (int i = 0; i < 50; i++) {
                Duration wait = SocketModeConnection.backoff(failures);
                assertThat(wait.toMillis()).isBetween(bases[failures - 1], bases[failures - 1] * 12 / 10);
            }
        }
        assertThat(SocketModeConnection.backoff(10_000).toMillis()).isBetween(60_000L, 72_000L);
    }
}
