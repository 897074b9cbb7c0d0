package dev.liaison.slack;

import java.net.http.HttpResponse;

import com.google.gson.JsonParser;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A sub-command no command knows is named as unknown, escaped, before the usage: the same for every command. */
class UnknownSubCommandE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon");
    }

    @Test
    void clientNamesTheUnknownSubCommandThenTheUsage() {
        String answer = answer("/client", "foo");
        assertThat(answer).startsWith("Unknown sub-command `foo`.").contains("*`/client` commands*", "/client status");
    }

    @Test
    void liaisonAndOooDoTheSame() {
        assertThat(answer("/liaison", "foo")).startsWith("Unknown sub-command `foo`.").contains("*`/liaison` commands*");
        assertThat(answer("/ooo", "foo")).startsWith("Unknown sub-command `foo`. It is not a date I can read either.")
                .contains("*`/ooo` commands*");
    }

    @Test
    void whatWasTypedIsEscapedAndCannotCloseTheCode() {
        // Slack sends the typed text with &, < and > escaped.
        String answer = answer("/client", "&lt;!channel&gt;`x");
        assertThat(answer).startsWith("Unknown sub-command `&lt;!channel&gt;'x`.").doesNotContain("<!channel>");
    }

    private String answer(String command, String text) {
        HttpResponse<String> response = slack().command(team, "UAM1", command, text, SLACK.responseUrl("u"));
        assertThat(response.statusCode()).isEqualTo(200);
        return visible(JsonParser.parseString(response.body()).getAsJsonObject());
    }
}
