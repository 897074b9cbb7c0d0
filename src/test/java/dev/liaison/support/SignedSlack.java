package dev.liaison.support;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.liaison.sandbox.SignedPoster;

/**
 * Sends requests to /slack/events the way Slack does: real payload shapes from the fixtures,
 * signed with the signing secret and a timestamp from the given clock.
 */
public final class SignedSlack {

    /** How a built request reaches Liaison: signed over HTTP, or as an envelope over Socket Mode. */
    @FunctionalInterface
    public interface Transport {
        HttpResponse<String> send(String contentType, String body, Map<String, String> headers);
    }

    /** Over HTTP: the sandbox's signer, so tests and the sandbox sign one way. */
    private final SignedPoster poster;
    private final Clock clock;
    private final Transport transport;

    public SignedSlack(String eventsUrl, String signingSecret, Clock clock) {
        this.poster = new SignedPoster(() -> eventsUrl, signingSecret, clock);
        this.clock = clock;
        this.transport = poster::post;
    }

    /** The same requests, delivered another way (Socket Mode: {@link FakeSocketModeServer#transport()}). */
    public SignedSlack(Transport transport, Clock clock) {
        this.poster = null;
        this.clock = clock;
        this.transport = transport;
    }

    /** A slash command, built from Slack's documented form payload with our values in it. */
    public HttpResponse<String> command(String teamId, String userId, String command, String text, String responseUrl) {
        return post("application/x-www-form-urlencoded", commandForm(teamId, userId, command, text, responseUrl),
                Map.of());
    }

    /** The form body of a slash command: Slack's documented one with our values in it. */
    public static String commandForm(String teamId, String userId, String command, String text, String responseUrl) {
        Map<String, String> form = parseForm(Fixtures.text("slack/slash_command.form.txt").strip());
        form.remove("enterprise_id");
        form.remove("enterprise_name");
        form.put("team_id", teamId);
        form.put("user_id", userId);
        form.put("command", command);
        form.put("text", text);
        form.put("channel_id", "C0CLIENTS1");
        form.put("response_url", responseUrl);
        return encodeForm(form);
    }

    /** A button click on one of our messages, built from Slack's documented block_actions payload. */
    public HttpResponse<String> buttonClick(String teamId, String userId, String actionId, String value,
                                            String responseUrl) {
        JsonObject payload = messageAction(teamId, userId, actionId, responseUrl);
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("value", value);
        return postPayload(payload);
    }

