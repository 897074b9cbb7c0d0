package dev.liaison.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * What the stand-in's Slack workspace holds, in memory: its members (as users.info shows them), its
 * conversations with their messages and threads, each person's App Home, open modals and the answers
 * only they see, and the trigger ids and response_urls handed out in payloads. Kept for the run;
 * Liaison's own data is in its database, so a restart only empties the conversations.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxWorkspace {

    public static final String BOT_USER = "UDEMOBOT01";
    public static final String BOT_ID = "BDEMOBOT01";
    public static final String GENERAL = "CDEMOGENRL";
    public static final String ESCALATIONS = "CDEMOESCAL";
    /** The channel the demo agency shares with Acme (as Slack Connect would): client updates go there. */
    public static final String ACME_SHARED = "CDEMOACME1";

    /** Where a response_url answers: an answer only its user sees, or a message in a conversation. */
    record Hook(String userId, String channelId, String messageTs, String answerId) {
    }

    private final Map<String, JsonObject> users = new LinkedHashMap<>();
    private final Map<String, JsonObject> channels = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> messages = new LinkedHashMap<>();
    private final Map<String, JsonObject> homes = new LinkedHashMap<>();
    private final Map<String, Deque<JsonObject>> modals = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> answers = new LinkedHashMap<>();
    private final Map<String, String> triggers = new LinkedHashMap<>();
    private final Map<String, Hook> hooks = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong version = new AtomicLong();

    public SandboxWorkspace() {
        clear();
    }

    /** Forgets everything but the public channels (Reset demo). */
    public synchronized void clear() {
        users.clear();
        channels.clear();
        messages.clear();
        homes.clear();
        modals.clear();
        answers.clear();
        triggers.clear();
        hooks.clear();
        channel(GENERAL, "demo-general", null);
        channel(ESCALATIONS, "demo-escalations", null);
        channel(ACME_SHARED, "acme-shared", null);
        changed();
    }

    // ---- members

    public synchronized void addMember(JsonObject user) {
        users.put(user.get("id").getAsString(), user.deepCopy());
        changed();
    }

    public synchronized Optional<JsonObject> user(String userId) {
        return Optional.ofNullable(users.get(userId)).map(JsonObject::deepCopy);
    }

    public synchronized List<JsonObject> members() {
        return users.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized Optional<JsonObject> userByEmail(String email) {
        return users.values().stream().filter(u -> u.getAsJsonObject("profile").has("email")
                && u.getAsJsonObject("profile").get("email").getAsString().equalsIgnoreCase(email))
                .findFirst().map(JsonObject::deepCopy);
    }

    // ---- conversations

    /** A user id as a channel means the app's DM with that person, as in chat.postMessage. */
    public synchronized String resolveChannel(String channel) {
        if (channel.startsWith("U") || channel.startsWith("W")) {
            String dm = "D" + channel.substring(1);
            if (!channels.containsKey(dm)) {
                channel(dm, "dm-" + channel, channel);
            }
            return dm;
        }
        if (!channels.containsKey(channel)) {
            channel(channel, channel.toLowerCase(), null);
        }
        return channel;
    }

    /** Channel ids by name, e.g. "demo-escalations" → its id (direct messages have none). */
    public synchronized Map<String, String> channelIdsByName() {
        Map<String, String> byName = new LinkedHashMap<>();
        channels.values().stream().filter(c -> !c.has("dm_user"))
                .forEach(c -> byName.put(c.get("name").getAsString(), c.get("id").getAsString()));
        return byName;
    }

    public synchronized String channelName(String channel) {
        JsonObject known = channels.get(channel);
        return known == null ? channel.toLowerCase() : known.get("name").getAsString();
    }

    public synchronized boolean knowsChannel(String channel) {
        return channels.containsKey(channel);
    }

    public synchronized JsonObject post(String channel, String userId, String text, JsonArray blocks, String threadTs) {
        String id = resolveChannel(channel);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", nextTs());
        message.addProperty("channel", id);
        if (BOT_USER.equals(userId)) {
            message.addProperty("bot_id", BOT_ID);
        }
        message.addProperty("user", userId);
        message.addProperty("text", text == null ? "" : text);
        message.add("blocks", blocks == null ? new JsonArray() : withIds(blocks));
        if (threadTs != null && !threadTs.isBlank()) {
            message.addProperty("thread_ts", threadTs);
        }
        messages.get(id).add(message);
        changed();
        return message.deepCopy();
    }

    public synchronized Optional<JsonObject> message(String channel, String ts) {
        return Optional.ofNullable(messages.get(channel)).flatMap(list -> list.stream()
                .filter(m -> m.get("ts").getAsString().equals(ts)).findFirst()).map(JsonObject::deepCopy);
    }

    public synchronized boolean update(String channel, String ts, String text, JsonArray blocks) {
        List<JsonObject> list = messages.get(channel);
        if (list == null) {
            return false;
        }
        for (JsonObject message : list) {
            if (message.get("ts").getAsString().equals(ts)) {
                if (text != null) {
                    message.addProperty("text", text);
                }
                if (blocks != null) {
                    message.add("blocks", withIds(blocks));
                }
                message.add("edited", edited(BOT_USER));
                changed();
                return true;
            }
        }
        return false;
    }

    public synchronized boolean delete(String channel, String ts) {
        List<JsonObject> list = messages.get(channel);
        boolean removed = list != null && list.removeIf(m -> m.get("ts").getAsString().equals(ts));
        if (removed) {
            changed();
        }
        return removed;
    }

    // ---- App Home, modals, answers only one person sees

    public synchronized void publishHome(String userId, JsonObject view) {
        JsonObject home = viewWithIds(view, "home");
        homes.put(userId, home);
        changed();
    }

    public synchronized Optional<JsonObject> home(String userId) {
        return Optional.ofNullable(homes.get(userId)).map(JsonObject::deepCopy);
    }

    /** A trigger id as Slack hands out with a command or a click: it opens one modal for that person. */
    public synchronized String newTrigger(String userId) {
        String trigger = sequence.incrementAndGet() + "." + System.currentTimeMillis() + "." + random(16).toLowerCase();
        triggers.put(trigger, userId);
        return trigger;
    }

    /** views.open: empty when the trigger is unknown or already used. */
    public synchronized Optional<JsonObject> openModal(String triggerId, JsonObject view) {
        String userId = triggers.remove(triggerId);
        if (userId == null) {
            return Optional.empty();
        }
        JsonObject modal = viewWithIds(view, "modal");
        modal.addProperty("root_view_id", modal.get("id").getAsString());
        modals.computeIfAbsent(userId, u -> new ArrayDeque<>()).push(modal);
        changed();
        return Optional.of(modal.deepCopy());
    }

    /** views.update, or response_action "update": the view keeps its id. */
    public synchronized Optional<JsonObject> replaceModal(String viewId, JsonObject view) {
        for (Deque<JsonObject> stack : modals.values()) {
            for (JsonObject open : stack) {
                if (open.get("id").getAsString().equals(viewId)) {
                    JsonObject replacement = viewWithIds(view, "modal");
                    replacement.addProperty("id", viewId);
                    replacement.add("root_view_id", open.get("root_view_id"));
                    open.entrySet().clear();
                    replacement.entrySet().forEach(e -> open.add(e.getKey(), e.getValue()));
                    changed();
                    return Optional.of(open.deepCopy());
                }
            }
        }
        return Optional.empty();
    }

    public synchronized void pushModal(String userId, JsonObject view) {
        modals.computeIfAbsent(userId, u -> new ArrayDeque<>()).push(viewWithIds(view, "modal"));
        changed();
    }

    public synchronized Optional<JsonObject> modal(String userId) {
        Deque<JsonObject> stack = modals.get(userId);
        return stack == null || stack.isEmpty() ? Optional.empty() : Optional.of(stack.peek().deepCopy());
    }

    public synchronized void closeModals(String userId) {
        modals.remove(userId);
        changed();
    }

    public synchronized void closeTopModal(String userId) {
        Deque<JsonObject> stack = modals.get(userId);
        if (stack != null && !stack.isEmpty()) {
            stack.pop();
        }
        changed();
    }

    /** Errors from response_action "errors", shown under their blocks until the next submission. */
    public synchronized void modalErrors(String userId, JsonObject errors) {
        Deque<JsonObject> stack = modals.get(userId);
        if (stack != null && !stack.isEmpty()) {
            stack.peek().add("sandbox_errors", errors);
            changed();
        }
    }

    public synchronized JsonObject answer(String userId, String channelId, String text, JsonArray blocks, String command) {
        JsonObject answer = new JsonObject();
        answer.addProperty("id", "A" + sequence.incrementAndGet());
        answer.addProperty("ts", nextTs());
        answer.addProperty("channel", channelId);
        answer.addProperty("text", text == null ? "" : text);
        answer.add("blocks", blocks == null ? new JsonArray() : withIds(blocks));
        if (command != null) {
            answer.addProperty("command", command);
        }
        answers.computeIfAbsent(userId, u -> new ArrayList<>()).add(answer);
        changed();
        return answer.deepCopy();
    }

    public synchronized Optional<JsonObject> answer(String userId, String answerId) {
        return answers.getOrDefault(userId, List.of()).stream().filter(a -> a.get("id").getAsString().equals(answerId))
                .findFirst().map(JsonObject::deepCopy);
    }

    synchronized boolean replaceAnswer(String userId, String answerId, String text, JsonArray blocks) {
        for (JsonObject answer : answers.getOrDefault(userId, List.of())) {
            if (answer.get("id").getAsString().equals(answerId)) {
                answer.addProperty("text", text == null ? "" : text);
                answer.add("blocks", blocks == null ? new JsonArray() : withIds(blocks));
                answer.remove("command");
                changed();
                return true;
            }
        }
        return false;
    }

    synchronized boolean deleteAnswer(String userId, String answerId) {
        boolean removed = answers.getOrDefault(userId, new ArrayList<>()).removeIf(a -> a.get("id").getAsString()
                .equals(answerId));
        changed();
        return removed;
    }

    public synchronized String newHook(Hook hook) {
        String id = random(24);
        hooks.put(id, hook);
        return id;
    }

    public synchronized Optional<Hook> hook(String id) {
        return Optional.ofNullable(hooks.get(id));
    }

    // ---- what the page shows

    /** Everything one person sees: their DM, the public channels, their Home, their modal, their answers. */
    public synchronized JsonObject seenBy(String userId) {
        JsonObject seen = new JsonObject();
        seen.addProperty("version", version.get());
        seen.addProperty("me", userId);
        JsonArray conversations = new JsonArray();
        for (JsonObject channel : channels.values()) {
            boolean dm = channel.has("dm_user");
            if (dm && !channel.get("dm_user").getAsString().equals(userId)) {
                continue;
            }
            JsonObject conversation = channel.deepCopy();
            JsonArray list = new JsonArray();
            messages.get(channel.get("id").getAsString()).forEach(m -> list.add(m.deepCopy()));
            conversation.add("messages", list);
            conversations.add(conversation);
        }
        seen.add("conversations", conversations);
        seen.add("home", homes.containsKey(userId) ? homes.get(userId).deepCopy() : JsonNull.INSTANCE);
        Deque<JsonObject> stack = modals.get(userId);
        seen.add("modal", stack == null || stack.isEmpty() ? JsonNull.INSTANCE : stack.peek().deepCopy());
        JsonArray mine = new JsonArray();
        answers.getOrDefault(userId, List.of()).forEach(a -> mine.add(a.deepCopy()));
        seen.add("answers", mine);
        JsonObject names = new JsonObject();
        users.forEach((id, u) -> names.addProperty(id, u.get("real_name").getAsString()));
        names.addProperty(BOT_USER, "Liaison");
        seen.add("users", names);
        JsonObject channelNames = new JsonObject();
        channels.forEach((id, c) -> channelNames.addProperty(id, c.get("name").getAsString()));
        seen.add("channels", channelNames);
        return seen;
    }

    public long version() {
        return version.get();
    }

    /** What outlives a restart: the conversations and App Homes (modals, answers and hooks are of the moment). */
    public synchronized JsonObject conversations() {
        JsonObject snapshot = new JsonObject();
        JsonArray list = new JsonArray();
        channels.values().forEach(c -> {
            JsonObject copy = c.deepCopy();
            JsonArray posted = new JsonArray();
            messages.get(c.get("id").getAsString()).forEach(m -> posted.add(m.deepCopy()));
            copy.add("messages", posted);
            list.add(copy);
        });
        snapshot.add("channels", list);
        JsonObject homeViews = new JsonObject();
        homes.forEach((user, view) -> homeViews.add(user, view.deepCopy()));
        snapshot.add("homes", homeViews);
        return snapshot;
    }

    /** Puts back what {@link #conversations()} saved. */
    public synchronized void restore(JsonObject snapshot) {
        for (JsonElement element : snapshot.getAsJsonArray("channels")) {
            JsonObject channel = element.getAsJsonObject().deepCopy();
            JsonArray posted = channel.remove("messages").getAsJsonArray();
            String id = channel.get("id").getAsString();
            channels.put(id, channel);
            List<JsonObject> list = new ArrayList<>();
            posted.forEach(m -> list.add(inSlacksShape(m.getAsJsonObject())));
            messages.put(id, list);
        }
        snapshot.getAsJsonObject("homes").entrySet().forEach(e -> homes.put(e.getKey(), e.getValue().getAsJsonObject()));
        changed();
    }

    // ---- helpers

    /** Slack marks an edited message with who edited it and when ({@code "edited": {"user", "ts"}}), never a flag. */
    private JsonObject edited(String userId) {
        JsonObject edited = new JsonObject();
        edited.addProperty("user", userId);
        edited.addProperty("ts", nextTs());
        return edited;
    }

    /** A message saved by an earlier version of the stand-in, which kept "edited" as a flag Bolt cannot read. */
    private JsonObject inSlacksShape(JsonObject message) {
        if (message.has("edited") && !message.get("edited").isJsonObject()) {
            message.add("edited", edited(message.has("user") ? message.get("user").getAsString() : BOT_USER));
        }
        return message;
    }

    private void channel(String id, String name, String dmUser) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        channel.addProperty("name", name);
        if (dmUser != null) {
            channel.addProperty("dm_user", dmUser);
        }
        channels.put(id, channel);
        messages.put(id, new ArrayList<>());
    }

    private JsonObject viewWithIds(JsonObject view, String type) {
        JsonObject copy = view.deepCopy();
        if (!copy.has("id")) {
            copy.addProperty("id", "V" + random(10));
        }
        copy.addProperty("type", copy.has("type") ? copy.get("type").getAsString() : type);
        copy.addProperty("team_id", DemoAgency.TEAM);
        copy.addProperty("app_id", "ADEMOAPP01");
        copy.addProperty("bot_id", BOT_ID);
        copy.addProperty("hash", System.currentTimeMillis() / 1000 + "." + random(8).toLowerCase());
        copy.add("blocks", withIds(copy.has("blocks") ? copy.getAsJsonArray("blocks") : new JsonArray()));
        for (String key : List.of("private_metadata", "callback_id", "external_id")) {
            if (!copy.has(key) || copy.get(key).isJsonNull()) {
                copy.addProperty(key, "");
            }
        }
        JsonObject state = new JsonObject();
        state.add("values", new JsonObject());
        copy.add("state", state);
        return copy;
    }

    /** Slack gives every block a block_id and every element an action_id when the app did not. */
    private JsonArray withIds(JsonArray blocks) {
        JsonArray copy = blocks.deepCopy();
        for (JsonElement element : copy) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject block = element.getAsJsonObject();
            if (!block.has("block_id")) {
                block.addProperty("block_id", random(5));
            }
            if (block.has("accessory") && block.get("accessory").isJsonObject()) {
                actionId(block.getAsJsonObject("accessory"));
            }
            if (block.has("element") && block.get("element").isJsonObject()) {
                actionId(block.getAsJsonObject("element"));
            }
            if ("actions".equals(type(block)) && block.has("elements")) {
                block.getAsJsonArray("elements").forEach(e -> actionId(e.getAsJsonObject()));
            }
        }
        return copy;
    }

    private void actionId(JsonObject element) {
        if (!element.has("action_id")) {
            element.addProperty("action_id", random(5));
        }
    }

    private static String type(JsonObject block) {
        return block.has("type") ? block.get("type").getAsString() : "";
    }

    private String nextTs() {
        return System.currentTimeMillis() / 1000 + "." + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
    }

    private void changed() {
        version.incrementAndGet();
    }

    private static String random(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase();
    }
}
