package dev.liaison.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.liaison.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of payload the sandbox's stand-in sends Liaison, built the way the stand-in builds it
 * (from what its workspace stores, including messages Liaison has edited), has the shapes of Slack's
 * recorded payloads (a field both carry has the same JSON kind, all the way down) and is parsed by
 * Bolt's own request parser into the request type Liaison's listeners get.
 */
class StandInPayloadShapesTest {

    static final SlackPayloads.Actor ACTOR = new SlackPayloads.Actor(DemoAgency.TEAM, DemoAgency.DOMAIN, "UDEMOAM001", "ana.lima");

    final SandboxWorkspace workspace = new SandboxWorkspace();
    final SlackRequestParser bolt = new SlackRequestParser(AppConfig.builder().signingSecret("s").singleTeamBotToken("xoxb-x").build());

    @Test
    void aButtonOnAMessageLiaisonHasEditedIsAPayloadSlackWouldSend() {
        JsonObject posted = workspace.post("UDEMOAM001", SandboxWorkspace.BOT_USER, "Escalation", buttons(), null);
        String channel = posted.get("channel").getAsString();
        String ts = posted.get("ts").getAsString();
        workspace.update(channel, ts, "Escalation (acknowledged)", buttons());
        JsonObject edited = workspace.message(channel, ts).orElseThrow();

        assertThat(edited.get("edited").isJsonObject()).as("Slack sends edited as {user, ts}, not a flag").isTrue();
        assertThat(edited.getAsJsonObject("edited").get("user").getAsString()).isEqualTo(SandboxWorkspace.BOT_USER);
        assertThat(edited.getAsJsonObject("edited").get("ts").getAsString()).matches("\\d+\\.\\d{6}");

        JsonObject payload = SlackPayloads.blockActions(ACTOR, "1.2.abc", SlackPayloads.messageContainer(channel, ts, false),
                SlackPayloads.channel(channel, "directmessage"), edited, null, "http://localhost/sandbox/hooks/x", click());
        assertSameShape(payload, Fixtures.json("slack/docs_message_button_click.json"), "block_actions");
        assertSameShape(payload, Fixtures.json("slack/with_state_values.json"), "block_actions");

        BlockActionRequest parsed = parse(SlackPayloads.asForm(payload), BlockActionRequest.class);
        assertThat(parsed.getPayload().getMessage().getEdited().getUser()).isEqualTo(SandboxWorkspace.BOT_USER);
        assertThat(parsed.getPayload().getActions().get(0).getActionId()).isEqualTo("escalation_ack");
    }

    @Test
    void aMessageEditedInAnEarlierRunIsReadBackInSlacksShape() {
        JsonObject snapshot = JsonParser.parseString("""
                {"channels":[{"id":"DDEMOAM001","name":"dm-UDEMOAM001","dm_user":"UDEMOAM001","messages":[
                  {"type":"message","ts":"1700000000.000001","channel":"DDEMOAM001","user":"UDEMOBOT01","text":"x",
                   "blocks":[],"edited":true}]}],"homes":{}}""").getAsJsonObject();
        workspace.restore(snapshot);
        JsonObject message = workspace.message("DDEMOAM001", "1700000000.000001").orElseThrow();
        JsonObject payload = SlackPayloads.blockActions(ACTOR, "1.2.abc", SlackPayloads.messageContainer("DDEMOAM001",
                "1700000000.000001", false), SlackPayloads.channel("DDEMOAM001", ""), message, null, "http://h/x", click());
        assertThat(parse(SlackPayloads.asForm(payload), BlockActionRequest.class).getPayload().getMessage().getEdited())
                .isNotNull();
    }

    @Test
    void anEphemeralAnswersButtonIsAPayloadSlackWouldSend() {
        JsonObject answer = workspace.answer("UDEMOAM001", SandboxWorkspace.GENERAL, "card", buttons(), "/client status acme");
        JsonObject payload = SlackPayloads.blockActions(ACTOR, "1.2.abc",
                SlackPayloads.messageContainer(SandboxWorkspace.GENERAL, answer.get("ts").getAsString(), true),
                SlackPayloads.channel(SandboxWorkspace.GENERAL, "demo-general"), null, null, "http://h/x", click());
        assertSameShape(payload, Fixtures.json("slack/bolt_python_ephemeral_button.json"), "block_actions");
        parse(SlackPayloads.asForm(payload), BlockActionRequest.class);
    }

