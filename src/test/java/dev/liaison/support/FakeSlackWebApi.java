package dev.liaison.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's Web API and response_urls that records every call. users.info and
 * auth.test answer with Slack's documented responses, adjusted per registered user.
 */
public final class FakeSlackWebApi implements AutoCloseable {

    /** One recorded call: the method (or hook path), its form or JSON parameters, the raw body, when. */
    public record Call(String method, Map<String, String> params, String body, long atMillis, String token) {
        public Call(String method, Map<String, String> params, String body) {
            this(method, params, body, System.currentTimeMillis(), null);
        }

        public Call(String method, Map<String, String> params, String body, String token) {
            this(method, params, body, System.currentTimeMillis(), token);
        }

        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong TS = new java.util.concurrent.atomic.AtomicLong();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** files.info answers' "file" objects, by file id. */
    private final Map<String, JsonObject> fileInfos = new ConcurrentHashMap<>();
    /** Who is in each channel, for conversations.members; a channel not here is channel_not_found. */
    private final Map<String, java.util.Set<String>> channelMembers = new ConcurrentHashMap<>();
    /** A file path answered with a redirect to this location. */
    private final Map<String, String> fileRedirects = new ConcurrentHashMap<>();
    /** Bytes received at files.getUploadURLExternal's upload URLs, by file id. */
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private volatile boolean down;
    /** Scripted failures per method, answered in order before normal answers resume. */
    private final Map<String, java.util.Deque<int[]>> failures = new ConcurrentHashMap<>();
    /** Scripted Slack errors per method (HTTP 200, ok:false), answered in order. */
    private final Map<String, java.util.Deque<String>> errors = new ConcurrentHashMap<>();
    /** Scripted delays per method: the call is answered (and takes effect) only after this many ms. */
    private final Map<String, java.util.Deque<Long>> delays = new ConcurrentHashMap<>();
    /** Tokens Slack no longer accepts, with the error every call made with them gets. */
    private final Map<String, String> refusedTokens = new ConcurrentHashMap<>();
    /** oauth.v2.access answers by the code Slack would have handed the installer's browser. */
    private final Map<String, JsonObject> installs = new ConcurrentHashMap<>();
    /** Where apps.connections.open sends a Socket Mode app. */
    private volatile java.util.function.Supplier<String> socketModeUrl = () -> null;
    /** What was posted, per conversation (a DM under its D… id), as conversations.history shows it. */
    private final Map<String, List<JsonObject>> history = new ConcurrentHashMap<>();
    /** Holds every message, view and file to Slack's limits and looks for markup from people's words. */
    private final SlackCallChecker checker = new SlackCallChecker(users::containsKey);

    public FakeSlackWebApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/", this::api);
        server.createContext("/hooks/", this::hook);
        server.createContext("/files/", this::file);
        server.createContext("/upload/", this::upload);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** A workspace member with a time zone, built from users.info.success.json. */
    public FakeSlackWebApi member(String teamId, String userId, String realName, String tz) {
        JsonObject user = Fixtures.json("slack/users.info.success.json").getAsJsonObject().getAsJsonObject("user").deepCopy();
        user.addProperty("id", userId);
        user.addProperty("team_id", teamId);
        user.addProperty("name", realName.toLowerCase().replace(' ', '.'));
        user.addProperty("real_name", realName);
        user.addProperty("tz", tz);
        user.addProperty("is_admin", false);
        user.getAsJsonObject("profile").addProperty("real_name", realName);
        user.getAsJsonObject("profile").addProperty("team", teamId);
        users.put(userId, user);
        return this;
    }

    public FakeSlackWebApi guest(String teamId, String userId, String realName) {
        member(teamId, userId, realName, "Europe/London");
        users.get(userId).addProperty("is_restricted", true);
        return this;
    }

    public FakeSlackWebApi outsider(String otherTeamId, String userId, String realName) {
        member(otherTeamId, userId, realName, "America/New_York");
        users.get(userId).addProperty("is_stranger", true);
        return this;
    }

    /** A bot user of the workspace (users.info {@code is_bot}). */
    public FakeSlackWebApi bot(String teamId, String userId, String name) {
        member(teamId, userId, name, "UTC");
        users.get(userId).addProperty("is_bot", true);
        return this;
    }

    /** Makes a member one of the workspace's Slack admins (users.info {@code is_admin}). */
    public FakeSlackWebApi slackAdmin(String userId) {
        users.get(userId).addProperty("is_admin", true);
        return this;
    }

    /** Gives a member an e-mail address, for users.lookupByEmail. */
    public FakeSlackWebApi email(String userId, String email) {
        users.get(userId).getAsJsonObject("profile").addProperty("email", email);
        return this;
    }

