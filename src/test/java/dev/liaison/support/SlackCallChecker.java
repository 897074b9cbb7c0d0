package dev.liaison.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Holds every message, view and file Liaison hands the fake Web API to Slack's documented limits
 * (src/test/resources/blockkit/limits.tsv, taken from limits.md beside it, independent of the app's
 * own limits) and looks for markup no code meant to send: a broadcast ({@code <!here>},
 * {@code <!channel>}, {@code <!everyone>}, {@code <!subteam^…>}), a mention with a label or of an id
 * nobody has ({@code <@U0FAKE>}), a channel with a label, a link outside Slack ({@code <https://evil.example|acme.com>}),
 * or any other {@code <…>}. Liaison itself writes only {@code <@U…>}, {@code <#C…>}, {@code <!date^…>}
 * and links to Slack's own hosts.
 */
public final class SlackCallChecker {

    /** One rule of limits.tsv. */
    record Limit(String where, String what, int min, int max) {
    }

    private static final List<Limit> LIMITS = load();
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
    private static final Pattern USER_ID = Pattern.compile("[UWB][A-Z0-9]{1,20}");
    private static final Set<String> CHECKED = Set.of("chat.postMessage", "chat.update", "chat.postEphemeral",
            "chat.scheduleMessage", "views.open", "views.publish", "views.update", "views.push",
            "files.completeUploadExternal", "response_url");

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Set<String> forgedIds = ConcurrentHashMap.newKeySet();
    /** Whether Slack knows a user id (the fake's members); null when the checker is not told. */
    private final Predicate<String> knownUser;

    public SlackCallChecker() {
        this(null);
    }

    public SlackCallChecker(Predicate<String> knownUser) {
        this.knownUser = knownUser;
        forgedIds.addAll(List.of("U0FAKE", "U0VICTIM", "UFORGED"));
    }

    /** Ids that only ever appear in hostile text: a mention of one is forged wherever it shows. */
    public void forged(String... userIds) {
        forgedIds.addAll(List.of(userIds));
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public void clear() {
        violations.clear();
    }

    /**
     * Checks one recorded call; what is wrong is kept, named by method. Answers what of it Slack
     * itself would refuse ({@code invalid_blocks}): broken limits and blocks of no known shape.
     */
    public List<String> inspect(String method, Map<String, String> params, String body) {
        if (!CHECKED.contains(method)) {
            return List.of();
        }
        Findings found = new Findings();
        try {
            switch (method) {
                case "views.open", "views.publish", "views.update", "views.push" -> {
                    JsonObject view = JsonParser.parseString(params.getOrDefault("view", "{}")).getAsJsonObject();
                    view(view, found);
                }
                case "files.completeUploadExternal" -> {
                    JsonArray files = JsonParser.parseString(params.getOrDefault("files", "[]")).getAsJsonArray();
                    for (JsonElement file : files) {
                        JsonObject f = file.getAsJsonObject();
                        if (f.has("title")) {
                            markup("file title", f.get("title").getAsString(), found);
                        }
                    }
                    markup("initial_comment", params.get("initial_comment"), found);
                }
                case "response_url" -> {
                    JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
                    message(answer.has("text") && !answer.get("text").isJsonNull() ? answer.get("text").getAsString() : null,
                            answer.has("blocks") ? answer.getAsJsonArray("blocks") : null, false, found);
                }
                default -> message(params.get("text"),
                        params.get("blocks") == null ? null : JsonParser.parseString(params.get("blocks")).getAsJsonArray(),
                        method.equals("chat.update"), found);
            }
        } catch (RuntimeException unreadable) {
            found.limits.add("unreadable payload: " + unreadable.getMessage());
        }
        found.limits.forEach(v -> violations.add(method + ": " + v));
        found.markup.forEach(v -> violations.add(method + ": " + v));
        return List.copyOf(found.limits);
    }

    /** What one call broke: Slack's limits and Block Kit's shape (Slack refuses those), and markup (it would show). */
    private static final class Findings {
        final List<String> limits = new ArrayList<>();
        final List<String> markup = new ArrayList<>();
    }

    private void message(String text, JsonArray blocks, boolean update, Findings found) {
        markup("text", text, found);
        if (update && text != null) {
            limit("update", "text", text.length(), found, "text");
        }
        if (blocks != null) {
            limit("message", "blocks.count", blocks.size(), found, "blocks");
            blocks(blocks, found);
        }
    }

    private void view(JsonObject view, Findings found) {
        for (Limit l : LIMITS) {
            if (l.where().equals("view") && !l.what().startsWith("blocks")) {
                measure(view, l, found, "view");
            }
        }
        JsonArray blocks = view.has("blocks") ? view.getAsJsonArray("blocks") : new JsonArray();
        limit("view", "blocks.count", blocks.size(), found, "view blocks");
        blocks(blocks, found);
        texts(view, found, "view");
    }

    private void blocks(JsonArray blocks, Findings found) {
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject block = blocks.get(i).getAsJsonObject();
            String type = block.has("type") ? block.get("type").getAsString() : "?";
            String at = "block " + i + " (" + type + ")";
            shape(block, type, found, at);
            rules("block", block, found, at);
            rules(type, block, found, at);
            if (block.has("fields")) {
                for (JsonElement field : block.getAsJsonArray("fields")) {
                    rules("field", field.getAsJsonObject(), found, at + " field");
                }
            }
            List<JsonObject> elements = new ArrayList<>();
            if (block.has("accessory")) {
                elements.add(block.getAsJsonObject("accessory"));
            }
            if (block.has("element")) {
                elements.add(block.getAsJsonObject("element"));
            }
            if (block.has("elements") && "actions".equals(type)) {
                block.getAsJsonArray("elements").forEach(e -> elements.add(e.getAsJsonObject()));
            }
            for (JsonObject element : elements) {
                String kind = element.has("type") ? element.get("type").getAsString() : "?";
                rules("element", element, found, at + " " + kind);
                rules(kind, element, found, at + " " + kind);
                if (element.has("confirm")) {
                    rules("confirm", element.getAsJsonObject("confirm"), found, at + " confirm");
                }
                List<JsonElement> options = new ArrayList<>();
                if (element.has("options")) {
                    element.getAsJsonArray("options").forEach(options::add);
                }
                if (element.has("initial_option")) {
                    options.add(element.get("initial_option"));
                }
                for (JsonElement option : options) {
                    rules("option", option.getAsJsonObject(), found, at + " option");
                }
            }
            texts(block, found, at);
        }
    }

    private static final Set<String> BLOCK_TYPES = Set.of("section", "divider", "image", "actions", "context", "input",
            "header", "rich_text", "video", "file", "markdown", "call", "table");
    private static final Set<String> TEXT_TYPES = Set.of("plain_text", "mrkdwn");

    /** Block Kit's shape, which Slack checks before any limit: a known type, text objects it can read. */
    private static void shape(JsonObject block, String type, Findings found, String at) {
        if (!BLOCK_TYPES.contains(type)) {
            found.limits.add(at + " is no Block Kit block type");
            return;
        }
        if (type.equals("section") && !block.has("text") && !block.has("fields")) {
            found.limits.add(at + " has neither text nor fields");
        }
        if (type.equals("header") && !isText(block.get("text"), "plain_text")) {
            found.limits.add(at + " text must be a plain_text object");
        }
        for (String field : List.of("text", "label", "hint", "title")) {
            if (block.has(field) && !type.equals("image") && !isText(block.get(field), null)) {
                found.limits.add(at + " " + field + " is not a text object");
            }
        }
    }

    private static boolean isText(JsonElement element, String wanted) {
        if (element == null || !element.isJsonObject()) {
            return false;
        }
        JsonObject text = element.getAsJsonObject();
        String kind = text.has("type") ? text.get("type").getAsString() : null;
        return kind != null && (wanted == null ? TEXT_TYPES.contains(kind) : wanted.equals(kind))
                && text.has("text") && text.get("text").isJsonPrimitive();
    }

    private void rules(String where, JsonObject holder, Findings found, String at) {
        for (Limit l : LIMITS) {
            if (l.where().equals(where)) {
                measure(holder, l, found, at);
            }
        }
    }

    private void measure(JsonObject holder, Limit l, Findings found, String at) {
        String[] path = l.what().split("\\.");
        JsonElement value = holder;
        for (String step : path) {
            if (step.equals("count")) {
                limit(l, value.isJsonArray() ? value.getAsJsonArray().size() : 0, found, at + " " + l.what());
                return;
            }
            if (!value.isJsonObject() || !value.getAsJsonObject().has(step) || value.getAsJsonObject().get(step).isJsonNull()) {
                return;
            }
            value = value.getAsJsonObject().get(step);
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            limit(l, value.getAsInt(), found, at + " " + l.what());
        } else if (value.isJsonPrimitive()) {
            limit(l, value.getAsString().length(), found, at + " " + l.what());
        }
    }

    private void limit(String where, String what, int value, Findings found, String at) {
        LIMITS.stream().filter(l -> l.where().equals(where) && l.what().equals(what))
                .forEach(l -> limit(l, value, found, at));
    }

    private static void limit(Limit l, int value, Findings found, String at) {
        if (value < l.min() || value > l.max()) {
            found.limits.add(at + " is " + value + ", allowed " + l.min() + ".." + l.max());
        }
    }

    /** Every "text" string anywhere below (mrkdwn and plain_text objects alike). */
    private void texts(JsonElement element, Findings found, String at) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> texts(e, found, at));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
                    markup(at, entry.getValue().getAsString(), found);
                } else {
                    texts(entry.getValue(), found, at);
                }
            }
        }
    }

    /** Markup Liaison never writes itself: it came from someone's words. */
    private void markup(String at, String text, Findings found) {
        if (text == null) {
            return;
        }
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            String problem = problem(inside);
            if (problem != null) {
                found.markup.add(at + ": " + problem + " <" + inside + "> in \"" + shorten(text) + "\"");
            }
        }
    }

    private String problem(String inside) {
        if (inside.startsWith("!date^")) {
            return null;
        }
        if (inside.startsWith("!")) {
            return "broadcast or group mention";
        }
        if (inside.startsWith("@")) {
            String id = inside.substring(1);
            if (id.contains("|")) {
                return "mention with a label";
            }
            if (!USER_ID.matcher(id).matches()) {
                return "malformed mention";
            }
            if (forgedIds.contains(id)) {
                return "forged mention";
            }
            if (knownUser != null && !knownUser.test(id)) {
                return "mention of someone Slack does not know";
            }
            return null;
        }
        if (inside.startsWith("#")) {
            return inside.contains("|") ? "channel with a label" : null;
        }
        if (inside.startsWith("http://") || inside.startsWith("https://") || inside.startsWith("mailto:")) {
            String url = inside.contains("|") ? inside.substring(0, inside.indexOf('|')) : inside;
            String host = url.replaceFirst("^[a-z]+:(//)?", "").replaceFirst("[/:?#].*$", "").toLowerCase();
            return host.equals("slack.com") || host.endsWith(".slack.com") ? null : "link outside Slack";
        }
        return "unknown markup";
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static List<Limit> load() {
        List<Limit> limits = new ArrayList<>();
        for (String line : Fixtures.text("blockkit/limits.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\t");
            limits.add(new Limit(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3])));
        }
        return List.copyOf(limits);
    }
}
