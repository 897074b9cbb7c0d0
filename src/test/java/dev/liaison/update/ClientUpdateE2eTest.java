package dev.liaison.update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /client update end to end, with signed requests and the recording fake Web API: the drafted modal
 * (client-facing only), Post sending exactly the edited text to the linked channel naming the AM, the
 * touch it logs, and a due update in the owner's digest until one is posted.
 */
class ClientUpdateE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    DigestService digests;
    @Autowired
    ApplicationContext context;

    String team;
    String am;
    String channel;

    @BeforeEach
    void aClientWithAYearOfWork() {
        clock.set(MONDAY);
        team = newTeam();
        am = "UUPD" + team.substring(1, 6);
        channel = "CACME" + team.substring(1, 6);
        SLACK.member(team, am, "Ana Lima", "Europe/London").inChannel(channel, am)
                .guest(team, "UGUEST" + team.substring(1, 6), "Gus Guest");
        command(team, am, "add \"Acme Corp\" channel <#" + channel + "|acme-shared> hours 40 renewal +30d");
        command(team, am, "task acme Ship the landing page");
        command(team, am, "task acme Launch the newsletter due 2026-12-10");
        command(team, am, "done " + firstTask());
        command(team, am, "log acme meeting negative 1h Client furious about the invoice, margin is thin");
        command(team, am, "log acme note 9h Internal: consider raising the rate");
        command(team, am, "add \"Globex\"");
        // the AM turns to the update a few minutes later
        clock.advance(Duration.ofMinutes(5));
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void theDraftSaysWhatTheClientMayReadAndNothingInternal() {
        update("update acme");
        String draft = draftIn(openedView());
        assertThat(draft).contains("Hi Acme Corp team, here is where things stand since Sat 24 Oct.",
                "Work completed\n• Ship the landing page (Mon 23 Nov)",
                "Meetings held\n• Mon 23 Nov",
                "What's next\n• Launch the newsletter — by Thu 10 Dec\n• Our next check-in — by Mon 7 Dec",
                "Hours this month\n10 of 40 budgeted hours used.",
                "Renewal\nOur agreement renews on 23 Dec 2026 (in 30 days).");
        // the card's internals never reach the client: no health score, sentiment, notes or touch summaries
        String card = visible(command(team, am, "status acme"));
        String score = card.replaceAll("(?s).*\\*Health\\*\\n\\S+ \\*(\\d+)\\*.*", "$1");
        assertThat(draft).doesNotContainIgnoringCase("health").doesNotContain("furious", "margin", "Internal",
                "raising the rate", "negative", "at risk", "escalat", " " + score + " ");
        assertThat(openedView().toString()).contains("\"callback_id\":\"client_update_view\"", "\"max_length\":3000",
                "\"submit\"");
    }

    @Test
    void postSendsExactlyTheEditedTextToTheLinkedChannelNamingTheAmAndLogsTheTouch() {
        update("update acme");
        String viewId = "VUPD" + team.substring(1, 6);
        String edited = "Hi Acme team <!channel>,\nThe landing page shipped & the newsletter goes out 10 Dec.\n\nAna";
        var posted = slack().viewSubmission(team, am, "client_update_view", clientId(),
                Map.of("update_text", typed(edited)), viewId);
        assertThat(posted.body()).contains("\"response_action\":\"update\"", "on its way");
        // the same modal submitted again posts nothing more
        slack().viewSubmission(team, am, "client_update_view", clientId(), Map.of("update_text", typed(edited)), viewId);
        DeliveredQueue.deliverEverything(context, clock, team);

        List<FakeSlackWebApi.Call> posts = postsTo(channel);
        assertThat(posts).hasSize(1);
        String blocks = posts.get(0).params().get("blocks");
        assertThat(blocks).contains("<@" + am + ">", "Status update for Acme Corp",
                "Hi Acme team &lt;!channel&gt;,\\nThe landing page shipped &amp; the newsletter goes out 10 Dec.\\n\\nAna")
                .doesNotContain("Work completed", "<!channel>");

        String card = visible(command(team, am, "status acme"));
        assertThat(card).contains("slack — Client update posted: Hi Acme team &lt;!channel&gt;,");
        // the next draft starts after this update
        clock.advance(Duration.ofDays(1));
        SLACK.reset();
        update("update acme");
        assertThat(draftIn(openedView())).contains("since Mon 23 Nov.").doesNotContain("Ship the landing page");
    }

    @Test
    void aDueUpdateIsInTheOwnersDigestEveryDayUntilOneIsPosted() {
        command(team, am, "set acme update 2w");
        assertThat(digestOn(MONDAY)).contains("Client updates due* (1)", "Acme Corp", "no update posted yet",
                "client_update", "Draft update");
        assertThat(digestOn(Instant.parse("2026-11-24T10:00:00Z"))).contains("Client updates due* (1)", "Acme Corp");

        clock.set(Instant.parse("2026-11-24T11:00:00Z"));
        slack().viewSubmission(team, am, "client_update_view", clientId(), Map.of("update_text", typed("All good.")));
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(postsTo(channel)).hasSize(1);
        // 14 days from the post, less the seconds delivery took: 13 or 14 whole days, never due now
        assertThat(visible(command(team, am, "status acme"))).containsPattern("every 2 weeks · next due in 1[34] days")
                .doesNotContain(":memo: due now");

        String next = digestOn(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(next).doesNotContain("Client updates due");
    }

    @Test
    void aClientWithoutALinkedChannelGetsNoPostButton() {
        update("update globex");
        JsonObject view = openedView();
        assertThat(visible(view)).contains("*Globex* has no linked channel", "/client set Globex channel #channel");
        assertThat(view.has("submit")).isFalse();
        assertThat(view.toString()).doesNotContain("client_update_view");
    }

    @Test
    void theCardHasAnUpdateButtonThatOpensTheDraft() {
        slack().buttonClick(team, am, "client_update", clientId(), SLACK.responseUrl("u"));
        assertThat(draftIn(openedView())).contains("Ship the landing page");
    }

    @Test
    void guestsAreRefusedAndUnknownClientsAnswered() {
        String guest = "UGUEST" + team.substring(1, 6);
        assertThat(visible(command(team, guest, "update acme"))).contains("only for members").doesNotContain("Acme");
        assertThat(visible(command(team, am, "update nothing like it"))).contains("No client matches");
        assertThat(visible(command(team, am, "update"))).contains("Which client? Try `/client update Acme`.");
        assertThat(SLACK.calls("views.open")).isEmpty();
    }

    /** /client update answers with a modal, not a message: the ack is empty. */
    private void update(String text) {
        assertThat(slack().command(team, am, "/client", text, SLACK.responseUrl("u")).statusCode()).isEqualTo(200);
    }

    private String firstTask() {
        String card = visible(command(team, am, "status acme"));
        return card.replaceAll("(?s).*?`(T-\\d+)` Ship the landing page.*", "$1");
    }

    private String clientId() {
        JsonObject card = command(team, am, "status acme");
        return card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
    }

    private static JsonObject openedView() {
        List<FakeSlackWebApi.Call> opened = SLACK.calls("views.open");
        assertThat(opened).isNotEmpty();
        return JsonParser.parseString(opened.get(opened.size() - 1).params().get("view")).getAsJsonObject();
    }

    private static String draftIn(JsonObject view) {
        return view.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.has("element")).findFirst().orElseThrow()
                .getAsJsonObject("element").get("initial_value").getAsString();
    }

    private String digestOn(Instant at) {
        clock.set(at);
        SLACK.reset();
        digests.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        await().atMost(Duration.ofSeconds(10)).until(() -> !postsTo(am).isEmpty());
        return postsTo(am).get(0).params().get("blocks");
    }

    private static List<FakeSlackWebApi.Call> postsTo(String channelId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channelId.equals(c.params().get("channel"))).toList();
    }
}
