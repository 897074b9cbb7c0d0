package dev.liaison.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Request bodies in the shapes Slack sends to an app (slash command form, block_actions,
 * view_submission, message_action, Events API envelope), field for field as in the documented
 * payloads Slack documents (copies in src/test/resources/slack). Pure: values in, bodies out.
 */
final class SlackPayloads {

    public static final String APP_ID = "ADEMOAPP01";
    /** The legacy verification token Slack still puts in payloads; Liaison checks signatures instead. */
    static final String TOKEN = "sandboxVerificationToken";

    /** Who acts, in which workspace. */
    public record Actor(String teamId, String teamDomain, String userId, String userName) {
    }

    private SlackPayloads() {
    }

    /** A slash command as the form body Slack posts. */
    public static String slashCommand(Actor actor, String channelId, String channelName, String command, String text,
                                      String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", TOKEN);
        form.put("team_id", actor.teamId());
        form.put("team_domain", actor.teamDomain());
        form.put("channel_id", channelId);
        form.put("channel_name", channelName);
        form.put("user_id", actor.userId());
        form.put("user_name", actor.userName());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * A block_actions payload. {@code container} says where the element was (a message or a view);
     * {@code channel}, {@code message}, {@code view} and {@code responseUrl} are set when Slack sends them.
     */
    public static JsonObject blockActions(Actor actor, String triggerId, JsonObject container, JsonObject channel,
                                          JsonObject message, JsonObject view, String responseUrl, JsonObject action) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("user", user(actor));
        payload.addProperty("api_app_id", APP_ID);
        payload.addProperty("token", TOKEN);
        payload.add("container", container);
        payload.addProperty("trigger_id", triggerId);
        payload.add("team", team(actor));
        payload.add("enterprise", null);
        payload.addProperty("is_enterprise_install", false);
        if (channel != null) {
            payload.add("channel", channel);
        }
        if (message != null) {
            payload.add("message", message);
        }
        if (view != null) {
            payload.add("view", view);
        }
        if (responseUrl != null) {
            payload.addProperty("response_url", responseUrl);
        }
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    /** A view_submission: the modal as it is open, with the values typed into it as {@code view.state.values}. */
    public static JsonObject viewSubmission(Actor actor, String triggerId, JsonObject view, JsonObject values) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", team(actor));
        payload.add("user", user(actor));
        payload.addProperty("api_app_id", APP_ID);
        payload.addProperty("token", TOKEN);
        payload.addProperty("trigger_id", triggerId);
        JsonObject submitted = view.deepCopy();
        submitted.remove("sandbox_errors");
        JsonObject state = new JsonObject();
        state.add("values", values);
        submitted.add("state", state);
        payload.add("view", submitted);
        payload.add("response_urls", new JsonArray());
        payload.addProperty("is_enterprise_install", false);
        return payload;
    }

    /** A message shortcut (message_action) on a message of a conversation. */
    public static JsonObject messageAction(Actor actor, String callbackId, String triggerId, String channelId,
                                           String channelName, JsonObject message, String responseUrl) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "message_action");
        payload.addProperty("token", TOKEN);
        payload.addProperty("action_ts", message.get("ts").getAsString());
        payload.add("team", team(actor));
        payload.add("user", user(actor));
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", channelName);
        payload.add("channel", channel);
        payload.addProperty("callback_id", callbackId);
        payload.addProperty("trigger_id", triggerId);
        payload.addProperty("message_ts", message.get("ts").getAsString());
        payload.add("message", message);
        payload.addProperty("response_url", responseUrl);
        return payload;
    }

    /** The Events API envelope around one event. */
    public static JsonObject eventCallback(String teamId, String eventId, long eventTime, JsonObject event) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", TOKEN);
        envelope.addProperty("team_id", teamId);
        envelope.addProperty("api_app_id", APP_ID);
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", eventId);
        envelope.addProperty("event_time", eventTime);
        return envelope;
    }

    /** Where a clicked element was: a message (ephemeral or not) in a conversation. */
    public static JsonObject messageContainer(String channelId, String messageTs, boolean ephemeral) {
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", ephemeral);
        return container;
    }

    /** Where a clicked element was: a view (App Home or a modal). */
    public static JsonObject viewContainer(String viewId) {
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", viewId);
        return container;
    }

    /** The channel object of an interactive payload ("directmessage" is the name Slack gives a DM). */
    public static JsonObject channel(String channelId, String channelName) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", channelId.startsWith("D") ? "directmessage" : channelName);
        return channel;
    }

    /** The app_home_opened event (inner event); {@code view} is the Home as published, when there is one. */
    public static JsonObject appHomeOpened(String userId, String channelId, String eventTs, JsonObject view) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", userId);
        event.addProperty("channel", channelId);
        event.addProperty("tab", "home");
        event.addProperty("event_ts", eventTs);
        if (view != null) {
            event.add("view", view);
        }
        return event;
    }

    /** A message someone wrote in a channel, a DM or a thread (inner event). */
    public static JsonObject messageEvent(String teamId, String userId, String channelId, String text, String ts,
                                          String threadTs) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", channelId);
        event.addProperty("user", userId);
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        event.addProperty("team", teamId);
        event.addProperty("channel_type", channelId.startsWith("D") ? "im" : "channel");
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        return event;
    }

    /** How interactive payloads travel: a form with one field, {@code payload}, holding the JSON. */
    public static String asForm(JsonObject payload) {
        return "payload=" + encode(payload.toString());
    }

    private static JsonObject team(Actor actor) {
        JsonObject team = new JsonObject();
        team.addProperty("id", actor.teamId());
        team.addProperty("domain", actor.teamDomain());
        return team;
    }

    private static JsonObject user(Actor actor) {
        JsonObject user = new JsonObject();
        user.addProperty("id", actor.userId());
        user.addProperty("username", actor.userName());
        user.addProperty("name", actor.userName());
        user.addProperty("team_id", actor.teamId());
        return user;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
