package dev.liaison.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.slack.SlackCredentials;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stand-in for Slack's Web API and response_urls: the methods Liaison calls, answered in
 * Slack's shapes (ok/error, the documented fields) over the sandbox's workspace. Requests need the
 * sandbox bot token, as Slack needs the real one.
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxWebApi {

    private final SandboxWorkspace workspace;
    private final SandboxAddress address;
    private final SlackCredentials credentials;

    SandboxWebApi(SandboxWorkspace workspace, SandboxAddress address, SlackCredentials credentials) {
        this.workspace = workspace;
        this.address = address;
        this.credentials = credentials;
    }

    @PostMapping(path = "/sandbox/api/{method}", produces = MediaType.APPLICATION_JSON_VALUE)
    String call(@PathVariable String method, @RequestParam Map<String, String> params,
                @RequestHeader(name = "Authorization", required = false) String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : params.get("token");
        if (!credentials.botToken().equals(token)) {
            return error(token == null ? "not_authed" : "invalid_auth").toString();
        }
        return answer(method, params).toString();
    }

    /** Files uploaded through Slack's external upload, kept for the page to show (a run's worth, in memory). */
    private record SandboxFile(String name, String alt, byte[] content) {
    }

    private final Map<String, SandboxFile> files = new ConcurrentHashMap<>();

    @PostMapping(path = "/sandbox/upload/{id}")
    ResponseEntity<String> upload(@PathVariable String id, @RequestBody byte[] content) {
        SandboxFile file = files.get(id);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("unknown upload");
        }
        files.put(id, new SandboxFile(file.name(), file.alt(), content));
        return ResponseEntity.ok("OK - " + content.length);
    }

    @GetMapping(path = "/sandbox/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        SandboxFile file = files.get(id);
        if (file == null || file.content() == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = file.name().endsWith(".png") ? MediaType.IMAGE_PNG
                : file.name().endsWith(".csv") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", "inline; filename=\"" + file.name() + "\"")
                .body(file.content());
    }

    private JsonObject answer(String method, Map<String, String> p) {
        return switch (method) {
            case "auth.test" -> {
                JsonObject ok = ok();
                ok.addProperty("url", "https://demo-agency.sandbox.invalid/");
                ok.addProperty("team", "Demo Agency");
                ok.addProperty("user", "liaison");
                ok.addProperty("team_id", DemoAgency.TEAM);
                ok.addProperty("user_id", SandboxWorkspace.BOT_USER);
                ok.addProperty("bot_id", SandboxWorkspace.BOT_ID);
                ok.addProperty("is_enterprise_install", false);
                yield ok;
            }
            case "users.info" -> withUser(workspace.user(p.getOrDefault("user", "")), "user_not_found");
            case "users.lookupByEmail" -> withUser(workspace.userByEmail(p.getOrDefault("email", "")), "users_not_found");
            case "chat.postMessage" -> {
                if (blank(p.get("channel"))) {
                    yield error("channel_not_found");
                }
                if (blank(p.get("text")) && blank(p.get("blocks"))) {
                    yield error("no_text");
                }
                JsonObject message = workspace.post(p.get("channel"), SandboxWorkspace.BOT_USER, p.get("text"),
                        blocks(p.get("blocks")), p.get("thread_ts"));
                JsonObject ok = ok();
                ok.addProperty("channel", message.get("channel").getAsString());
                ok.addProperty("ts", message.get("ts").getAsString());
                ok.add("message", message);
                yield ok;
            }
            case "chat.update" -> {
                String channel = p.getOrDefault("channel", "");
                if (!workspace.update(channel, p.getOrDefault("ts", ""), p.get("text"), blocks(p.get("blocks")))) {
                    yield error(workspace.knowsChannel(channel) ? "message_not_found" : "channel_not_found");
                }
                JsonObject ok = ok();
                ok.addProperty("channel", channel);
                ok.addProperty("ts", p.get("ts"));
                ok.addProperty("text", p.get("text"));
                yield ok;
            }
            case "chat.postEphemeral" -> {
                JsonObject answer = workspace.answer(p.getOrDefault("user", ""), p.get("channel"), p.get("text"),
                        blocks(p.get("blocks")), null);
                JsonObject ok = ok();
                ok.addProperty("message_ts", answer.get("ts").getAsString());
                yield ok;
            }
            case "chat.getPermalink" -> {
                String channel = p.getOrDefault("channel", "");
                String ts = p.getOrDefault("message_ts", "");
                if (workspace.message(channel, ts).isEmpty()) {
                    yield error(workspace.knowsChannel(channel) ? "message_not_found" : "channel_not_found");
                }
                JsonObject ok = ok();
                ok.addProperty("channel", channel);
                ok.addProperty("permalink", address.base() + "/sandbox#msg-" + channel + "-" + ts.replace(".", "-"));
                yield ok;
            }
            case "files.getUploadURLExternal" -> {
                if (blank(p.get("filename"))) {
                    yield error("invalid_arguments");
                }
                String id = "FDEMO" + String.format("%08d", files.size() + 1);
                files.put(id, new SandboxFile(p.get("filename"), p.get("alt_txt"), null));
                JsonObject ok = ok();
                ok.addProperty("upload_url", address.base() + "/sandbox/upload/" + id);
                ok.addProperty("file_id", id);
                yield ok;
            }
            case "files.completeUploadExternal" -> {
                JsonArray completed = JsonParser.parseString(p.getOrDefault("files", "[]")).getAsJsonArray();
                String channel = workspace.resolveChannel(p.getOrDefault("channel_id", ""));
                JsonArray blocks = new JsonArray();
                for (JsonElement entry : completed) {
                    String id = entry.getAsJsonObject().get("id").getAsString();
                    SandboxFile file = files.get(id);
                    if (file == null || file.content() == null) {
                        yield error("file_not_found");
                    }
                    String url = address.base() + "/sandbox/files/" + id;
                    JsonObject block = new JsonObject();
                    if (file.name().endsWith(".png")) {
                        block.addProperty("type", "image");
                        block.addProperty("image_url", url);
                        block.addProperty("alt_text", file.alt() == null ? file.name() : file.alt());
                    } else {
                        block.addProperty("type", "section");
                        JsonObject text = new JsonObject();
                        text.addProperty("type", "mrkdwn");
                        text.addProperty("text", ":page_facing_up: <" + url + "|" + file.name() + ">");
                        block.add("text", text);
                    }
                    blocks.add(block);
                }
                workspace.post(channel, SandboxWorkspace.BOT_USER, p.getOrDefault("initial_comment", ""), blocks, p.get("thread_ts"));
                JsonObject ok = ok();
                ok.add("files", completed);
                yield ok;
            }
            case "conversations.members" -> {
                // the stand-in's channels are public and everyone in the demo agency is in them
                String channel = p.getOrDefault("channel", "");
                if (!workspace.knowsChannel(channel) || channel.startsWith("D")) {
                    yield error("channel_not_found");
                }
                JsonArray ids = new JsonArray();
                workspace.members().forEach(u -> ids.add(u.get("id").getAsString()));
                JsonObject ok = ok();
                ok.add("members", ids);
                yield ok;
            }
            case "conversations.open" -> {
                String users = p.getOrDefault("users", "");
                if (users.isBlank() || users.contains(",")) {
                    yield error(users.isBlank() ? "users_list_not_supplied" : "not_supported");
                }
                JsonObject channel = new JsonObject();
                channel.addProperty("id", workspace.resolveChannel(users));
                JsonObject ok = ok();
                ok.add("channel", channel);
                yield ok;
            }
            case "views.open" -> viewAnswer(workspace.openModal(p.getOrDefault("trigger_id", ""), view(p)),
                    "invalid_trigger_id");
            case "views.update" -> viewAnswer(workspace.replaceModal(p.getOrDefault("view_id", ""), view(p)),
                    "not_found");
            case "views.push" -> {
                Optional<JsonObject> pushed = workspace.openModal(p.getOrDefault("trigger_id", ""), view(p));
                yield viewAnswer(pushed, "invalid_trigger_id");
            }
            case "views.publish" -> {
                String userId = p.getOrDefault("user_id", "");
                if (workspace.user(userId).isEmpty()) {
                    yield error("user_not_found");
                }
                workspace.publishHome(userId, view(p));
                yield viewAnswer(workspace.home(userId), "not_found");
            }
            default -> error("unknown_method");
        };
    }

    /**
     * A response_url: answers a command or a click in the conversation it came from, replacing or
     * deleting the original when asked (Slack's "ok" in plain text).
     */
    @PostMapping(path = "/sandbox/hooks/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> hook(@PathVariable String id, @RequestBody String body) {
        Optional<SandboxWorkspace.Hook> found = workspace.hook(id);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("no_active_hooks");
        }
        JsonObject message;
        try {
            message = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException unreadable) {
            return ResponseEntity.badRequest().body("invalid_payload");
        }
        SandboxWorkspace.Hook hook = found.get();
        String text = string(message, "text");
        JsonArray blocks = message.has("blocks") && message.get("blocks").isJsonArray() ? message.getAsJsonArray("blocks") : null;
        boolean replace = bool(message, "replace_original");
        boolean delete = bool(message, "delete_original");
        boolean inChannel = "in_channel".equals(string(message, "response_type"));
        if (delete || replace) {
            if (hook.answerId() != null) {
                if (delete) {
                    workspace.deleteAnswer(hook.userId(), hook.answerId());
                } else {
                    workspace.replaceAnswer(hook.userId(), hook.answerId(), text, blocks);
                }
            } else if (hook.messageTs() != null) {
                if (delete) {
                    workspace.delete(hook.channelId(), hook.messageTs());
                } else {
                    workspace.update(hook.channelId(), hook.messageTs(), text, blocks);
                }
            }
            return ResponseEntity.ok("ok");
        }
        if (inChannel) {
            workspace.post(hook.channelId(), SandboxWorkspace.BOT_USER, text, blocks, null);
        } else {
            workspace.answer(hook.userId(), hook.channelId(), text, blocks, null);
        }
        return ResponseEntity.ok("ok");
    }

    private JsonObject viewAnswer(Optional<JsonObject> view, String error) {
        if (view.isEmpty()) {
            return error(error);
        }
        JsonObject ok = ok();
        ok.add("view", view.get());
        return ok;
    }

    private static JsonObject view(Map<String, String> p) {
        String view = p.get("view");
        return blank(view) ? new JsonObject() : JsonParser.parseString(view).getAsJsonObject();
    }

    private static JsonObject withUser(Optional<JsonObject> user, String error) {
        if (user.isEmpty()) {
            return error(error);
        }
        JsonObject ok = ok();
        ok.add("user", user.get());
        return ok;
    }

    private static JsonArray blocks(String json) {
        if (blank(json)) {
            return null;
        }
        JsonElement parsed = JsonParser.parseString(json);
        return parsed.isJsonArray() ? parsed.getAsJsonArray() : null;
    }

    private static JsonObject ok() {
        JsonObject ok = new JsonObject();
        ok.addProperty("ok", true);
        return ok;
    }

    private static JsonObject error(String error) {
        JsonObject failed = new JsonObject();
        failed.addProperty("ok", false);
        failed.addProperty("error", error);
        return failed;
    }

    private static String string(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : null;
    }

    private static boolean bool(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() && object.get(key).getAsBoolean();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
