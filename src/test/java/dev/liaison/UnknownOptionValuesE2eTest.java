package dev.liaison;

import java.net.http.HttpResponse;

import com.google.gson.JsonParser;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An option value a command does not know (a severity, a list scope, a second person) is refused with
 * the command's usage before anything is written, instead of being read as something else.
 */
class UnknownOptionValuesE2eTest extends LiaisonE2eTest {

    @Autowired
    AbsenceService absences;

    String team;
    String owner;
    String lead;
    String other;

    @BeforeEach
    void agency() {
        team = newTeam();
        String sfx = team.substring(1, 6);
        owner = "UOWN" + sfx;
        other = "UOTH" + sfx;
        lead = "ULED" + sfx;
        SLACK.member(team, owner, "Olive Owner", "Europe/London").member(team, lead, "Leo Lead", "Europe/London")
                .member(team, other, "Otto Other", "Europe/London").member(team, "UHEAD1", "Hana Head", "Europe/London");
        headSetsTeam(team, lead, owner, other);
        slack().command(team, "UHEAD1", "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        command(team, owner, "add Acme");
    }

    @Test
    void anUnknownSeverityOpensNoEscalation() {
        String answer = answer(slack().command(team, owner, "/escalate", "acme p9 test", SLACK.responseUrl("e")));
        assertThat(answer).contains("`p9` is not a severity: use p1, p2 or p3", "Use `/escalate &lt;client&gt; [p1|p2|p3] &lt;summary&gt;`");
        assertThat(answer(slack().command(team, owner, "/escalate", "acme sev1 Site down", SLACK.responseUrl("e"))))
                .contains("`sev1` is not a severity");
        assertThat(visible(command(team, owner, "status acme"))).doesNotContain("Open escalations", "escalation");

        assertThat(answer(slack().command(team, owner, "/escalate", "acme p1 Site down", SLACK.responseUrl("e"))))
                .as("a known severity still opens one").contains("Opened P1 escalation E-1");
    }

    @Test
    void anUnknownListScopeIsRefusedWithTheUsage() {
        assertThat(visible(command(team, owner, "list mine please"))).contains("`/client list` takes one of",
                "`please`", "Usage: `/client list [mine|all|@user]`");
        assertThat(visible(command(team, owner, "list everyone"))).contains("`/client list` takes", "Usage: `/client list [mine|all|@user]`");
    }

    @Test
    void aSecondPersonInOooIsRefusedAndNobodyIsMarkedOut() {
        String answer = answer(slack().command(team, lead, "/ooo", "tomorrow <@" + owner + "> <@" + other + ">",
                SLACK.responseUrl("o")));
        assertThat(answer).contains("one person at a time", "`/ooo until friday @sam`");
        assertThat(absences.of(team, owner)).isEmpty();
        assertThat(absences.of(team, other)).isEmpty();
    }

    private static String answer(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return visible(JsonParser.parseString(response.body()).getAsJsonObject());
    }
}
