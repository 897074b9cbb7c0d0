package dev.liaison.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A lead's one digest also carries their team: clients at risk, open escalations, who is out
 * tomorrow and what nobody covers; a head of accounts' carries the agency's. Still one a day.
 */
class LeadDigestE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;

    String team;
    String lead;
    String am1;
    String am2;
    String loner;
    String sfx;

    @BeforeEach
    void agency() {
        team = newTeam();
        sfx = team.substring(1, 6);
        lead = "ULDG" + sfx;
        am1 = "UAMA" + sfx;
        am2 = "UAMB" + sfx;
        loner = "UAMC" + sfx;
        for (String[] p : new String[][] {{lead, "Leo Lead"}, {am1, "Ana Lima"}, {am2, "Ben Okafor"},
                {loner, "Lone Wolf"}, {"UHEAD1", "Hana Head"}}) {
            SLACK.member(team, p[0], p[1], "Asia/Kolkata"); // 15:30 there: digests are due
            command(team, p[0], "list");
        }
        headSetsTeam(team, lead, am1, am2);
        slack().command(team, "UHEAD1", "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        // a client left alone for a month, then a p1 on it: at risk
        clock.set(MONDAY_10Z.minus(Duration.ofDays(30)));
        command(team, am1, "add \"Sinking Ship " + sfx + "\" cadence 7d");
        clock.set(MONDAY_10Z);
        slack().command(team, am1, "/escalate", "\"Sinking Ship " + sfx + "\" p1 Site down", SLACK.responseUrl("e"));
        command(team, am2, "add \"Steady Co " + sfx + "\"");
        command(team, am2, "log steady co " + sfx + " call Weekly sync");
        slack().command(team, am2, "/ooo", "tomorrow", SLACK.responseUrl("o"));
        command(team, loner, "add \"Own Thing " + sfx + "\"");
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(MONDAY_10Z);
    }

    @Test
    void theLeadsDigestCarriesTheTeam() {
        digests.runDue();
        paceOn();
        await().atMost(Duration.ofSeconds(10)).until(() -> !digestsTo(lead).isEmpty());
        String blocks = shown(digestsTo(lead).get(0));
        assertThat(blocks).contains("At risk on your team* (1)", "Sinking Ship " + sfx,
                "Open escalations on your team* (1)", "p1 — Site down",
                "Out tomorrow on your team* (1)", "<@" + am2 + "> · 1 client",
                "Not covered tomorrow* (1)", "Steady Co " + sfx + "* of <@" + am2 + ">")
                .doesNotContain("Own Thing");
        // an account manager's digest has no team sections
        await().atMost(Duration.ofSeconds(10)).until(() -> !digestsTo(am1).isEmpty());
        assertThat(digestsTo(am1).get(0).params().get("blocks")).doesNotContain("on your team", "in the agency");
        assertThat(digestsTo(loner).get(0).params().get("blocks")).doesNotContain("on your team");
    }

    @Test
    void theHeadsDigestCarriesTheAgencyAndStaysOneADay() {
        digests.runDue();
        paceOn();
        await().atMost(Duration.ofSeconds(10)).until(() -> !digestsTo("UHEAD1").isEmpty());
        String blocks = shown(digestsTo("UHEAD1").get(0));
        assertThat(blocks).contains("At risk in the agency* (1)", "Sinking Ship " + sfx,
                "Open escalations in the agency* (1)", "Out tomorrow in the agency* (1)", "Not covered tomorrow* (1)");
        await().atMost(Duration.ofSeconds(10)).until(() -> !digestsTo(lead).isEmpty());
        assertThat(digests.runDue()).as("a second run the same day queues nothing").isZero();
        assertThat(digestsTo("UHEAD1")).hasSize(1);
        assertThat(digestsTo(lead)).hasSize(1);
    }

    /** The digest's blocks as JSON, with Gson's escapes of &lt; and &gt; read back. */
    private static String shown(FakeSlackWebApi.Call digest) {
        return digest.params().get("blocks").replace("\\u003c", "<").replace("\\u003e", ">");
    }

    /** The p1's DMs went to the same people a moment ago: the queue paces a DM channel to one message a second. */
    private void paceOn() {
        clock.advance(Duration.ofSeconds(5));
    }

    private List<FakeSlackWebApi.Call> digestsTo(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))
                && c.params().getOrDefault("text", "").startsWith("Your Liaison digest")
                && (!userId.equals("UHEAD1") || c.params().getOrDefault("blocks", "").contains(sfx))).toList();
    }
}