    /** A file Slack hosts: its url_private, served only with the bot token. */
    public String file(String name, byte[] content) {
        String path = java.util.UUID.randomUUID() + "/" + name;
        files.put(path, content);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + path;
    }

    /**
     * A file uploaded to Slack: served at its url_private (with the bot token only) and described by
     * files.info as Slack documents it (mode hosted, not external). The returned object is what
     * files.info answers, for a test to change.
     */
    public JsonObject sharedFile(String fileId, String name, byte[] content) {
        String url = file(name, content);
        JsonObject info = new JsonObject();
        info.addProperty("id", fileId);
        info.addProperty("name", name);
        info.addProperty("title", name);
        info.addProperty("mimetype", "text/csv");
        info.addProperty("filetype", "csv");
        info.addProperty("size", content.length);
        info.addProperty("mode", "hosted");
        info.addProperty("is_external", false);
        info.addProperty("url_private", url);
        info.addProperty("url_private_download", url);
        fileInfos.put(fileId, info);
        return info;
    }

    /** These people are in the channel (conversations.members lists them). */
    public FakeSlackWebApi inChannel(String channelId, String... userIds) {
        channelMembers.computeIfAbsent(channelId, c -> ConcurrentHashMap.newKeySet()).addAll(List.of(userIds));
        return this;
    }

    /** The file at this URL (from {@link #file}) answers 302 to {@code location} instead. */
    public void redirectFile(String url, String location) {
        fileRedirects.put(url.substring(url.indexOf("/files/") + "/files/".length()), location);
    }

    /** While down, every Web API method answers 503 (as Slack does during an incident). */
    public void setDown(boolean down) {
        this.down = down;
    }

    /**
     * The next calls of a method answer these HTTP statuses in turn (429 comes with Retry-After of
     * {@code retryAfterSeconds}), then normal answers resume.
     */
    public void failNext(String method, int retryAfterSeconds, int... statuses) {
        java.util.Deque<int[]> queue = failures.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        for (int status : statuses) {
            queue.add(new int[] {status, retryAfterSeconds});
        }
    }

    /**
     * The next calls of a method to this channel answer these Slack errors in turn. Tests share this
     * fake, and a message another test left in the queue may be posted first: an error meant for one
     * channel must not be spent on a post to another.
     */
    public void errorNextIn(String method, String channel, String... slackErrors) {
        errors.computeIfAbsent(method + "|" + channel, m -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .addAll(List.of(slackErrors));
    }

    /** The next calls of a method answer these Slack errors (HTTP 200, {@code ok:false}) in turn. */
    public void errorNext(String method, String... slackErrors) {
        java.util.Deque<String> queue = errors.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        queue.addAll(List.of(slackErrors));
    }

    /**
     * The next {@code times} calls of a method are answered after {@code millis}, and take effect as
     * Slack's do even when the caller has stopped waiting (a posted message stays posted).
     */
    public void slowNext(String method, long millis, int times) {
        java.util.Deque<Long> queue = delays.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(millis);
        }
    }

    /** Messages posted in a conversation (a user id means the app's DM with them), oldest first. */
    public List<JsonObject> posted(String channel) {
        return List.copyOf(history.getOrDefault(conversation(channel), List.of()));
    }

    private static String conversation(String channel) {
        return channel != null && (channel.startsWith("U") || channel.startsWith("W")) ? "D" + channel : channel;
    }

    /** What the recorded calls broke of Slack's limits, or markup that came from someone's words. */
    public SlackCallChecker checker() {
        return checker;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public void reset() {
        calls.clear();
    }

    /** Every call made with this token answers {@code ok:false} with this error (token_revoked, account_inactive…). */
    public void refuseToken(String token, String error) {
        refusedTokens.put(token, error);
    }

    /** apps.connections.open answers with this URL (a fresh one each time, as Slack's do). */
    public void socketModeUrl(java.util.function.Supplier<String> url) {
        socketModeUrl = url;
    }

    /**
     * An installer who approved the app in a workspace: oauth.v2.access with this code answers as Slack
     * documents it (docs: oauth.v2.access), with this workspace's own bot token.
     */
    public void installation(String code, String teamId, String teamName, String botToken, String botUserId,
                             String installerId) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.addProperty("access_token", botToken);
        answer.addProperty("token_type", "bot");
        answer.addProperty("scope", "commands,users:read,chat:write");
        answer.addProperty("bot_user_id", botUserId);
        answer.addProperty("app_id", "A123ABC456");
        JsonObject team = new JsonObject();
        team.addProperty("id", teamId);
        team.addProperty("name", teamName);
        answer.add("team", team);
        answer.add("enterprise", com.google.gson.JsonNull.INSTANCE);
        answer.addProperty("is_enterprise_install", false);
        JsonObject installer = new JsonObject();
        installer.addProperty("id", installerId);
        answer.add("authed_user", installer);
        installs.put(code, answer);
    }

