package dev.liaison.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A p1 is told to the owner's lead and the heads of accounts the moment it opens, through the
 * delivery queue, once per person; a p2 or p3 reaches them only if it climbs.
 */
class P1OpenedE2eTest extends LiaisonE2eTest {

    @Autowired
    MongoTemplate mongo;

    String team;
    String owner;
    String lead;
    String client;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-27T16:00:00Z"));
        team = newTeam();
        String sfx = team.substring(1, 6);
        owner = "UPOW" + sfx;
        lead = "UPLD" + sfx;
        client = "Globex " + sfx;
        SLACK.member(team, owner, "Olive Owner", "Europe/London").member(team, lead, "Leo Lead", "Europe/London")
                .member(team, "UHEAD1", "Hana Head", "Europe/London");
        headSetsTeam(team, lead, owner);
        slack().command(team, "UHEAD1", "/liaison", "config escalation-channel <#C0ESCAL|escalations>", SLACK.responseUrl("c"));
        command(team, owner, "add \"" + client + "\"");
    }

    @AfterEach
    void restore() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void aP1IsToldToTheLeadAndTheHeadsWhenItOpens() {
        escalate(owner, "\"" + client + "\" p1 Site down & <!channel> checkout broken");
        for (String person : List.of(lead, "UHEAD1")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !p1Dms(person).isEmpty());
            String dm = JsonParser.parseString(p1Dms(person).get(0).params().get("blocks")).getAsJsonArray().get(0)
                    .getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
            assertThat(dm).contains("P1 escalation E-1 opened on *" + client + "* by <@" + owner + ">",
                    "Site down &amp; &lt;!channel&gt; checkout broken", "It is with <@" + owner + ">", "<#C0ESCAL>")
                    .doesNotContain("<!channel>");
        }
        // one per person, keyed per escalation and person, and not to the owner, who holds it
        assertThat(queuedP1Dms()).containsExactlyInAnyOrder(
                "escalation:" + team + ":E-1:p1-opened-" + lead, "escalation:" + team + ":E-1:p1-opened-UHEAD1");
    }

    @Test
    void theLeadWhoRaisesItIsNotToldWhatTheyDid() {
        escalate(lead, "\"" + client + "\" p1 Site down");
        assertThat(queuedP1Dms()).containsExactly("escalation:" + team + ":E-1:p1-opened-UHEAD1");
    }

    @Test
    void aP2IsNotToldBeforeItClimbs() {
        escalate(owner, "\"" + client + "\" p2 Invoices sent twice");
        assertThat(mongo.count(Query.query(Criteria.where("teamId").is(team)), "escalations")).isEqualTo(1);
        assertThat(queuedP1Dms()).isEmpty();
    }

    private void escalate(String who, String text) {
        var response = slack().command(team, who, "/escalate", text, SLACK.responseUrl("e"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString())
                .contains("Opened");
    }

    private List<String> queuedP1Dms() {
        return mongo.find(Query.query(Criteria.where("teamId").is(team).and("_id").regex(":p1-opened-")),
                Document.class, "outbox").stream().map(d -> d.getString("_id")).toList();
    }

    private List<FakeSlackWebApi.Call> p1Dms(String user) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> user.equals(c.params().get("channel"))
                && c.params().getOrDefault("blocks", "").contains(client)
                && c.params().getOrDefault("text", "").startsWith("P1 escalation")).toList();
    }
}