    @Test
    void appHomeAndModalButtonsArePayloadsSlackWouldSend() {
        workspace.addMember(member());
        workspace.publishHome("UDEMOAM001", view("home"));
        JsonObject home = workspace.home("UDEMOAM001").orElseThrow();
        JsonObject payload = SlackPayloads.blockActions(ACTOR, "1.2.abc", SlackPayloads.viewContainer(home.get("id").getAsString()),
                null, null, home, null, click());
        assertSameShape(payload, Fixtures.json("slack/bolt_java_real_home_tab_button.json"), "block_actions");
        parse(SlackPayloads.asForm(payload), BlockActionRequest.class);

        String trigger = workspace.newTrigger("UDEMOAM001");
        JsonObject modal = workspace.openModal(trigger, view("modal")).orElseThrow();
        JsonObject inModal = SlackPayloads.blockActions(ACTOR, "1.2.abc", SlackPayloads.viewContainer(modal.get("id").getAsString()),
                null, null, modal, null, click());
        assertSameShape(inModal, Fixtures.json("slack/bolt_java_real_home_tab_button.json"), "block_actions");
        parse(SlackPayloads.asForm(inModal), BlockActionRequest.class);

        JsonObject values = JsonParser.parseString("""
                {"summary":{"summary":{"type":"plain_text_input","value":"Renewal call"}},
                 "when":{"when":{"type":"datepicker","selected_date":"2026-12-03"}}}""").getAsJsonObject();
        JsonObject submission = SlackPayloads.viewSubmission(ACTOR, "1.2.abc", modal, values);
        assertSameShape(submission, Fixtures.json("slack/bolt_java_real_request_modal.json"), "view_submission");
        assertSameShape(submission, Fixtures.json("slack/modal_inputs_datepicker_select_text.json"), "view_submission");
        parse(SlackPayloads.asForm(submission), ViewSubmissionRequest.class);
    }

    @Test
    void aSlashCommandAShortcutAndEventsArePayloadsSlackWouldSend() {
        String form = SlackPayloads.slashCommand(ACTOR, SandboxWorkspace.GENERAL, "demo-general", "/client", "status acme",
                "http://h/x", "1.2.abc");
        assertThat(formKeys(form)).containsAll(formKeys(Fixtures.text("slack/slash_command.form.txt").strip())
                .stream().filter(k -> !k.startsWith("enterprise")).toList());
        assertThat(parse(form, SlashCommandRequest.class).getPayload().getText()).isEqualTo("status acme");

        JsonObject message = workspace.post(SandboxWorkspace.GENERAL, "UDEMOAM002", "Call went well", null, null);
        JsonObject shortcut = SlackPayloads.messageAction(ACTOR, "log_to_client", "1.2.abc", SandboxWorkspace.GENERAL,
                "demo-general", message, "http://h/x");
        assertSameShape(shortcut, Fixtures.json("slack/message_action_docs.json"), "message_action");
        parse(SlackPayloads.asForm(shortcut), MessageShortcutRequest.class);

        workspace.addMember(member());
        workspace.publishHome("UDEMOAM001", view("home"));
        JsonObject opened = SlackPayloads.eventCallback(DemoAgency.TEAM, "Ev123", 1_700_000_000L,
                SlackPayloads.appHomeOpened("UDEMOAM001", "DDEMOAM001", "1700000000.000100",
                        workspace.home("UDEMOAM001").orElseThrow()));
        assertSameShape(opened, Fixtures.json("slack/app_home_opened_event_callback_with_view.json"), "app_home_opened");
        parseJson(opened.toString(), EventRequest.class);

        JsonObject said = SlackPayloads.eventCallback(DemoAgency.TEAM, "Ev124", 1_700_000_000L,
                SlackPayloads.messageEvent(DemoAgency.TEAM, "UDEMOAM002", SandboxWorkspace.GENERAL, "hello",
                        "1700000000.000200", "1700000000.000100"));
        assertSameShape(said, Fixtures.json("slack/message_channels_bolt_java_real.json"), "message event");
        parseJson(said.toString(), EventRequest.class);
    }