    private static String token(HttpExchange exchange, Map<String, String> params) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring("Bearer ".length());
        }
        return params.get("token");
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = read(exchange);
        String token = token(exchange, form(body));
        Map<String, String> recorded = new java.util.LinkedHashMap<>(form(body));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            // oauth.v2.access may authenticate the app with HTTP Basic (client_id:client_secret)
            String pair = new String(java.util.Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
            recorded.putIfAbsent("client_id", pair.substring(0, pair.indexOf(':')));
            recorded.putIfAbsent("client_secret", pair.substring(pair.indexOf(':') + 1));
        }
        calls.add(new Call(method, recorded, body, token));
        checker.inspect(method, recorded, body);
        if (down) {
            respond(exchange, 503, "{\"ok\":false,\"error\":\"service_unavailable\"}");
            return;
        }
        java.util.Deque<int[]> scripted = failures.get(method);
        int[] failure = scripted == null ? null : scripted.poll();
        if (failure != null) {
            if (failure[0] == 429) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(failure[1]));
                respond(exchange, 429, Fixtures.text("slack/ratelimited_429.body.json"));
            } else {
                respond(exchange, failure[0], "{\"ok\":false,\"error\":\"internal_error\"}");
            }
            return;
        }
        java.util.Deque<Long> delay = delays.get(method);
        Long wait = delay == null ? null : delay.poll();
        java.util.Deque<String> forChannel = recorded.get("channel") == null ? null
                : errors.get(method + "|" + recorded.get("channel"));
        String error = forChannel == null ? null : forChannel.poll();
        java.util.Deque<String> scriptedErrors = errors.get(method);
        error = error != null || scriptedErrors == null ? error : scriptedErrors.poll();
        if (error != null) {
            pause(wait);
            respond(exchange, 200, "{\"ok\":false,\"error\":\"" + error + "\"}");
            return;
        }
        if (token != null && refusedTokens.containsKey(token)) {
            respond(exchange, 200, "{\"ok\":false,\"error\":\"" + refusedTokens.get(token) + "\"}");
            return;
        }
        String answer = switch (method) {
            case "auth.test" -> Fixtures.text("slack/auth.test.success.json");
            case "apps.connections.open" -> {
                String url = socketModeUrl.get();
                yield url == null ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                        : "{\"ok\":true,\"url\":\"" + url + "\"}";
            }
            case "oauth.v2.access" -> {
                JsonObject install = installs.get(form(body).get("code"));
                yield install == null ? "{\"ok\":false,\"error\":\"invalid_code\"}" : install.toString();
            }
            case "users.info" -> {
                JsonObject user = users.get(form(body).get("user"));
                JsonObject info = new JsonObject();
                info.addProperty("ok", user != null);
                if (user == null) {
                    info.addProperty("error", "user_not_found");
                } else {
                    info.add("user", user);
                }
                yield info.toString();
            }
            case "views.publish" -> Fixtures.text("slack/views.publish.success.json");
            case "conversations.members" -> {
                // as Slack documents it: one page here, with an empty next_cursor
                java.util.Set<String> members = channelMembers.get(form(body).get("channel"));
                if (members == null) {
                    yield "{\"ok\":false,\"error\":\"channel_not_found\"}";
                }
                JsonObject page = new JsonObject();
                page.addProperty("ok", true);
                com.google.gson.JsonArray ids = new com.google.gson.JsonArray();
                members.forEach(ids::add);
                page.add("members", ids);
                JsonObject meta = new JsonObject();
                meta.addProperty("next_cursor", "");
                page.add("response_metadata", meta);
                yield page.toString();
            }
            case "files.info" -> {
                JsonObject file = fileInfos.get(form(body).get("file"));
                JsonObject info = new JsonObject();
                info.addProperty("ok", file != null);
                if (file == null) {
                    info.addProperty("error", "file_not_found");
                } else {
                    info.add("file", file);
                }
                yield info.toString();
            }
            case "chat.getPermalink" -> {
                JsonObject link = Fixtures.json("slack/chat.getPermalink.success.json").getAsJsonObject();
                String channel = form(body).get("channel");
                link.addProperty("channel", channel);
                link.addProperty("permalink", "https://agency.slack.com/archives/" + channel + "/p"
                        + form(body).getOrDefault("message_ts", "").replace(".", ""));
                yield link.toString();
            }
            case "chat.postMessage" -> {
                JsonObject posted = Fixtures.json("slack/chat.postMessage.success.json").getAsJsonObject();
                posted.addProperty("channel", form(body).get("channel"));
                // unique across resets, as Slack's are within a channel
                posted.addProperty("ts", (System.currentTimeMillis() / 1000) + "." + String.format("%06d", TS.incrementAndGet()));
                record(form(body), posted.get("ts").getAsString());
                yield posted.toString();
            }
            case "files.getUploadURLExternal" -> {
                // as Slack answers (docs: files.getUploadURLExternal): an upload URL and the file's id
                String fileId = "F" + String.format("%010d", TS.incrementAndGet());
                JsonObject url = new JsonObject();
                url.addProperty("ok", true);
                url.addProperty("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId);
                url.addProperty("file_id", fileId);
                yield url.toString();
            }
            case "files.completeUploadExternal" -> {
                JsonObject done = new JsonObject();
                done.addProperty("ok", true);
                com.google.gson.JsonArray completed = JsonParser.parseString(form(body).getOrDefault("files", "[]"))
                        .getAsJsonArray();
                done.add("files", completed);
                yield done.toString();
            }
            case "conversations.open" -> {
                JsonObject opened = Fixtures.json("slack/conversations.open.success.json").getAsJsonObject();
                opened.getAsJsonObject("channel").addProperty("id", conversation(form(body).get("users")));
                yield opened.toString();
            }
            case "conversations.history", "conversations.replies" -> {
                Map<String, String> params = form(body);
                double oldest = Double.parseDouble(params.getOrDefault("oldest", "0"));
                String thread = params.get("ts");
                com.google.gson.JsonArray messages = new com.google.gson.JsonArray();
                for (JsonObject message : history.getOrDefault(params.get("channel"), List.of())) {
                    boolean inThread = thread == null ? !message.has("thread_ts")
                            : thread.equals(message.has("thread_ts") ? message.get("thread_ts").getAsString() : null);
                    if (inThread && message.get("ts").getAsDouble() >= oldest) {
                        messages.add(message);
                    }
                }
                JsonObject page = new JsonObject();
                page.addProperty("ok", true);
                page.add("messages", messages);
                page.addProperty("has_more", false);
                yield page.toString();
            }
            case "users.lookupByEmail" -> {
                String email = form(body).get("email");
                JsonObject user = users.values().stream().filter(u -> u.getAsJsonObject("profile").has("email")
                        && u.getAsJsonObject("profile").get("email").getAsString().equalsIgnoreCase(email))
                        .findFirst().orElse(null);
                if (user == null) {
                    yield Fixtures.text("slack/users.lookupByEmail.error.json");
                }
                JsonObject found = Fixtures.json("slack/users.lookupByEmail.success.json").getAsJsonObject();
                found.add("user", user);
                yield found.toString();
            }
            default -> "{\"ok\":true}";
        };
        // a slow answer: the call has taken effect, only the answer is late (as when Slack is struggling)
        pause(wait);
        respond(exchange, 200, answer);
    }

    private static void pause(Long millis) {
        if (millis == null) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps a posted message as conversations.history returns it, metadata included. */
    private void record(Map<String, String> params, String ts) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("text", params.getOrDefault("text", ""));
        message.addProperty("ts", ts);
        if (params.get("thread_ts") != null) {
            message.addProperty("thread_ts", params.get("thread_ts"));
        }
        if (params.get("metadata") != null) {
            message.add("metadata", JsonParser.parseString(params.get("metadata")));
        }
        history.computeIfAbsent(conversation(params.get("channel")), c -> new CopyOnWriteArrayList<>()).add(message);
    }

    private void hook(HttpExchange exchange) throws IOException {
        String body = read(exchange);
        calls.add(new Call("response_url", Map.of("path", exchange.getRequestURI().getPath()), body));
        checker.inspect("response_url", Map.of(), body);
        respond(exchange, down ? 503 : 200, down ? "unavailable" : "ok");
    }

    /** The bytes uploaded for a file id (files.getUploadURLExternal's URL), or null. */
    public byte[] uploaded(String fileId) {
        return uploads.get(fileId);
    }

    private void upload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        byte[] content;
        try (InputStream in = exchange.getRequestBody()) {
            content = in.readAllBytes();
        }
        uploads.put(fileId, content);
        calls.add(new Call("upload", Map.of("file_id", fileId, "bytes", String.valueOf(content.length)), ""));
        respond(exchange, 200, "OK - " + content.length);
    }

    private void file(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/files/".length());
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        calls.add(new Call("file", Map.of("path", path, "authorization", auth), ""));
        String redirect = fileRedirects.get(path);
        if (redirect != null) {
            exchange.getResponseHeaders().add("Location", redirect);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        byte[] content = files.get(path);
        if (content == null || !auth.equals("Bearer xoxb-test-token")) {
            respond(exchange, 404, "not found");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/csv");
        exchange.sendResponseHeaders(200, content.length);
        exchange.getResponseBody().write(content);
        exchange.close();
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
