package dev.liaison.slack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;

/**
 * The one place that keeps what Liaison sends within Slack's documented Block Kit limits (README's
 * "User text and Slack's limits"). Every message and view passes through {@link #fitMessage} or
 * {@link #fitView} on its way out: a text over its limit is cut (on a character boundary, never
 * inside an escape), and anything that cannot be cut without changing what it means (too many
 * blocks, elements or options, an id or value too long, an input's max_length outside 1–3000) is
 * refused with the list of what is wrong, as Slack would refuse it, but before it leaves.
 */
public final class BlockKitLimits {

    public static final int BLOCK_ID = 255;
    public static final int ACTION_ID = 255;
    public static final int INPUT_LABEL = 2000;
    public static final int PLACEHOLDER = 150;
    public static final int OPTION_TEXT = 75;
    /** Slack's SDKs disagree (75 or 150): the smaller is the safe bound. */
    public static final int OPTION_VALUE = 75;
    public static final int SELECT_OPTIONS = 100;
    public static final int OVERFLOW_OPTIONS = 5;
    public static final int CHOICE_OPTIONS = 10;
    public static final int BUTTON_URL = 3000;
    public static final int INPUT_MAX_LENGTH = 3000;
    public static final int CONFIRM_TITLE = 100;
    public static final int CONFIRM_TEXT = 300;
    public static final int CONFIRM_BUTTON = 30;
    public static final int IMAGE_ALT = 2000;
    public static final int IMAGE_URL = 3000;
    public static final int VIEW_TITLE = 24;
    public static final int PRIVATE_METADATA = 3000;
    public static final int CALLBACK_ID = 255;
    /** Slack refuses a view of more than 250 kB. */
    public static final int VIEW_BYTES = 250_000;

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockKitLimits() {
    }

    /** A surface Slack would refuse; the message names each limit broken. */
    public static final class Refused extends IllegalArgumentException {
        private final List<String> problems;

