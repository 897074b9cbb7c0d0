package dev.liaison.client.slack;

import java.time.Duration;

import com.google.gson.JsonObject;
import dev.liaison.support.LiaisonE2eTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /client end to end: signed requests in, ephemeral answers and recorded Web API calls out. */
class ClientCommandsE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon")
                .member(team, "UAM2", "Ben Okafor", "America/New_York")
                .guest(team, "UGUEST", "Gus Guest")
                .outsider("TOTHER", "UOUT", "Olga Outside")
                .inChannel("C0ACME", "UAM1");
    }

    @Test
    void addsAClientWithEveryOptionAndShowsItsCard() {
        JsonObject answer = command(team, "UAM1", "add Acme Corp owner <@UAM2|ben> backup <@UAM1|ana> tier enterprise"
                + " channel <#C0ACME|acme-shared> renewal 2027-01-15 retainer $5,000 hours 40");
        String text = visible(answer);
        assertThat(text).contains("Added *Acme Corp*", "Acme Corp", "<@UAM2>", "backup <@UAM1>", "enterprise",
                "every 7 days", "2027-01-15 (53 days left)", "5,000 / month", "0 / 40 h", "<#C0ACME>");
        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(SLACK.calls("users.info")).extracting(c -> c.params().get("user")).contains("UAM1", "UAM2");
    }

    @Test
    void defaultsOwnerToTheCallerAndCadenceToTheTier() {
        command(team, "UAM1", "add Globex");
        String card = visible(command(team, "UAM1", "status globex"));
        assertThat(card).contains("<@UAM1>", "growth · every 14 days");
        // never touched: due from the day it was added
        assertThat(card).contains("Last touch*\nnever", ":bell: due now");
    }

    @Test
    void logsATouchAndTheCardShowsItWithoutReadingHistory() {
        command(team, "UAM1", "add \"Initech Ltd\" hours 10");
        JsonObject logged = command(team, "UAM1", "log initech ltd call positive 1h30m Kickoff went well");
        assertThat(visible(logged)).contains("Logged a call (positive · 1h 30m) with *Initech Ltd*",
                "Next check-in due in 14 days");
        String card = visible(command(team, "UAM1", "status Initech Ltd"));
        assertThat(card).contains("today (call)", "Kickoff went well", "1h 30m", "1.5 / 10 h (15%)",
                ":large_green_circle: *100* healthy");
    }

    @Test
    void healthFallsWithAnOverdueCheckInAndNamesItsTopDriver() {
        command(team, "UAM1", "add Umbrella cadence 7d");
        command(team, "UAM1", "log umbrella email negative Unhappy with the last report");
        clock.advance(Duration.ofDays(17));
        try {
            String card = visible(command(team, "UAM1", "status umbrella"));
            // 10 days overdue (−20) and one negative touch 17 days ago (−10)
            assertThat(card).contains("*70* watch — check-in 10 days overdue", ":bell: due — 10 days overdue");
        } finally {
            clock.advance(Duration.ofDays(-17));
        }
    }

    @Test
    void matchesNamesLikePeopleTypeThem() {
        command(team, "UAM1", "add Société Générale Conseil");
        command(team, "UAM1", "set Société Générale Conseil alias SGC");
        assertThat(visible(command(team, "UAM1", "status societe generale conseil"))).contains("Société Générale Conseil");
        assertThat(visible(command(team, "UAM1", "status sgc"))).contains("Société Générale Conseil");
        assertThat(visible(command(team, "UAM1", "status soc"))).contains("Société Générale Conseil");
        assertThat(visible(command(team, "UAM1", "status Sociate Generale Conseil"))).contains("Société Générale Conseil");
        assertThat(visible(command(team, "UAM1", "status zzzz"))).contains("No client matches “zzzz”");
    }

    @Test
    void suggestsUpToThreeClientsOnAMiss() {
        for (String name : new String[] {"Alpha One", "Alpha Two", "Alpha Three", "Alpha Four"}) {
            command(team, "UAM1", "add " + name);
        }
        String answer = visible(command(team, "UAM1", "status alpha"));
        assertThat(answer).contains("matches more than one client");
        assertThat(answer.split("\\*Alpha").length - 1).isEqualTo(3);
    }

    @Test
    void tasksAreNumberedPerWorkspaceAndShowOnTheCard() {
        command(team, "UAM1", "add Hooli");
        JsonObject added = command(team, "UAM1", "task hooli Send the proposal <@UAM2|ben> due 2026-11-20");
        assertThat(visible(added)).contains("Added `T-1` Send the proposal for *Hooli*, assigned to <@UAM2>, due 2026-11-20");
        command(team, "UAM1", "task hooli Book the QBR");
        String card = visible(command(team, "UAM1", "status hooli"));
        assertThat(card).contains("*Open tasks* (2)", "`T-1` Send the proposal — <@UAM2> · :warning: overdue",
                "`T-2` Book the QBR — <@UAM1>");
        assertThat(visible(command(team, "UAM1", "done T-1"))).contains("Done: `T-1` Send the proposal");
        assertThat(visible(command(team, "UAM1", "done t-1"))).contains("`T-1` was already done");
        assertThat(visible(command(team, "UAM1", "status hooli"))).contains("*Open tasks* (1)").doesNotContain("T-1`");
        // another workspace starts at T-1 and cannot close ours
        String other = newTeam();
        SLACK.member(other, "UX1", "Xavier", "UTC");
        assertThat(visible(command(other, "UX1", "done T-2"))).contains("There is no task T-2");
    }

    @Test
    void listsPortfoliosMineAllAndSomeoneElses() {
        command(team, "UAM1", "add Stark Industries");
        command(team, "UAM1", "add Wayne Enterprises owner <@UAM2>");
        assertThat(visible(command(team, "UAM1", "list"))).contains("Your clients (1)", "Stark Industries")
                .doesNotContain("Wayne");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (2)", "Stark", "Wayne");
        assertThat(visible(command(team, "UAM1", "list <@UAM2|ben>"))).contains("Clients of Ben Okafor (1)", "Wayne");
    }

    @Test
    void neverShowsOneWorkspacesClientsToAnother() {
        command(team, "UAM1", "add Cyberdyne");
        String other = newTeam();
        SLACK.member(other, "UAM1", "Ana Lima", "Europe/Lisbon");
        assertThat(visible(command(other, "UAM1", "status cyberdyne"))).contains("No client matches");
        assertThat(visible(command(other, "UAM1", "list all"))).contains("All clients (0)");
        // the same name is free in the other workspace
        assertThat(visible(command(other, "UAM1", "add Cyberdyne"))).contains("Added *Cyberdyne*");
    }

    @Test
    void escapesWhatPeopleTypedSoNothingPings() {
        command(team, "UAM1", "add \"<!channel> & Co\"");
        command(team, "UAM1", "log \"<!channel> & Co\" note ping <!here> and <@UAM2> please");
        String card = visible(command(team, "UAM1", "status \"<!channel> & Co\""));
        assertThat(card).contains("&lt;!channel&gt; &amp; Co", "ping &lt;!here&gt; and &lt;@UAM2&gt; please")
                .doesNotContain("<!channel>", "<!here>");
    }

    @Test
    void readsTextTheWaySlackEscapesIt() {
        // Slack sends "&", "<" and ">" typed by people as entities
        assertThat(visible(command(team, "UAM1", "add Smith &amp; Co"))).contains("Added *Smith &amp; Co*");
        assertThat(visible(command(team, "UAM1", "status smith & co"))).contains("Smith &amp; Co");
        command(team, "UAM1", "log smith &amp; co note margin &lt; 5% &amp; &lt;!channel&gt; fine");
        assertThat(visible(command(team, "UAM1", "status Smith &amp; Co")))
                .contains("margin &lt; 5% &amp; &lt;!channel&gt; fine").doesNotContain("<!channel>", "&amp;lt;");
    }

    @Test
    void refusesGuestsAndPeopleFromOtherOrganisations() {
        assertThat(visible(command(team, "UGUEST", "list"))).contains("guest accounts can't use it");
        assertThat(visible(command(team, "UOUT", "list"))).contains("only for members of this workspace");
        assertThat(visible(command(team, "UNOBODY", "list"))).contains("only for members of this workspace");
        command(team, "UAM1", "add Tyrell");
        assertThat(visible(command(team, "UAM1", "set tyrell owner <@UGUEST|gus>"))).contains("guest");
    }

    @Test
    void answersHelpAndUnknownSubcommandsWithUsage() {
        assertThat(visible(command(team, "UAM1", ""))).contains("/client status &lt;client&gt;");
        assertThat(visible(command(team, "UAM1", "help"))).contains("/client log &lt;client&gt;");
        assertThat(visible(command(team, "UAM1", "frobnicate"))).contains("Unknown sub-command `frobnicate`", "/client list");
    }

    @Test
    void badInputGetsAClearAnswerAndStoresNothing() {
        command(team, "UAM1", "add Oscorp");
        assertThat(visible(command(team, "UAM1", "set oscorp renewal 2026-02-30"))).contains("2026-02-30");
        assertThat(visible(command(team, "UAM1", "set oscorp tier platinum"))).contains("enterprise, growth or standard");
        assertThat(visible(command(team, "UAM1", "set oscorp cadence often"))).contains("number of days");
        assertThat(visible(command(team, "UAM1", "log oscorp call"))).contains("Add a few words");
        assertThat(visible(command(team, "UAM1", "add Oscorp"))).contains("already a client called Oscorp");
        assertThat(visible(command(team, "UAM1", "add \"\u0000\u0001\""))).contains("control characters");
        assertThat(visible(command(team, "UAM1", "status oscorp"))).contains("Renewal*\n—", "growth");
    }

    @Test
    void sharesTheCardInTheChannelThroughTheResponseUrl() {
        command(team, "UAM1", "add Soylent");
        String clientId = idOfFirstButton(command(team, "UAM1", "status soylent"));
        SLACK.reset();
        var response = slack().buttonClick(team, "UAM1", "client_share", clientId, SLACK.responseUrl("share"));
        assertThat(response.statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> !SLACK.calls("response_url").isEmpty());
        JsonObject posted = SLACK.calls("response_url").get(0).json();
        assertThat(posted.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(posted.toString()).contains("Soylent", "shared by <@UAM1>");
    }

    private static String idOfFirstButton(JsonObject answer) {
        for (var block : answer.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.get("type").getAsString().equals("actions")) {
                return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
            }
        }
        throw new AssertionError("no buttons in " + answer);
    }
}