    // ---- helpers

    /** Every field present in both has the same JSON kind (object, array, string, number, boolean), recursively. */
    static void assertSameShape(JsonElement ours, JsonElement slacks, String path) {
        if (ours == null || slacks == null || ours.isJsonNull() || slacks.isJsonNull()) {
            return;
        }
        assertThat(kind(ours)).as("%s: Slack sends a %s", path, kind(slacks)).isEqualTo(kind(slacks));
        if (ours.isJsonObject()) {
            for (Entry<String, JsonElement> field : ours.getAsJsonObject().entrySet()) {
                assertSameShape(field.getValue(), slacks.getAsJsonObject().get(field.getKey()), path + "." + field.getKey());
            }
        } else if (ours.isJsonArray() && !slacks.getAsJsonArray().isEmpty()) {
            JsonArray theirs = slacks.getAsJsonArray();
            for (JsonElement element : ours.getAsJsonArray()) {
                // arrays of blocks mix types: compare with Slack's element of the same "type" when there is one
                JsonElement match = theirs.get(0);
                if (element.isJsonObject() && element.getAsJsonObject().has("type")) {
                    for (JsonElement candidate : theirs) {
                        if (candidate.isJsonObject() && element.getAsJsonObject().get("type").equals(candidate.getAsJsonObject().get("type"))) {
                            match = candidate;
                        }
                    }
                }
                assertSameShape(element, match, path + "[]");
            }
        }
    }

    private static String kind(JsonElement element) {
        if (element.isJsonObject()) {
            return "object";
        }
        if (element.isJsonArray()) {
            return "array";
        }
        var primitive = element.getAsJsonPrimitive();
        return primitive.isBoolean() ? "boolean" : primitive.isNumber() ? "number" : "string";
    }

    private <T extends Request<?>> T parse(String form, Class<T> type) {
        return parsed(form, "application/x-www-form-urlencoded", type);
    }

    private <T extends Request<?>> T parseJson(String json, Class<T> type) {
        return parsed(json, "application/json", type);
    }

    private <T extends Request<?>> T parsed(String body, String contentType, Class<T> type) {
        Request<?> request = bolt.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                .requestBody(body).headers(new RequestHeaders(Map.of("Content-Type", List.of(contentType)))).build());
        assertThat(request).as("Bolt reads it as a %s", type.getSimpleName()).isInstanceOf(type);
        return type.cast(request);
    }

    private static List<String> formKeys(String form) {
        return Arrays.stream(form.split("&")).map(p -> p.substring(0, p.indexOf('='))).toList();
    }

    private static JsonArray buttons() {
        return JsonParser.parseString("""
                [{"type":"section","text":{"type":"mrkdwn","text":"*Acme Corp* p1"}},
                 {"type":"actions","elements":[{"type":"button","action_id":"escalation_ack","value":"E1",
                   "text":{"type":"plain_text","text":"Acknowledge"}}]}]""").getAsJsonArray();
    }

    private static JsonObject click() {
        return JsonParser.parseString("""
                {"type":"button","action_id":"escalation_ack","block_id":"b1","value":"E1",
                 "text":{"type":"plain_text","text":"Acknowledge","emoji":true},"action_ts":"1700000000.123456"}""")
                .getAsJsonObject();
    }

    private static JsonObject view(String type) {
        JsonObject view = new JsonObject();
        view.addProperty("type", type);
        view.add("blocks", buttons());
        if ("modal".equals(type)) {
            view.add("title", JsonParser.parseString("{\"type\":\"plain_text\",\"text\":\"Log interaction\"}"));
            view.addProperty("callback_id", "client_log_modal");
        }
        return view;
    }

    private static JsonObject member() {
        return JsonParser.parseString("""
                {"id":"UDEMOAM001","name":"ana.lima","real_name":"Ana Lima","profile":{"email":"ana@demo.invalid"}}""")
                .getAsJsonObject();
    }
}