    /**
     * A person picked in a users_select on one of our messages (channel, ts), built from Slack's
     * documented block_actions payload with the container and action of a users_select.
     */
    public HttpResponse<String> userSelected(String teamId, String userId, String actionId, String blockId,
                                             String selectedUser, String channelId, String messageTs, String responseUrl) {
        JsonObject payload = onMessage(teamId, userId, actionId, blockId, channelId, messageTs, null, responseUrl);
        JsonObject action = new JsonObject();
        action.addProperty("type", "users_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.addProperty("selected_user", selectedUser);
        action.addProperty("action_ts", messageTs);
        return selected(payload, action);
    }

    /**
     * An option picked in a static_select on one of our messages (channel, ts), as Slack sends it:
     * the container, and the action with its selected_option (text and value).
     */
    public HttpResponse<String> optionSelected(String teamId, String userId, String actionId, String blockId,
                                               String text, String value, String channelId, String messageTs,
                                               String responseUrl) {
        JsonObject payload = onMessage(teamId, userId, actionId, blockId, channelId, messageTs, null, responseUrl);
        JsonObject option = new JsonObject();
        JsonObject optionText = new JsonObject();
        optionText.addProperty("type", "plain_text");
        optionText.addProperty("text", text);
        optionText.addProperty("emoji", true);
        option.add("text", optionText);
        option.addProperty("value", value);
        JsonObject action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.add("selected_option", option);
        action.addProperty("action_ts", messageTs);
        return selected(payload, action);
    }

    /** Slack's documented block_actions payload on a message, for this person and action id. */
    private static JsonObject messageAction(String teamId, String userId, String actionId, String responseUrl) {
        JsonObject payload = Fixtures.json("slack/docs_message_button_click.json").getAsJsonObject().deepCopy();
        payload.getAsJsonObject("team").addProperty("id", teamId);
        payload.getAsJsonObject("user").addProperty("id", userId);
        payload.getAsJsonObject("user").addProperty("team_id", teamId);
        payload.addProperty("response_url", responseUrl);
        payload.getAsJsonArray("actions").get(0).getAsJsonObject().addProperty("action_id", actionId);
        return payload;
    }

    /** An interaction as Slack sends it: the payload JSON, form-encoded under "payload". */
    private HttpResponse<String> postPayload(JsonObject payload) {
        return post("application/x-www-form-urlencoded",
                "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), Map.of());
    }

    private HttpResponse<String> selected(JsonObject payload, JsonObject action) {
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return postPayload(payload);
    }

    /**
     * A button click on one of our messages as Slack sends it: the message's blocks (each with the
     * block_id Slack gives it) and the clicked block's id, so the app can redraw that message.
     */
    public HttpResponse<String> buttonClickOnMessage(String teamId, String userId, String actionId, String value,
                                                     String blockId, String channelId, String messageTs,
                                                     JsonArray blocks, String responseUrl) {
        JsonObject payload = onMessage(teamId, userId, actionId, blockId, channelId, messageTs, blocks, responseUrl);
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("value", value);
        return postPayload(payload);
    }

    /** A choice in an overflow menu of one of our messages, with the message's blocks as Slack sends them. */
    public HttpResponse<String> overflowChoiceOnMessage(String teamId, String userId, String actionId, String optionValue,
                                                        String blockId, String channelId, String messageTs,
                                                        JsonArray blocks, String responseUrl) {
        JsonObject payload = onMessage(teamId, userId, actionId, blockId, channelId, messageTs, blocks, responseUrl);
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("type", "overflow");
        action.remove("value");
        action.remove("text");
        JsonObject option = new JsonObject();
        option.addProperty("value", optionValue);
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", optionValue);
        option.add("text", text);
        action.add("selected_option", option);
        return postPayload(payload);
    }

    /**
     * Slack's recorded click on a message, made to point at one of our messages: its channel and ts,
     * and its blocks when given (null keeps the recorded message's).
     */
    private static JsonObject onMessage(String teamId, String userId, String actionId, String blockId, String channelId,
                                        String messageTs, JsonArray blocks, String responseUrl) {
        JsonObject payload = Fixtures.json("slack/docs_message_button_click.json").getAsJsonObject().deepCopy();
        payload.getAsJsonObject("team").addProperty("id", teamId);
        payload.getAsJsonObject("user").addProperty("id", userId);
        payload.getAsJsonObject("user").addProperty("team_id", teamId);
        payload.addProperty("response_url", responseUrl);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.getAsJsonObject("channel").addProperty("id", channelId);
        payload.getAsJsonObject("message").addProperty("ts", messageTs);
        if (blocks != null) {
            payload.getAsJsonObject("message").add("blocks", blocks);
        }
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        return payload;
    }

    /** A button click in App Home, built from Bolt's recorded Home-tab payload: Slack sends no response_url there. */
    public HttpResponse<String> homeClick(String teamId, String userId, String actionId, String value) {
        JsonObject payload = Fixtures.json("slack/bolt_java_real_home_tab_button.json").getAsJsonObject().deepCopy();
        payload.getAsJsonObject("team").addProperty("id", teamId);
        payload.getAsJsonObject("user").addProperty("id", userId);
        payload.getAsJsonObject("user").addProperty("team_id", teamId);
        payload.getAsJsonObject("view").addProperty("team_id", teamId);
        payload.remove("response_url");
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("value", value);
        return postPayload(payload);
    }

    /** A choice in an overflow menu of one of our messages (same documented payload, selected_option set). */
    public HttpResponse<String> overflowChoice(String teamId, String userId, String actionId, String optionValue,
                                               String responseUrl) {
        JsonObject payload = messageAction(teamId, userId, actionId, responseUrl);
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("type", "overflow");
        action.remove("value");
        action.remove("text");
        JsonObject option = new JsonObject();
        option.addProperty("value", optionValue);
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", optionValue);
        option.add("text", text);
        action.add("selected_option", option);
        return postPayload(payload);
    }

    /**
     * A modal submission, built from Slack's documented view_submission payload: our callback id,
     * private_metadata and state values (block id → the element's state under action id "value").
     */
    public HttpResponse<String> viewSubmission(String teamId, String userId, String callbackId, String metadata,
                                               Map<String, JsonObject> values) {
        // every modal Slack opens has its own view id
        return viewSubmission(teamId, userId, callbackId, metadata, values,
                "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
    }

    /** The same, for a given view: submitting one view twice is what a double submission looks like. */
    public HttpResponse<String> viewSubmission(String teamId, String userId, String callbackId, String metadata,
                                               Map<String, JsonObject> values, String viewId) {
        JsonObject payload = Fixtures.json("slack/modal_inputs_datepicker_select_text.json").getAsJsonObject().deepCopy();
        payload.getAsJsonObject("team").addProperty("id", teamId);
        payload.getAsJsonObject("user").addProperty("id", userId);
        payload.getAsJsonObject("user").addProperty("team_id", teamId);
        JsonObject view = payload.getAsJsonObject("view");
        view.addProperty("team_id", teamId);
        view.addProperty("id", viewId);
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", metadata);
        JsonObject state = new JsonObject();
        values.forEach((blockId, element) -> {
            JsonObject block = new JsonObject();
            block.add("value", element);
            state.add(blockId, block);
        });
        view.getAsJsonObject("state").add("values", state);
        return postPayload(payload);
    }

    /** A choice in an overflow menu (App Home's per-client menu), from the same block_actions payload. */
    public HttpResponse<String> overflowChoice(String teamId, String userId, String actionId, String optionValue) {
        return overflowChoice(teamId, userId, actionId, optionValue, "https://hooks.slack.com/actions/none");
    }

    /** A message shortcut on a message, built from Slack's documented message_action payload. */
    public HttpResponse<String> messageShortcut(String teamId, String userId, String callbackId, String channelId,
                                                String messageTs, String messageText, String responseUrl) {
        JsonObject payload = Fixtures.json("slack/message_action_docs.json").getAsJsonObject().deepCopy();
        payload.addProperty("callback_id", callbackId);
        payload.addProperty("response_url", responseUrl);
        payload.getAsJsonObject("team").addProperty("id", teamId);
        payload.getAsJsonObject("user").addProperty("id", userId);
        payload.getAsJsonObject("channel").addProperty("id", channelId);
        payload.getAsJsonObject("message").addProperty("ts", messageTs);
        payload.getAsJsonObject("message").addProperty("text", messageText);
        return postPayload(payload);
    }

    public static JsonObject conversation(String channelId) {
        return element("conversations_select", "selected_conversation", channelId);
    }

    /** An input element's state: its type and its one value. */
    private static JsonObject element(String type, String key, String value) {
        JsonObject element = new JsonObject();
        element.addProperty("type", type);
        element.addProperty(key, value);
        return element;
    }

    public static JsonObject selected(String value) {
        JsonObject option = new JsonObject();
        option.addProperty("value", value);
        JsonObject element = new JsonObject();
        element.addProperty("type", "static_select");
        element.add("selected_option", option);
        return element;
    }

    public static JsonObject typed(String value) {
        return element("plain_text_input", "value", value);
    }

    public static JsonObject date(String isoDate) {
        return element("datepicker", "selected_date", isoDate);
    }

    public static JsonObject user(String userId) {
        return element("users_select", "selected_user", userId);
    }

    /** An Events API envelope around an inner event. */
    public HttpResponse<String> event(String teamId, String eventId, JsonObject event, Integer retryNum) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "XXYYZZ");
        envelope.addProperty("team_id", teamId);
        envelope.addProperty("api_app_id", "A123ABC456");
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", eventId);
        envelope.addProperty("event_time", clock.instant().getEpochSecond());
        Map<String, String> headers = retryNum == null ? Map.of()
                : Map.of("X-Slack-Retry-Num", retryNum.toString(), "X-Slack-Retry-Reason", "http_timeout");
        return post("application/json", envelope.toString(), headers);
    }

    public HttpResponse<String> post(String contentType, String body, Map<String, String> headers) {
        return transport.send(contentType, body, headers);
    }

    /** A timestamp and signature of the test's choosing (to see a bad one refused). */
    public HttpResponse<String> postSigned(String contentType, String body, String timestamp, String signature,
                                           Map<String, String> headers) {
        return poster.post(contentType, body, timestamp, signature, headers);
    }

    public static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    static String encodeForm(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
