package dev.liaison.client.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.liaison.support.SignedSlack.conversation;
import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Add and edit forms, App Home, "Log to client", linked-channel touches, and the once-only rules
 * (replayed events, double clicks, double submissions), through signed requests and the fake Web API.
 */
class ClientSurfacesE2eTest extends LiaisonE2eTest {

    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    String team;

    @BeforeEach
    void aWorkspace() {
        clock.set(START);
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "UTC")
                .guest(team, "UGUEST", "Gus Guest");
        SLACK.inChannel("C0VANDEL1", "UAM1").inChannel("C0KRAMER1", "UAM1");
        SLACK.reset();
    }

    @AfterEach
    void putTheClockBack() {
        // the clock is shared by every e2e test of this context
        clock.set(START);
    }

    private String clientId(String name) {
        JsonObject card = command(team, "UAM1", "status " + name);
        return card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
    }

    private static JsonObject openedView(int index) {
        return JsonParser.parseString(SLACK.calls("views.open").get(index).params().get("view")).getAsJsonObject();
    }

    private static List<LayoutBlock> blocksOf(JsonObject view) {
        return List.of(GsonFactory.createSnakeCase().fromJson(view.getAsJsonArray("blocks"), LayoutBlock[].class));
    }

    private JsonObject event(String type, String eventId, JsonObject inner, Integer retry) {
        var response = slack().event(team, eventId, inner, retry);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return inner;
    }

    private JsonObject homeOpened(String userId) {
        JsonObject inner = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        inner.addProperty("user", userId);
        return inner;
    }

    private JsonObject channelMessage(String channel, String userId, String senderTeam, String text) {
        JsonObject inner = Fixtures.json("slack/message_channels_bolt_java_real.json").getAsJsonObject()
                .getAsJsonObject("event").deepCopy();
        inner.addProperty("channel", channel);
        inner.addProperty("user", userId);
        inner.addProperty("team", senderTeam);
        inner.addProperty("text", text);
        String ts = clock.instant().getEpochSecond() + ".000100";
        inner.addProperty("ts", ts);
        inner.addProperty("event_ts", ts);
        return inner;
    }

    // (a) add and edit forms

    @Test
    void clientAddAloneOpensTheAddFormAndItsSubmissionAddsTheClient() {
        var response = slack().command(team, "UAM1", "/client", "add", SLACK.responseUrl("x"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        JsonObject view = openedView(0);
        assertThat(view.get("callback_id").getAsString()).isEqualTo("client_add_view");
        assertThat(view.toString()).contains("\"initial_user\":\"UAM1\"");
        assertThat(BlockKitLimits.violations(blocksOf(view), BlockKit.VIEW_BLOCKS)).isEmpty();

        var added = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("Kramerica Industries"), "owner", user("UAM2"), "backup", user("UAM1"),
                "tier", selected("enterprise"), "channel", conversation("C0KRAMER1"), "renewal", date("2027-03-01"),
                "retainer", typed("$5,000"), "hours", typed("40")));
        assertThat(added.body()).contains("\"response_action\":\"update\"");
        assertThat(visible(JsonParser.parseString(added.body()).getAsJsonObject().getAsJsonObject("view")))
                .contains("Added *Kramerica Industries*",
                "owned by <@UAM2>", "enterprise tier with a check-in every 7 days");
        assertThat(visible(command(team, "UAM1", "status kramerica")))
                .contains("<@UAM2>", "backup <@UAM1>", "enterprise · every 7 days", "2027-03-01", "5,000 / month",
                        "0 / 40 h", "<#C0KRAMER1>");
    }

    @Test
    void anAddFormWithProblemsAnswersEachUnderItsFieldAndAddsNothing() {
        command(team, "UAM1", "add Vandelay Industries");
        var response = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("vandelay industries"), "owner", user("UGUEST"), "tier", selected("growth"),
                "cadence", typed("0d"), "retainer", typed("lots"), "hours", typed("many")));
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("owner", "cadence", "retainer", "hours");
        assertThat(body.getAsJsonObject("errors").get("owner").getAsString()).contains("guest");

        // fixed, except the name, which is taken: the error moves to the name
        var second = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("vandelay industries"), "owner", user("UAM1"), "tier", selected("growth"),
                "cadence", typed("10")));
        JsonObject errors = JsonParser.parseString(second.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.keySet()).containsExactly("name");
        assertThat(errors.get("name").getAsString()).contains("already a client");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (1)");
    }

    @Test
    void theCardsEditButtonOpensTheFilledFormAndSavingChangesOnlyWhatChanged() {
        command(team, "UAM1", "add Vandelay Industries tier standard renewal 2027-01-31");
        String id = clientId("vandelay");
        SLACK.reset();
        slack().buttonClick(team, "UAM1", "client_edit", id, SLACK.responseUrl("x"));
        JsonObject view = openedView(0);
        assertThat(view.get("callback_id").getAsString()).isEqualTo("client_edit_view");
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(id);
        assertThat(view.toString()).contains("\"initial_value\":\"Vandelay Industries\"", "\"initial_date\":\"2027-01-31\"",
                "\"initial_user\":\"UAM1\"");

        var saved = slack().viewSubmission(team, "UAM1", "client_edit_view", id, Map.of(
                "name", typed("Vandelay Industries"), "owner", user("UAM2"), "tier", selected("standard"),
                "renewal", date("2027-01-31"), "status", selected("paused"), "cadence", typed("2w")));
        assertThat(saved.body()).contains("Changed cadence, status, owner.");
        assertThat(visible(command(team, "UAM1", "status vandelay")))
                .contains("<@UAM2>", "standard · every 14 days", "paused");

        var bad = slack().viewSubmission(team, "UAM1", "client_edit_view", id, Map.of(
                "name", typed(" "), "owner", user("UAM2"), "backup", user("UAM2"), "tier", selected("standard")));
        assertThat(JsonParser.parseString(bad.body()).getAsJsonObject().getAsJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("name", "backup");
    }

    // (b) App Home

    @Test
    void openingHomePublishesMyClientsMostUrgentFirstWithQuickActionsAndMyTasks() {
        command(team, "UAM1", "add Alpha tier enterprise");
        command(team, "UAM1", "add Beta");
        command(team, "UAM1", "task beta Send the proposal due 2026-11-20");
        clock.advance(Duration.ofDays(10)); // both are due now
        command(team, "UAM1", "log beta call Went fine"); // Beta no longer is
        SLACK.reset();
        event("app_home_opened", "EvHOME1" + team, homeOpened("UAM1"), null);
        var published = SLACK.calls("views.publish");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).params().get("user_id")).isEqualTo("UAM1");
        JsonObject view = JsonParser.parseString(published.get(0).params().get("view")).getAsJsonObject();
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        String text = view.toString();
        assertThat(text).contains("Your clients (2)", "Your open tasks (1)", "Send the proposal", "overdue",
                "home_client_menu", "client_add");
        assertThat(text.indexOf("*Alpha*")).as(text).isLessThan(text.indexOf("*Beta*"));
        assertThat(BlockKitLimits.violations(blocksOf(view), BlockKit.VIEW_BLOCKS)).isEmpty();

        // its menu opens the client's modals
        String alpha = clientId("alpha");
        SLACK.reset();
        slack().overflowChoice(team, "UAM1", "home_client_menu", "edit:" + alpha);
        assertThat(openedView(0).get("callback_id").getAsString()).isEqualTo("client_edit_view");
    }

    @Test
    void aChangeRepublishesTheHomeOfThoseWhoOpenedIt() {
        command(team, "UAM1", "add Gamma");
        event("app_home_opened", "EvHOME2" + team, homeOpened("UAM2"), null);
        event("app_home_opened", "EvHOME3" + team, homeOpened("UAM1"), null);
        SLACK.reset();
        command(team, "UAM1", "task gamma Call back @UAM2".replace("@UAM2", "<@UAM2|ben>"));
        await().atMost(Duration.ofSeconds(5)).until(() -> SLACK.calls("views.publish").size() >= 2);
        assertThat(SLACK.calls("views.publish").stream().map(c -> c.params().get("user_id")))
                .containsExactlyInAnyOrder("UAM1", "UAM2");
        assertThat(SLACK.calls("views.publish").stream()
                .filter(c -> c.params().get("user_id").equals("UAM2")).findFirst().orElseThrow().params().get("view"))
                .contains("Call back");
    }

    @Test
    void aHomeOfTwoHundredClientsStaysWithinLimits() {
        for (int i = 0; i < 200; i++) {
            command(team, "UAM1", "add \"Client " + i + " <!channel>\"");
        }
        SLACK.reset();
        event("app_home_opened", "EvHOME4" + team, homeOpened("UAM1"), null);
        JsonObject view = JsonParser.parseString(SLACK.calls("views.publish").get(0).params().get("view"))
                .getAsJsonObject();
        assertThat(BlockKitLimits.violations(blocksOf(view), BlockKit.VIEW_BLOCKS)).isEmpty();
        assertThat(view.toString()).contains("Your clients (200)", "more clients").doesNotContain("<!channel>");
    }

    // (c) Log to client

    @Test
    void logToClientOpensTheLogFormWithTheMessageItsLinkAndTheLinkedClient() {
        command(team, "UAM1", "add Vandelay Industries channel <#C0VANDEL1|vandelay>");
        SLACK.reset();
        var response = slack().messageShortcut(team, "UAM1", "log_to_client", "C0VANDEL1", "1764000000.000200",
                "Art says the latex shipment is <!here> late", SLACK.responseUrl("s"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SLACK.calls("chat.getPermalink")).hasSize(1);
        JsonObject view = openedView(0);
        assertThat(view.get("callback_id").getAsString()).isEqualTo("client_log_message_view");
        assertThat(view.toString()).contains("\"initial_value\":\"Vandelay Industries\"",
                "https://agency.slack.com/archives/C0VANDEL1/p1764000000000200", "latex shipment");

        var bad = slack().viewSubmission(team, "UAM1", "client_log_message_view", "", Map.of(
                "client", typed("Nobody Inc"), "type", selected("note"), "sentiment", selected("neutral"),
                "date", date("2026-11-23"), "summary", typed("x")));
        assertThat(JsonParser.parseString(bad.body()).getAsJsonObject().getAsJsonObject("errors").keySet())
                .containsExactly("client");
        var ok = slack().viewSubmission(team, "UAM1", "client_log_message_view", "", Map.of(
                "client", typed("vandelay"), "type", selected("email"), "sentiment", selected("negative"),
                "date", date("2026-11-23"), "summary", typed("Shipment late https://agency.slack.com/archives/x")));
        assertThat(ok.body()).contains("Logged a email");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("Shipment late");
    }

    @Test
    void logToClientInAnUnlinkedChannelLeavesTheClientToChoose() {
        command(team, "UAM1", "add Vandelay Industries");
        SLACK.reset();
        slack().messageShortcut(team, "UAM1", "log_to_client", "C0RANDOM1", "1764000000.000300", "hi",
                SLACK.responseUrl("s"));
        assertThat(openedView(0).toString()).doesNotContain("\"initial_value\":\"Vandelay");
    }

    // (d) linked channels

    @Test
    void messagesInALinkedChannelAreTouchesAtMostOncePerPersonPerHour() {
        command(team, "UAM1", "add Vandelay Industries");
        command(team, "UAM1", "set vandelay channel <#C0VANDEL1|vandelay>");
        SLACK.outsider("TCLIENT01", "UCLIENT1", "Art Vandelay");
        event("message", "EvM1" + team, channelMessage("C0VANDEL1", "UCLIENT1", "TCLIENT01", "Any news on the latex?"), null);
        event("message", "EvM2" + team, channelMessage("C0VANDEL1", "UCLIENT1", "TCLIENT01", "Hello??"), null);
        event("message", "EvM3" + team, channelMessage("C0VANDEL1", "UAM1", team, "On it <!channel>"), null);
        String card = visible(command(team, "UAM1", "status vandelay"));
        assertThat(card).contains("Message from the client: Any news on the latex?",
                "Message to the client: On it &lt;!channel&gt;").doesNotContain("Hello??");

        clock.advance(Duration.ofMinutes(61));
        event("message", "EvM4" + team, channelMessage("C0VANDEL1", "UCLIENT1", "TCLIENT01", "Thanks!"), null);
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("Thanks!");
    }

    @Test
    void editsBotMessagesThreadBroadcastsAndUnlinkedChannelsAreIgnored() {
        command(team, "UAM1", "add Vandelay Industries channel <#C0VANDEL1|vandelay>");
        JsonObject edited = channelMessage("C0VANDEL1", "UAM1", team, "edited");
        edited.addProperty("subtype", "message_changed");
        JsonObject bot = channelMessage("C0VANDEL1", "UAM1", team, "from a bot");
        bot.addProperty("bot_id", "B0SOMEBOT");
        JsonObject broadcast = Fixtures.json("slack/thread_broadcast_event_callback.json").getAsJsonObject()
                .getAsJsonObject("event").deepCopy();
        broadcast.addProperty("channel", "C0VANDEL1");
        broadcast.addProperty("user", "UAM1");
        event("message", "EvI1" + team, edited, null);
        event("message", "EvI2" + team, bot, null);
        event("message", "EvI3" + team, broadcast, null);
        event("message", "EvI4" + team, channelMessage("C0ELSEWHR", "UAM1", team, "elsewhere"), null);
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("No touches logged yet");
    }

    // (e) once only

    @Test
    void aReplayedEventIsAcknowledgedAndDoesTheWorkOnce() {
        command(team, "UAM1", "add Vandelay Industries channel <#C0VANDEL1|vandelay>");
        SLACK.outsider("TCLIENT02", "UCLIENT2", "Art Vandelay");
        JsonObject message = channelMessage("C0VANDEL1", "UCLIENT2", "TCLIENT02", "Replayed hello");
        event("message", "EvR1" + team, message, null);
        clock.advance(Duration.ofHours(2)); // past the hourly limit: only the event id stops the replay
        event("message", "EvR1" + team, message, 1);
        event("message", "EvR1" + team, message, 2);
        String card = visible(command(team, "UAM1", "status vandelay"));
        assertThat(card.split("Replayed hello", -1)).hasSize(2);
    }

    @Test
    void aDoubleClickSharesOnceAndADoubleSubmissionLogsOnce() {
        command(team, "UAM1", "add Vandelay Industries");
        String id = clientId("vandelay");
        SLACK.reset();
        slack().buttonClick(team, "UAM1", "client_share", id, SLACK.responseUrl("share"));
        slack().buttonClick(team, "UAM1", "client_share", id, SLACK.responseUrl("share"));
        assertThat(SLACK.calls("response_url")).hasSize(1);
        clock.advance(Duration.ofSeconds(3));
        slack().buttonClick(team, "UAM1", "client_share", id, SLACK.responseUrl("share"));
        assertThat(SLACK.calls("response_url")).hasSize(2);

        Map<String, JsonObject> values = Map.of("type", selected("call"), "sentiment", selected("neutral"),
                "date", date("2026-11-23"), "summary", typed("Double submitted"));
        slack().viewSubmission(team, "UAM1", "client_log_view", id, values, "VDOUBLE1");
        var again = slack().viewSubmission(team, "UAM1", "client_log_view", id, values, "VDOUBLE1");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(visible(command(team, "UAM1", "status vandelay")).split("Double submitted", -1)).hasSize(2);
    }
}
