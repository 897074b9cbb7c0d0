package dev.liaison.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The tests' one stand-in for Slack's Web API and response_urls: it records every call and answers
 * as strictly as Slack does, in the shapes of Slack's documented answers (src/test/resources/slack).
 * <ul>
 * <li>A method it does not know is answered {@code unknown_method} and fails the test
 * ({@link StrictSlackExtension}); so does a call missing a required argument (answered with that
 * method's own error, {@link SlackArguments}) or carrying Block Kit Slack cannot show
 * ({@code invalid_blocks}, views {@code invalid_arguments}, response_url HTTP 400; see
 * {@link SlackCallChecker}).</li>
 * <li>Every {@code ts} comes from one clock ({@link #clock}), unique and increasing per conversation;
 * conversations.history and conversations.replies honour {@code oldest}/{@code latest} (exclusive
 * unless {@code inclusive}), {@code limit}, {@code cursor} and show message {@code metadata} only
 * with {@code include_all_metadata} ({@link FakeConversations}).</li>
 * <li>{@link #reset()} forgets recorded calls and everything scripted.</li>
 * </ul>
 * The sandbox's stand-in ({@code SandboxWebApi}) is a different thing: part of the app, it serves
 * the sandbox page's workspace to a person trying Liaison without Slack, leniently and without
 * recording; this fake serves tests only and is the one they hold the app to.
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

    /** Ids of files and views, unique across fakes. */
    private static final AtomicLong IDS = new AtomicLong();
    /** Every fake alive, for {@link StrictSlackExtension} to ask after each test. */
    static final Set<FakeSlackWebApi> ALIVE = ConcurrentHashMap.newKeySet();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** files.info answers' "file" objects, by file id. */
    private final Map<String, JsonObject> fileInfos = new ConcurrentHashMap<>();
    /** Who is in each channel, for conversations.members; a channel not here is channel_not_found. */
    private final Map<String, Set<String>> channelMembers = new ConcurrentHashMap<>();
    /** A file path answered with a redirect to this location. */
    private final Map<String, String> fileRedirects = new ConcurrentHashMap<>();
    /** Bytes received at files.getUploadURLExternal's upload URLs, by file id. */
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private volatile boolean down;
    /** Scripted failures per method, answered in order before normal answers resume. */
    private final Map<String, Deque<int[]>> failures = new ConcurrentHashMap<>();
    /** Scripted Slack errors per method (HTTP 200, ok:false), answered in order. */
    private final Map<String, Deque<String>> errors = new ConcurrentHashMap<>();
    /** Scripted delays per method: the call is answered (and takes effect) only after this many ms. */
    private final Map<String, Deque<Long>> delays = new ConcurrentHashMap<>();
    /** Tokens Slack no longer accepts, with the error every call made with them gets. */
    private final Map<String, String> refusedTokens = new ConcurrentHashMap<>();
    /** oauth.v2.access answers by the code Slack would have handed the installer's browser. */
    private final Map<String, JsonObject> installs = new ConcurrentHashMap<>();
    /** Where apps.connections.open sends a Socket Mode app. */
    private volatile Supplier<String> socketModeUrl = () -> null;
    /** What was posted, per conversation (a DM under its D… id), with ts from one clock. */
    private final FakeConversations conversations = new FakeConversations();
    /** Files handed an upload URL (files.getUploadURLExternal), with their names. */
    private final Map<String, String> issuedFiles = new ConcurrentHashMap<>();
    /** Calls Slack would refuse as built wrong (unknown method, missing argument, invalid blocks). */
    private final List<String> refusals = new CopyOnWriteArrayList<>();
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
        ALIVE.add(this);
    }

    /**
     * Slack's clock: every {@code ts} the fake gives is read from it (the test's clock, so that the
     * app's {@code oldest} and Slack's {@code ts} are on one timeline), unique per conversation.
     */
    public FakeSlackWebApi clock(Clock clock) {
        conversations.clock(clock);
        return this;
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
        String path = UUID.randomUUID() + "/" + name;
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
        Deque<int[]> queue = failures.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>());
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
        errors.computeIfAbsent(method + "|" + channel, m -> new ConcurrentLinkedDeque<>())
                .addAll(List.of(slackErrors));
    }

    /** The next calls of a method answer these Slack errors (HTTP 200, {@code ok:false}) in turn. */
    public void errorNext(String method, String... slackErrors) {
        Deque<String> queue = errors.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>());
        queue.addAll(List.of(slackErrors));
    }

    /**
     * The next {@code times} calls of a method are answered after {@code millis}, and take effect as
     * Slack's do even when the caller has stopped waiting (a posted message stays posted).
     */
    public void slowNext(String method, long millis, int times) {
        Deque<Long> queue = delays.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(millis);
        }
    }

    /** Messages posted in a conversation (a user id means the app's DM with them), oldest first. */
    public List<JsonObject> posted(String channel) {
        return conversations.all(conversation(channel));
    }

    /** A message someone posted in a channel (not the app): its ts, for a thread to hang on. */
    public String someonePosted(String channel, String userId, String text) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", userId);
        message.addProperty("text", text);
        String ts = conversations.nextTs(channel);
        message.addProperty("ts", ts);
        conversations.add(channel, message);
        return ts;
    }

    /**
     * Calls Slack would have refused as built wrong since the last look (a method it does not have, a
     * required argument missing, Block Kit it cannot read), and forgets them: StrictSlackExtension
     * fails the test that made any.
     */
    public List<String> takeRefusals() {
        List<String> taken = List.copyOf(refusals);
        refusals.removeAll(taken);
        if (closed) {
            ALIVE.remove(this);
        }
        return taken;
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

    /**
     * Forgets every recorded call and everything scripted: failures, errors, delays, Slack being
     * down, refused tokens. The workspace stays as Slack keeps it (members, channels, files,
     * installations, posted messages), and so do calls Slack would have refused, until the test
     * ends and StrictSlackExtension looks at them.
     */
    public void reset() {
        calls.clear();
        failures.clear();
        errors.clear();
        delays.clear();
        refusedTokens.clear();
        down = false;
    }

    /** Every call made with this token answers {@code ok:false} with this error (token_revoked, account_inactive…). */
    public void refuseToken(String token, String error) {
        refusedTokens.put(token, error);
    }

    /** apps.connections.open answers with this URL (a fresh one each time, as Slack's do). */
    public void socketModeUrl(Supplier<String> url) {
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
        answer.add("enterprise", JsonNull.INSTANCE);
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
        try {
            call(method, exchange);
        } catch (RuntimeException unreadable) {
            // never a silently dropped connection: the call is refused and the test told why
            refuse(method, "fake_could_not_answer", unreadable.toString());
            respond(exchange, 500, refusal("internal_error", null));
        }
    }

    private void call(String method, HttpExchange exchange) throws IOException {
        String body = read(exchange);
        Map<String, String> recorded = new LinkedHashMap<>(form(body));
        String token = token(exchange, recorded);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            // oauth.v2.access may authenticate the app with HTTP Basic (client_id:client_secret)
            String pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
            recorded.putIfAbsent("client_id", pair.substring(0, pair.indexOf(':')));
            recorded.putIfAbsent("client_secret", pair.substring(pair.indexOf(':') + 1));
        }
        calls.add(new Call(method, recorded, body, token));
        List<String> invalidBlocks = checker.inspect(method, recorded, body);
        if (!SlackArguments.known(method)) {
            // Slack's answer to a method it does not have; the test fails too (StrictSlackExtension)
            refuse(method, "unknown_method", "a Web API method this fake does not know: teach it Slack's answer");
            respond(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\",\"req_method\":\"" + method + "\"}");
            return;
        }
        if (down) {
            respond(exchange, 503, "{\"ok\":false,\"error\":\"service_unavailable\"}");
            return;
        }
        Deque<int[]> scripted = failures.get(method);
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
        Deque<Long> delay = delays.get(method);
        Long wait = delay == null ? null : delay.poll();
        Deque<String> forChannel = recorded.get("channel") == null ? null
                : errors.get(method + "|" + recorded.get("channel"));
        String error = forChannel == null ? null : forChannel.poll();
        Deque<String> scriptedErrors = errors.get(method);
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
        Optional<SlackArguments.Refusal> missing = SlackArguments.missing(method, recorded, token);
        if (missing.isPresent()) {
            refuse(method, missing.get().error(), missing.get().message() != null ? missing.get().message()
                    : "a required argument is missing");
            respond(exchange, 200, refusal(missing.get().error(), missing.get().message()));
            return;
        }
        if (!invalidBlocks.isEmpty()) {
            // Slack checks Block Kit before anything else happens: nothing is posted or shown
            String code = method.startsWith("views.") ? "invalid_arguments" : "invalid_blocks";
            refuse(method, code, String.join("; ", invalidBlocks));
            respond(exchange, 200, refusal(code, "[ERROR] " + invalidBlocks.get(0)));
            return;
        }
        String answer = answer(method, recorded);
        // a slow answer: the call has taken effect, only the answer is late (as when Slack is struggling)
        pause(wait);
        respond(exchange, 200, answer);
    }

    /** Slack's answer to a well-formed call of a method it knows. */
    private String answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> Fixtures.text("slack/auth.test.success.json");
            case "apps.connections.open" -> {
                String url = socketModeUrl.get();
                yield url == null ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                        : "{\"ok\":true,\"url\":\"" + url + "\"}";
            }
            case "oauth.v2.access" -> {
                JsonObject install = installs.get(params.get("code"));
                yield install == null ? "{\"ok\":false,\"error\":\"invalid_code\"}" : install.toString();
            }
            case "users.info" -> {
                JsonObject user = users.get(params.get("user"));
                yield user == null ? refusal("user_not_found", null) : withOk("user", user);
            }
            case "views.open", "views.publish" -> viewAnswer(method, params);
            case "conversations.members" -> members(params);
            case "files.info" -> {
                JsonObject file = fileInfos.get(params.get("file"));
                yield file == null ? refusal("file_not_found", null) : withOk("file", file);
            }
            case "chat.getPermalink" -> {
                // messages people posted are not in the fake's history: any well-formed ts has a link
                JsonObject link = Fixtures.json("slack/chat.getPermalink.success.json").getAsJsonObject();
                String channel = params.get("channel");
                link.addProperty("channel", channel);
                link.addProperty("permalink", "https://agency.slack.com/archives/" + channel + "/p"
                        + params.get("message_ts").replace(".", ""));
                yield link.toString();
            }
            case "chat.postMessage" -> post(params);
            case "chat.update" -> update(params);
            case "files.getUploadURLExternal" -> {
                // as Slack answers (docs: files.getUploadURLExternal): an upload URL and the file's id
                String fileId = "F" + String.format("%010d", IDS.incrementAndGet());
                issuedFiles.put(fileId, params.get("filename"));
                JsonObject url = new JsonObject();
                url.addProperty("ok", true);
                url.addProperty("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId);
                url.addProperty("file_id", fileId);
                yield url.toString();
            }
            case "files.completeUploadExternal" -> completeUpload(params);
            case "conversations.open" -> {
                String users = params.get("users");
                if (users != null && users.split(",").length > 8) {
                    yield refusal("too_many_users", null);
                }
                JsonObject opened = Fixtures.json("slack/conversations.open.success.json").getAsJsonObject();
                opened.getAsJsonObject("channel").addProperty("id",
                        users != null ? conversation(users.split(",")[0]) : params.get("channel"));
                yield opened.toString();
            }
            case "conversations.history" -> {
                String channel = params.get("channel");
                String invalid = FakeConversations.invalid(params);
                // history wants a conversation's id: a person's id is not one
                yield isPerson(channel) ? refusal("channel_not_found", null)
                        : invalid != null ? refusal(invalid, null)
                        : conversations.history(channel, params).toString();
            }
            case "conversations.replies" -> {
                String channel = params.get("channel");
                String invalid = FakeConversations.invalid(params);
                if (isPerson(channel)) {
                    yield refusal("channel_not_found", null);
                }
                yield invalid != null ? refusal(invalid, null) : conversations.replies(channel, params.get("ts"), params)
                        .map(JsonObject::toString).orElse(refusal("thread_not_found", null));
            }
            case "users.lookupByEmail" -> {
                String email = params.get("email");
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
            default -> throw new IllegalStateException("SlackArguments knows " + method + " but the fake has no answer");
        };
    }

    /** chat.postMessage: posted in the conversation (a person's id means the app's DM with them). */
    private String post(Map<String, String> params) {
        String channel = conversation(params.get("channel"));
        JsonObject metadata = null;
        if (params.get("metadata") != null) {
            try {
                metadata = JsonParser.parseString(params.get("metadata")).getAsJsonObject();
            } catch (RuntimeException e) {
                metadata = null;
            }
            if (metadata == null || !metadata.has("event_type") || !metadata.has("event_payload")) {
                refuse("chat.postMessage", "invalid_metadata_format", params.get("metadata"));
                return refusal("invalid_metadata_format", null);
            }
        }
        String threadTs = params.get("thread_ts");
        String ts = conversations.nextTs(channel);
        JsonObject message = Fixtures.json("slack/chat.postMessage.success.json").getAsJsonObject()
                .getAsJsonObject("message").deepCopy();
        message.remove("attachments");
        message.addProperty("text", params.getOrDefault("text", ""));
        message.addProperty("ts", ts);
        if (params.get("blocks") != null) {
            message.add("blocks", JsonParser.parseString(params.get("blocks")));
        }
        if (threadTs != null) {
            message.addProperty("thread_ts", threadTs);
        }
        if (metadata != null) {
            message.add("metadata", metadata);
        }
        conversations.add(channel, message);
        JsonObject posted = Fixtures.json("slack/chat.postMessage.success.json").getAsJsonObject();
        posted.addProperty("channel", channel);
        posted.addProperty("ts", ts);
        JsonObject echoed = message.deepCopy();
        echoed.remove("metadata");
        posted.add("message", echoed);
        return posted.toString();
    }

    /** chat.update: only a message that is there, by its channel and ts. */
    private String update(Map<String, String> params) {
        String channel = params.get("channel");
        if (isPerson(channel)) {
            return refusal("channel_not_found", null);
        }
        Optional<JsonObject> message = conversations.find(channel, params.get("ts"));
        if (message.isEmpty()) {
            return refusal("message_not_found", null);
        }
        message.get().addProperty("text", params.getOrDefault("text", ""));
        if (params.get("blocks") != null) {
            message.get().add("blocks", JsonParser.parseString(params.get("blocks")));
        }
        JsonObject updated = Fixtures.json("slack/chat.update.success.json").getAsJsonObject();
        updated.addProperty("channel", channel);
        updated.addProperty("ts", params.get("ts"));
        updated.addProperty("text", params.getOrDefault("text", ""));
        JsonObject shown = message.get().deepCopy();
        shown.remove("metadata");
        updated.add("message", shown);
        return updated.toString();
    }

    private String viewAnswer(String method, Map<String, String> params) {
        JsonObject view;
        try {
            view = JsonParser.parseString(params.get("view")).getAsJsonObject();
        } catch (RuntimeException e) {
            refuse(method, "invalid_arguments", "view is not a JSON object");
            return refusal("invalid_arguments", "[ERROR] failed to match all allowed schemas [json-pointer:/view]");
        }
        String type = view.has("type") ? view.get("type").getAsString() : "";
        if (method.equals("views.open") ? !type.equals("modal") : !type.equals("home")) {
            refuse(method, "invalid_arguments", "view type " + type);
            return refusal("invalid_arguments", "[ERROR] failed to match all allowed schemas [json-pointer:/view]");
        }
        JsonObject answer = Fixtures.json(method.equals("views.open") ? "slack/views.open.success.json"
                : "slack/views.publish.success.json").getAsJsonObject();
        JsonObject shown = answer.getAsJsonObject("view");
        String id = "V" + String.format("%010d", IDS.incrementAndGet());
        view.entrySet().forEach(e -> shown.add(e.getKey(), e.getValue()));
        shown.addProperty("id", id);
        shown.addProperty("root_view_id", id);
        return answer.toString();
    }

    /** conversations.members: as Slack documents it, in pages of {@code limit} with a next_cursor. */
    private String members(Map<String, String> params) {
        Set<String> members = channelMembers.get(params.get("channel"));
        if (members == null) {
            return refusal("channel_not_found", null);
        }
        List<String> all = members.stream().sorted().toList();
        int limit = params.get("limit") == null ? 100 : Math.min(1000, Math.max(1, Integer.parseInt(params.get("limit"))));
        int from = 0;
        if (params.get("cursor") != null && !params.get("cursor").isEmpty()) {
            String cursor = new String(Base64.getDecoder().decode(params.get("cursor")), StandardCharsets.UTF_8);
            if (!cursor.startsWith("member:")) {
                return refusal("invalid_cursor", null);
            }
            from = Integer.parseInt(cursor.substring("member:".length()));
        }
        int to = Math.min(all.size(), from + limit);
        JsonObject page = new JsonObject();
        page.addProperty("ok", true);
        JsonArray ids = new JsonArray();
        all.subList(Math.min(from, all.size()), to).forEach(ids::add);
        page.add("members", ids);
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", to < all.size() ? Base64.getEncoder()
                .encodeToString(("member:" + to).getBytes(StandardCharsets.UTF_8)) : "");
        page.add("response_metadata", meta);
        return page.toString();
    }

    /** files.completeUploadExternal: each file one this fake handed an upload URL for, and uploaded. */
    private String completeUpload(Map<String, String> params) {
        JsonArray requested;
        try {
            requested = JsonParser.parseString(params.get("files")).getAsJsonArray();
        } catch (RuntimeException e) {
            refuse("files.completeUploadExternal", "invalid_arguments", "files is not a JSON array");
            return refusal("invalid_arguments", "[ERROR] files must be a JSON array");
        }
        JsonArray completed = new JsonArray();
        for (JsonElement element : requested) {
            JsonObject file = element.getAsJsonObject();
            String id = file.has("id") ? file.get("id").getAsString() : null;
            if (id == null || !issuedFiles.containsKey(id) || !uploads.containsKey(id)) {
                refuse("files.completeUploadExternal", "file_not_found", "file " + id + " was never uploaded");
                return refusal("file_not_found", null);
            }
            JsonObject done = new JsonObject();
            done.addProperty("id", id);
            done.addProperty("title", file.has("title") ? file.get("title").getAsString() : issuedFiles.get(id));
            completed.add(done);
        }
        JsonObject done = new JsonObject();
        done.addProperty("ok", true);
        done.add("files", completed);
        return done.toString();
    }

    private static boolean isPerson(String channel) {
        return channel != null && (channel.startsWith("U") || channel.startsWith("W"));
    }

    private static String withOk(String field, JsonObject value) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add(field, value);
        return answer.toString();
    }

    /** {@code {"ok":false,"error":…}}, with Slack's {@code response_metadata.messages} line when it gives one. */
    private static String refusal(String error, String message) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", false);
        answer.addProperty("error", error);
        if (message != null) {
            JsonObject meta = new JsonObject();
            JsonArray messages = new JsonArray();
            messages.add(message);
            meta.add("messages", messages);
            answer.add("response_metadata", meta);
        }
        return answer.toString();
    }

    /** A call Slack refuses because the app built it wrong: answered as Slack does, and the test fails. */
    private void refuse(String method, String error, String why) {
        refusals.add(method + " → " + error + ": " + why);
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

    private void hook(HttpExchange exchange) throws IOException {
        String body = read(exchange);
        calls.add(new Call("response_url", Map.of("path", exchange.getRequestURI().getPath()), body));
        List<String> invalidBlocks = checker.inspect("response_url", Map.of(), body);
        if (!down && !invalidBlocks.isEmpty()) {
            // a response_url answers in plain text, and refuses what Block Kit cannot show
            refuse("response_url", "invalid_blocks", String.join("; ", invalidBlocks));
            respond(exchange, 400, "invalid_blocks");
            return;
        }
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
            // a JSON body: its top-level fields, objects and arrays as the JSON a form would carry
            try {
                JsonParser.parseString(body).getAsJsonObject().entrySet().forEach(e -> params.put(e.getKey(),
                        e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            } catch (RuntimeException notJson) {
                // left empty: Slack finds no arguments in it either
            }
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notForm) {
                    // not a form (a multipart upload, say): Slack finds no such argument either
                }
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

    private volatile boolean closed;

    /** Stops the server; a fake closed with refusals not yet looked at stays for StrictSlackExtension. */
    @Override
    public void close() {
        closed = true;
        if (refusals.isEmpty()) {
            ALIVE.remove(this);
        }
        server.stop(0);
    }
}