        Refused(String what, List<String> problems) {
            super(what + " breaks Block Kit limits: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** What in these blocks Slack would refuse (texts over their limit included), nothing when all is well. */
    public static List<String> violations(List<LayoutBlock> blocks, int maxBlocks) {
        List<String> problems = new ArrayList<>();
        blocks(GSON.toJsonTree(blocks).getAsJsonArray(), maxBlocks, false, problems);
        return problems;
    }

    /** As {@link #violations(List, int)} for a modal or Home tab, its title, buttons and ids included. */
    public static List<String> violations(View view) {
        List<String> problems = new ArrayList<>();
        view(GSON.toJsonTree(view).getAsJsonObject(), false, problems);
        return problems;
    }

    /** A message's blocks as JSON, texts cut to their limits; throws {@link Refused} for the rest. */
    public static String fitMessage(List<LayoutBlock> blocks, int maxBlocks) {
        if (blocks == null) {
            return null;
        }
        return fitMessage(GSON.toJsonTree(blocks).getAsJsonArray(), maxBlocks).toString();
    }

    /** As {@link #fitMessage(List, int)} on blocks already in JSON (changed in place). */
    public static JsonArray fitMessage(JsonArray blocks, int maxBlocks) {
        List<String> problems = new ArrayList<>();
        blocks(blocks, maxBlocks, true, problems);
        if (!problems.isEmpty()) {
            throw new Refused("A message", problems);
        }
        return blocks;
    }

    /** A modal or Home tab as JSON, texts cut to their limits; throws {@link Refused} for the rest. */
    public static String fitView(View view) {
        JsonObject json = GSON.toJsonTree(view).getAsJsonObject();
        List<String> problems = new ArrayList<>();
        view(json, true, problems);
        String out = json.toString();
        if (out.getBytes(StandardCharsets.UTF_8).length > VIEW_BYTES) {
            problems.add("view over " + VIEW_BYTES + " bytes");
        }
        if (!problems.isEmpty()) {
            throw new Refused("A " + (json.has("type") ? json.get("type").getAsString() : "view"), problems);
        }
        return out;
    }

    /** A message's fallback {@code text}: chat.update refuses more than 4,000 characters. */
    public static String fitText(String text) {
        return text == null ? null : SlackText.truncate(text, BlockKit.MESSAGE_TEXT);
    }

    /** Parses blocks JSON (as the delivery queue stores it). */
    public static JsonArray parse(String blocksJson) {
        return JsonParser.parseString(blocksJson).getAsJsonArray();
    }

    private static void view(JsonObject view, boolean fit, List<String> problems) {
        boolean modal = !"home".equals(string(view, "type"));
        text(view, "title", "view title", VIEW_TITLE, fit, problems, modal);
        text(view, "submit", "view submit", VIEW_TITLE, fit, problems, false);
        text(view, "close", "view close", VIEW_TITLE, fit, problems, false);
        length(view, "private_metadata", "view private_metadata", PRIVATE_METADATA, problems);
        length(view, "callback_id", "view callback_id", CALLBACK_ID, problems);
        length(view, "external_id", "view external_id", CALLBACK_ID, problems);
        JsonArray blocks = view.has("blocks") ? view.getAsJsonArray("blocks") : new JsonArray();
        blocks(blocks, BlockKit.VIEW_BLOCKS, fit, problems);
        boolean inputs = false;
        for (JsonElement block : blocks) {
            inputs |= "input".equals(string(block.getAsJsonObject(), "type"));
        }
        if (modal && inputs && !view.has("submit")) {
            problems.add("modal with inputs but no submit button");
        }
    }

    private static void blocks(JsonArray blocks, int maxBlocks, boolean fit, List<String> problems) {
        if (blocks.size() > maxBlocks) {
            problems.add(blocks.size() + " blocks > " + maxBlocks);
        }
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject block = blocks.get(i).getAsJsonObject();
            String type = string(block, "type");
            String at = "block " + i + " (" + type + ")";
            length(block, "block_id", at + " block_id", BLOCK_ID, problems);
            switch (String.valueOf(type)) {
                case "section" -> {
                    boolean hasText = block.has("text");
                    JsonArray fields = block.has("fields") ? block.getAsJsonArray("fields") : new JsonArray();
                    if (hasText) {
                        text(block, "text", at + " text", BlockKit.SECTION_TEXT, fit, problems, true);
                    }
                    if (fields.size() > BlockKit.SECTION_FIELDS) {
                        problems.add(at + ": " + fields.size() + " fields > " + BlockKit.SECTION_FIELDS);
                    }
                    for (int f = 0; f < fields.size(); f++) {
                        textObject(fields.get(f).getAsJsonObject(), at + " field " + f, BlockKit.FIELD_TEXT, fit, problems);
                    }
                    if (!hasText && fields.isEmpty()) {
                        problems.add(at + ": empty section");
                    }
                    if (block.has("accessory")) {
                        element(block.getAsJsonObject("accessory"), at + " accessory", fit, problems);
                    }
                }
                case "header" -> text(block, "text", at + " text", BlockKit.HEADER_TEXT, fit, problems, true);
                case "context" -> {
                    JsonArray elements = block.getAsJsonArray("elements");
                    if (elements == null || elements.isEmpty()) {
                        problems.add(at + ": no elements");
                    } else if (elements.size() > BlockKit.CONTEXT_ELEMENTS) {
                        problems.add(at + ": " + elements.size() + " elements > " + BlockKit.CONTEXT_ELEMENTS);
                    }
                    if (elements != null) {
                        for (JsonElement e : elements) {
                            JsonObject element = e.getAsJsonObject();
                            if (element.has("text")) {
                                textObject(element, at + " element", BlockKit.SECTION_TEXT, fit, problems);
                            }
                        }
                    }
                }
                case "actions" -> {
                    JsonArray elements = block.getAsJsonArray("elements");
                    if (elements == null || elements.isEmpty()) {
                        problems.add(at + ": no elements");
                    } else if (elements.size() > BlockKit.ACTION_ELEMENTS) {
                        problems.add(at + ": " + elements.size() + " elements > " + BlockKit.ACTION_ELEMENTS);
                    }
                    if (elements != null) {
                        for (int e = 0; e < elements.size(); e++) {
                            element(elements.get(e).getAsJsonObject(), at + " element " + e, fit, problems);
                        }
                    }
                }
                case "input" -> {
                    text(block, "label", at + " label", INPUT_LABEL, fit, problems, true);
                    text(block, "hint", at + " hint", INPUT_LABEL, fit, problems, false);
                    if (block.has("element")) {
                        element(block.getAsJsonObject("element"), at + " element", fit, problems);
                    } else {
                        problems.add(at + ": no element");
                    }
                }
                case "image" -> {
                    length(block, "image_url", at + " image_url", IMAGE_URL, problems);
                    if (fit) {
                        cut(block, "alt_text", IMAGE_ALT);
                    }
                    length(block, "alt_text", at + " alt_text", IMAGE_ALT, problems);
                    text(block, "title", at + " title", IMAGE_ALT, fit, problems, false);
                }
                default -> {
                    // divider and the rest have nothing to measure
                }
            }
        }
    }

    private static void element(JsonObject element, String at, boolean fit, List<String> problems) {
        String type = string(element, "type");
        at = at + " (" + type + ")";
        length(element, "action_id", at + " action_id", ACTION_ID, problems);
        text(element, "placeholder", at + " placeholder", PLACEHOLDER, fit, problems, false);
        if (element.has("confirm")) {
            JsonObject confirm = element.getAsJsonObject("confirm");
            text(confirm, "title", at + " confirm title", CONFIRM_TITLE, fit, problems, true);
            text(confirm, "text", at + " confirm text", CONFIRM_TEXT, fit, problems, true);
            text(confirm, "confirm", at + " confirm button", CONFIRM_BUTTON, fit, problems, true);
            text(confirm, "deny", at + " deny button", CONFIRM_BUTTON, fit, problems, true);
        }
        switch (String.valueOf(type)) {
            case "button" -> {
                text(element, "text", at + " text", BlockKit.BUTTON_TEXT, fit, problems, true);
                length(element, "value", at + " value", BlockKit.BUTTON_VALUE, problems);
                length(element, "url", at + " url", BUTTON_URL, problems);
                length(element, "accessibility_label", at + " accessibility_label", BlockKit.BUTTON_TEXT, problems);
            }
            case "plain_text_input" -> {
                Integer max = integer(element, "max_length");
                Integer min = integer(element, "min_length");
                if (max != null && (max < 1 || max > INPUT_MAX_LENGTH)) {
                    problems.add(at + ": max_length " + max + " outside 1.." + INPUT_MAX_LENGTH);
                }
                if (min != null && (min < 0 || min > INPUT_MAX_LENGTH)) {
                    problems.add(at + ": min_length " + min + " outside 0.." + INPUT_MAX_LENGTH);
                }
                int limit = max == null ? INPUT_MAX_LENGTH : Math.min(max, INPUT_MAX_LENGTH);
                if (fit) {
                    cut(element, "initial_value", limit);
                }
                length(element, "initial_value", at + " initial_value", limit, problems);
            }
            case "overflow" -> options(element, at, OVERFLOW_OPTIONS, 1, fit, problems);
            case "checkboxes", "radio_buttons" -> options(element, at, CHOICE_OPTIONS, 1, fit, problems);
            case "static_select", "multi_static_select" -> {
                options(element, at, SELECT_OPTIONS, 0, fit, problems);
                if (element.has("option_groups") && element.getAsJsonArray("option_groups").size() > SELECT_OPTIONS) {
                    problems.add(at + ": more than " + SELECT_OPTIONS + " option groups");
                }
            }
            default -> {
                // users_select, conversations_select, datepicker…: ids and placeholder only
            }
        }
        if (element.has("initial_option")) {
            option(element.getAsJsonObject("initial_option"), at + " initial_option", fit, problems);
        }
    }

    private static void options(JsonObject element, String at, int max, int min, boolean fit, List<String> problems) {
        JsonArray options = element.has("options") ? element.getAsJsonArray("options") : new JsonArray();
        if (options.size() > max || (options.size() < min && !element.has("option_groups"))) {
            problems.add(at + ": " + options.size() + " options, allowed " + min + ".." + max);
        }
        for (int i = 0; i < options.size(); i++) {
            option(options.get(i).getAsJsonObject(), at + " option " + i, fit, problems);
        }
    }

    private static void option(JsonObject option, String at, boolean fit, List<String> problems) {
        text(option, "text", at + " text", OPTION_TEXT, fit, problems, true);
        text(option, "description", at + " description", OPTION_TEXT, fit, problems, false);
        length(option, "value", at + " value", OPTION_VALUE, problems);
    }

    /** A text object held under {@code field}: cut to {@code max} when fitting, else measured. */
    private static void text(JsonObject holder, String field, String at, int max, boolean fit, List<String> problems,
                             boolean required) {
        if (!holder.has(field) || holder.get(field).isJsonNull()) {
            if (required) {
                problems.add(at + ": missing");
            }
            return;
        }
        JsonElement value = holder.get(field);
        if (value.isJsonObject()) {
            textObject(value.getAsJsonObject(), at, max, fit, problems);
        } else if (value.isJsonPrimitive()) {
            if (fit) {
                cut(holder, field, max);
            }
            length(holder, field, at, max, problems);
        }
    }

    private static void textObject(JsonObject text, String at, int max, boolean fit, List<String> problems) {
        if (fit) {
            cut(text, "text", max);
        }
        String value = string(text, "text");
        if (value == null || value.isEmpty()) {
            problems.add(at + ": empty text");
        } else if (value.length() > max) {
            problems.add(at + ": " + value.length() + " chars > " + max);
        }
    }

    private static void cut(JsonObject holder, String field, int max) {
        String value = string(holder, field);
        if (value != null && value.length() > max) {
            holder.addProperty(field, SlackText.truncate(value, max));
        }
    }

    private static void length(JsonObject holder, String field, String at, int max, List<String> problems) {
        String value = string(holder, field);
        if (value != null && value.length() > max) {
            problems.add(at + ": " + value.length() + " chars > " + max);
        }
    }

    private static String string(JsonObject holder, String field) {
        JsonElement value = holder.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static Integer integer(JsonObject holder, String field) {
        JsonElement value = holder.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsInt();
    }
}
