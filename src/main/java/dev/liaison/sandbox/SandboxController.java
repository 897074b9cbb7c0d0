package dev.liaison.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.store.JobLocks;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox page and what it asks for: it turns what someone does on the page (a command typed, a
 * button clicked, a modal submitted, App Home opened, a message in a channel) into the request Slack
 * would send, posts it signed to /slack/events, and shows Slack's side of the answer (the ack body
 * as Slack would render it: an ephemeral answer, a modal update or its errors).
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxController {

    static final String JOB_GROUP = "liaison";
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w<])@([a-z][a-z0-9._-]*[a-z0-9])");
    private static final Pattern CHANNEL = Pattern.compile("(?<![\\w<])#([a-z0-9][a-z0-9_-]*)");

    private final SandboxWorkspace workspace;
    private final SignedRequests signed;
    private final SandboxAddress address;
    private final DemoAgency demo;
    private final Scheduler scheduler;
    private final Clock clock;

    private final JobLocks jobs;

    /** How long "Run now" waits for the run to say what it did; a longer run answers that it is still going. */
    static final Duration RUN_NOW_WAIT = Duration.ofSeconds(20);

    SandboxController(SandboxWorkspace workspace, SignedRequests signed, SandboxAddress address, DemoAgency demo,
                      Scheduler scheduler, Clock clock, JobLocks jobs) {
        this.jobs = jobs;
        this.workspace = workspace;
        this.signed = signed;
        this.address = address;
        this.demo = demo;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    // ---- the page

    @GetMapping(path = "/sandbox", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return resource("sandbox/index.html");
    }

    @GetMapping(path = "/sandbox/sandbox.js", produces = "text/javascript")
    String script() {
        return resource("sandbox/sandbox.js");
    }

    @GetMapping(path = "/sandbox/people", produces = MediaType.APPLICATION_JSON_VALUE)
    String people() {
        JsonArray list = new JsonArray();
        for (DemoAgency.DemoPerson person : DemoAgency.PEOPLE) {
            JsonObject p = new JsonObject();
            p.addProperty("id", person.id());
            p.addProperty("name", person.name());
            p.addProperty("handle", person.handle());
            p.addProperty("role", person.role());
            p.addProperty("tz", person.tz());
            list.add(p);
        }
        return list.toString();
    }

    @GetMapping(path = "/sandbox/state", produces = MediaType.APPLICATION_JSON_VALUE)
    String state(@RequestParam String user) {
        return workspace.seenBy(known(user)).toString();
    }

    // ---- what someone does

    /** A slash command typed on the page: {user, text} where text is e.g. "/client status acme". */
    @PostMapping(path = "/sandbox/command", produces = MediaType.APPLICATION_JSON_VALUE)
    String command(@RequestBody String body) {
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String user = known(request.get("user").getAsString());
        String typed = request.get("text").getAsString().strip();
        if (!typed.startsWith("/")) {
            throw new IllegalArgumentException("A slash command starts with /, e.g. /client help");
        }
        int space = typed.indexOf(' ');
        String command = space < 0 ? typed : typed.substring(0, space);
        String text = space < 0 ? "" : typed.substring(space + 1).strip();
        String hook = hookUrl(new SandboxWorkspace.Hook(user, SandboxWorkspace.GENERAL, null, null));
        String form = SlackPayloads.slashCommand(actor(user), SandboxWorkspace.GENERAL, "demo-general", command,
                escape(text), hook, workspace.newTrigger(user));
        HttpResponse<String> response = signed.form(form);
        JsonObject outcome = outcome(response);
        if (response.statusCode() == 200) {
            ackAsMessage(response.body()).ifPresentOrElse(
                    ack -> {
                        if ("in_channel".equals(string(ack, "response_type"))) {
                            workspace.answer(user, SandboxWorkspace.GENERAL, "", null, typed);
                            workspace.post(SandboxWorkspace.GENERAL, SandboxWorkspace.BOT_USER, string(ack, "text"),
                                    blocks(ack), null);
                        } else {
                            workspace.answer(user, SandboxWorkspace.GENERAL, string(ack, "text"), blocks(ack), typed);
                        }
                    },
                    () -> workspace.answer(user, SandboxWorkspace.GENERAL, "", null, typed));
        } else {
            workspace.answer(user, SandboxWorkspace.GENERAL, "Slack says: the app answered HTTP " + response.statusCode()
                    + (command.matches("/(client|ooo|escalate|liaison)") ? "" : " (Liaison has no " + command + " command)"),
                    null, typed);
        }
        return outcome.toString();
    }

    /**
     * A click, a menu choice or a picked date: {user, where: {kind: message|answer|home|modal, channel, ts,
     * answerId, viewId}, action: {type, action_id, block_id, value | selected_option | selected_user | selected_date}}.
     * Modal clicks also carry {values}, the state typed so far.
     */
    @PostMapping(path = "/sandbox/action", produces = MediaType.APPLICATION_JSON_VALUE)
    String action(@RequestBody String body) {
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String user = known(request.get("user").getAsString());
        JsonObject where = request.getAsJsonObject("where");
        JsonObject action = request.getAsJsonObject("action").deepCopy();
        action.addProperty("action_ts", clock.millis() / 1000 + "." + String.format("%06d", clock.millis() % 1000 * 1000));
        String kind = where.get("kind").getAsString();
        JsonObject container;
        JsonObject channel = null;
        JsonObject message = null;
        JsonObject view = null;
        String responseUrl = null;
        switch (kind) {
            case "message" -> {
                String channelId = where.get("channel").getAsString();
                String ts = where.get("ts").getAsString();
                message = workspace.message(channelId, ts).orElseThrow(() -> new IllegalArgumentException("no such message"));
                container = SlackPayloads.messageContainer(channelId, ts, false);
                channel = channel(channelId);
                responseUrl = hookUrl(new SandboxWorkspace.Hook(user, channelId, ts, null));
            }
            case "answer" -> {
                String answerId = where.get("answerId").getAsString();
                JsonObject answer = workspace.answer(user, answerId).orElseThrow(() -> new IllegalArgumentException("no such answer"));
                String channelId = answer.get("channel").getAsString();
                container = SlackPayloads.messageContainer(channelId, answer.get("ts").getAsString(), true);
                channel = channel(channelId);
                responseUrl = hookUrl(new SandboxWorkspace.Hook(user, channelId, null, answerId));
            }
            case "home" -> {
                view = workspace.home(user).orElseThrow(() -> new IllegalArgumentException("no App Home yet"));
                container = SlackPayloads.viewContainer(view.get("id").getAsString());
            }
            case "modal" -> {
                view = workspace.modal(user).orElseThrow(() -> new IllegalArgumentException("no modal open"));
                if (request.has("values")) {
                    JsonObject state = new JsonObject();
                    state.add("values", request.get("values"));
                    view.add("state", state);
                }
                view.remove("sandbox_errors");
                container = SlackPayloads.viewContainer(view.get("id").getAsString());
            }
            default -> throw new IllegalArgumentException("unknown place " + kind);
        }
        JsonObject payload = SlackPayloads.blockActions(actor(user), workspace.newTrigger(user), container, channel,
                message, view, responseUrl, action);
        return outcome(signed.form(SlackPayloads.asForm(payload))).toString();
    }

    /** The modal submitted: {user, viewId, values} with values shaped as Slack's view.state.values. */
    @PostMapping(path = "/sandbox/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    String submit(@RequestBody String body) {
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String user = known(request.get("user").getAsString());
        JsonObject view = workspace.modal(user).orElseThrow(() -> new IllegalArgumentException("no modal open"));
        JsonObject payload = SlackPayloads.viewSubmission(actor(user), workspace.newTrigger(user), view,
                request.getAsJsonObject("values"));
        HttpResponse<String> response = signed.form(SlackPayloads.asForm(payload));
        JsonObject outcome = outcome(response);
        if (response.statusCode() != 200) {
            workspace.modalErrors(user, errorsOnFirstBlock(view, "The app answered HTTP " + response.statusCode()));
            return outcome.toString();
        }
        JsonObject ack = response.body() == null || response.body().isBlank() ? new JsonObject()
                : JsonParser.parseString(response.body()).getAsJsonObject();
        switch (Optional.ofNullable(string(ack, "response_action")).orElse("")) {
            case "errors" -> workspace.modalErrors(user, ack.getAsJsonObject("errors"));
            case "update" -> workspace.replaceModal(view.get("id").getAsString(), ack.getAsJsonObject("view"));
            case "push" -> workspace.pushModal(user, ack.getAsJsonObject("view"));
            case "clear" -> workspace.closeModals(user);
            default -> workspace.closeTopModal(user);
        }
        return outcome.toString();
    }

    @PostMapping(path = "/sandbox/close", produces = MediaType.APPLICATION_JSON_VALUE)
    String close(@RequestBody String body) {
        workspace.closeTopModal(known(JsonParser.parseString(body).getAsJsonObject().get("user").getAsString()));
        return "{\"ok\":true}";
    }

    /** The App Home tab opened: Slack's app_home_opened event. */
    @PostMapping(path = "/sandbox/home", produces = MediaType.APPLICATION_JSON_VALUE)
    String openHome(@RequestBody String body) {
        String user = known(JsonParser.parseString(body).getAsJsonObject().get("user").getAsString());
        JsonObject event = SlackPayloads.appHomeOpened(user, workspace.resolveChannel(user), eventTs(),
                workspace.home(user).orElse(null));
        return outcome(signed.json(event(event).toString())).toString();
    }

    /** A message someone writes in a channel or a thread: stored, then Slack's message event. */
    @PostMapping(path = "/sandbox/say", produces = MediaType.APPLICATION_JSON_VALUE)
    String say(@RequestBody String body) {
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String user = known(request.get("user").getAsString());
        String channel = request.get("channel").getAsString();
        String threadTs = request.has("threadTs") && !request.get("threadTs").isJsonNull()
                ? request.get("threadTs").getAsString() : null;
        String text = escape(request.get("text").getAsString());
        JsonObject message = workspace.post(channel, user, text, null, threadTs);
        JsonObject event = SlackPayloads.messageEvent(DemoAgency.TEAM, user, message.get("channel").getAsString(), text,
                message.get("ts").getAsString(), threadTs);
        return outcome(signed.json(event(event).toString())).toString();
    }

    /** The "…" menu of a message: a message shortcut such as Log to client. */
    @PostMapping(path = "/sandbox/shortcut", produces = MediaType.APPLICATION_JSON_VALUE)
    String shortcut(@RequestBody String body) {
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String user = known(request.get("user").getAsString());
        String channelId = request.get("channel").getAsString();
        JsonObject message = workspace.message(channelId, request.get("ts").getAsString())
                .orElseThrow(() -> new IllegalArgumentException("no such message"));
        JsonObject payload = SlackPayloads.messageAction(actor(user), request.get("callbackId").getAsString(),
                workspace.newTrigger(user), channelId, workspace.channelName(channelId), message,
                hookUrl(new SandboxWorkspace.Hook(user, channelId, null, null)));
        return outcome(signed.form(SlackPayloads.asForm(payload))).toString();
    }

    // ---- jobs and the demo

    @GetMapping(path = "/sandbox/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    String jobs() throws SchedulerException {
        JsonArray names = new JsonArray();
        scheduler.getJobKeys(GroupMatcher.jobGroupEquals(JOB_GROUP)).stream().map(JobKey::getName).sorted()
                .forEach(names::add);
        return names.toString();
    }

    /**
     * Runs a scheduled job now, the same Quartz job its schedule fires, and answers what it did
     * ("0 messages — today's digest was already sent") once it has run.
     */
    @PostMapping(path = "/sandbox/jobs/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> runJob(@PathVariable String name) throws SchedulerException, InterruptedException {
        JobKey key = JobKey.jobKey(name, JOB_GROUP);
        if (!scheduler.checkExists(key)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"ok\":false,\"error\":\"no such job\"}");
        }
        long before = jobs.lastRun(name).map(JobLocks.JobRun::sequence).orElse(0L);
        scheduler.triggerJob(key);
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.addProperty("job", name);
        Optional<JobLocks.JobRun> run = jobs.awaitRun(name, before, RUN_NOW_WAIT);
        if (run.isPresent()) {
            answer.addProperty("messages", run.get().messages());
            answer.addProperty("summary", run.get().summary());
        } else {
            answer.addProperty("summary", "still running; its messages arrive when it ends");
        }
        return ResponseEntity.ok(answer.toString());
    }

    @PostMapping(path = "/sandbox/reset", produces = MediaType.APPLICATION_JSON_VALUE)
    String reset() {
        demo.reset();
        return "{\"ok\":true}";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> refused(IllegalArgumentException e) {
        JsonObject error = new JsonObject();
        error.addProperty("ok", false);
        error.addProperty("error", e.getMessage());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error.toString());
    }

    // ---- helpers

    private String known(String user) {
        if (workspace.user(user).isEmpty()) {
            throw new IllegalArgumentException("not a member of the demo workspace: " + user);
        }
        return user;
    }

    private SlackPayloads.Actor actor(String user) {
        String handle = workspace.user(user).map(u -> u.get("name").getAsString()).orElse(user);
        return new SlackPayloads.Actor(DemoAgency.TEAM, DemoAgency.DOMAIN, user, handle);
    }

    private JsonObject channel(String channelId) {
        return SlackPayloads.channel(channelId, workspace.channelName(channelId));
    }

    private JsonObject event(JsonObject event) {
        return SlackPayloads.eventCallback(DemoAgency.TEAM, "Ev" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 10).toUpperCase(), clock.instant().getEpochSecond(), event);
    }

    private String eventTs() {
        return clock.millis() / 1000 + "." + String.format("%06d", clock.millis() % 1000 * 1000);
    }

    private String hookUrl(SandboxWorkspace.Hook hook) {
        return address.base() + "/sandbox/hooks/" + workspace.newHook(hook);
    }

    /**
     * What Slack does with typed text when the command escapes it: &amp;, &lt;, &gt; escaped, and
     * {@code @handle} / {@code #channel} of people and channels it knows turned into mentions.
     */
    String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher users = HANDLE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (users.find()) {
            String handle = users.group(1);
            Optional<JsonObject> member = workspace.members().stream()
                    .filter(u -> u.get("name").getAsString().equalsIgnoreCase(handle)).findFirst();
            users.appendReplacement(out, Matcher.quoteReplacement(member
                    .map(u -> "<@" + u.get("id").getAsString() + "|" + u.get("name").getAsString() + ">")
                    .orElse(users.group())));
        }
        users.appendTail(out);
        Map<String, String> channels = workspace.channelIdsByName();
        Matcher named = CHANNEL.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (named.find()) {
            String name = named.group(1);
            Optional<String> id = channels.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
            named.appendReplacement(result, Matcher.quoteReplacement(id.map(c -> "<#" + c + "|" + name + ">")
                    .orElse(named.group())));
        }
        named.appendTail(result);
        return result.toString();
    }

    /** An ack body that Slack shows as a message (text or blocks); empty for a bare ack. */
    private static Optional<JsonObject> ackAsMessage(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String trimmed = body.strip();
        if (!trimmed.startsWith("{")) {
            JsonObject text = new JsonObject();
            text.addProperty("text", trimmed);
            return Optional.of(text);
        }
        JsonObject ack = JsonParser.parseString(trimmed).getAsJsonObject();
        return ack.has("text") || ack.has("blocks") ? Optional.of(ack) : Optional.empty();
    }

    private static JsonObject outcome(HttpResponse<String> response) {
        JsonObject outcome = new JsonObject();
        outcome.addProperty("status", response.statusCode());
        outcome.addProperty("body", response.body());
        return outcome;
    }

    private static JsonObject errorsOnFirstBlock(JsonObject view, String message) {
        JsonObject errors = new JsonObject();
        JsonArray blocks = view.getAsJsonArray("blocks");
        String blockId = blocks.isEmpty() ? "form" : blocks.get(0).getAsJsonObject().get("block_id").getAsString();
        errors.addProperty(blockId, message);
        return errors;
    }

    private static JsonArray blocks(JsonObject message) {
        JsonElement blocks = message.get("blocks");
        return blocks != null && blocks.isJsonArray() ? blocks.getAsJsonArray() : null;
    }

    private static String string(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : null;
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
