package dev.liaison.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.store.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place listeners are registered with Bolt. Every listener gets the same treatment: the
 * caller is checked (no guests, no outsiders), any failure becomes a plain ephemeral answer within
 * the ack, and events are processed once per event_id even when Slack retries them. It also keeps
 * the list of what is registered, which the manifest test compares with manifest.yml.
 */
public final class ListenerRegistry {

    private static final Logger log = LoggerFactory.getLogger(ListenerRegistry.class);

    private final App app;
    private final AccessPolicy access;
    private final ProcessedEvents processedEvents;
    private final QueuedMessages outbox;
    private final Set<String> commands = new LinkedHashSet<>();
    private final Set<String> events = new LinkedHashSet<>();
    private final Set<String> actions = new LinkedHashSet<>();
    private final Set<String> views = new LinkedHashSet<>();
    private final Set<String> messageShortcuts = new LinkedHashSet<>();

    /** The same click again within this window is a double-click: acknowledged, not acted on. */
    static final Duration DOUBLE_CLICK = Duration.ofSeconds(2);

    ListenerRegistry(App app, AccessPolicy access, ProcessedEvents processedEvents, QueuedMessages outbox) {
        this.app = app;
        this.access = access;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
    }

    public void command(String name, SlashCommandHandler handler) {
        commands.add(name);
        app.command(name, (req, ctx) -> {
            var payload = req.getPayload();
            try {
                AccessPolicy.Decision decision =
                        access.check(payload.getTeamId(), payload.getEnterpriseId(), payload.getUserId());
                if (!decision.allowed()) {
                    return ctx.ack(decision.refusal());
                }
                return handler.apply(req, ctx);
            } catch (Exception e) {
                return ctx.ack(UserFacingErrors.describe(e, name));
            }
        });
    }

    public void blockAction(Pattern actionId, BlockActionHandler handler) {
        actions.add(actionId.pattern());
        app.blockAction(actionId, (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam() != null ? payload.getTeam().getId() : ctx.getTeamId();
            String enterpriseId = payload.getEnterprise() != null ? payload.getEnterprise().getId() : null;
            try {
                AccessPolicy.Decision decision = access.check(teamId, enterpriseId, payload.getUser().getId());
                if (!decision.allowed()) {
                    return answerAction(req, ctx, decision.refusal());
                }
                if (!processedEvents.claimWithin(teamId, clickKey(payload), DOUBLE_CLICK)) {
                    log.debug("Ignored a double-click on {}", actionId.pattern());
                    return ctx.ack();
                }
                return handler.apply(req, ctx);
            } catch (Exception e) {
                return answerAction(req, ctx, UserFacingErrors.describe(e, "action " + actionId.pattern()));
            }
        });
    }

    public void viewSubmission(String callbackId, ViewSubmissionHandler handler) {
        views.add(callbackId);
        app.viewSubmission(callbackId, (req, ctx) -> {
            var payload = req.getPayload();
            String enterpriseId = payload.getEnterprise() != null ? payload.getEnterprise().getId() : null;
            try {
                AccessPolicy.Decision decision =
                        access.check(payload.getTeam().getId(), enterpriseId, payload.getUser().getId());
                if (!decision.allowed()) {
                    return ctx.ackWithErrors(Map.of(firstBlockId(req.getPayload().getView()),
                            decision.refusal()));
                }
                // the same form submitted twice with the same values acts once; a form answered
                // with errors gives its claim back, so the corrected one goes through
                String key = submissionKey(payload.getView());
                String teamId = payload.getTeam().getId();
                if (key != null && !processedEvents.claim(teamId, key)) {
                    log.debug("Ignored a repeated submission of {}", callbackId);
                    return ctx.ack();
                }
                Response response;
                try {
                    response = handler.apply(req, ctx);
                } catch (Exception e) {
                    if (key != null) {
                        processedEvents.release(teamId, key);
                    }
                    throw e;
                }
                if (key != null && response.getBody() != null && response.getBody().contains("\"errors\"")) {
                    processedEvents.release(teamId, key);
                }
                return response;
            } catch (Exception e) {
                return ctx.ackWithErrors(Map.of(firstBlockId(req.getPayload().getView()),
                        UserFacingErrors.describe(e, "view " + callbackId)));
            }
        });
    }

    /** A message shortcut (the "…" menu of a message), by its callback id in the manifest. */
    public void messageShortcut(String callbackId, MessageShortcutHandler handler) {
        messageShortcuts.add(callbackId);
        app.messageShortcut(callbackId, (req, ctx) -> {
            var payload = req.getPayload();
            String enterpriseId = payload.getEnterprise() != null ? payload.getEnterprise().getId() : null;
            try {
                AccessPolicy.Decision decision =
                        access.check(payload.getTeam().getId(), enterpriseId, payload.getUser().getId());
                if (!decision.allowed()) {
                    answerShortcut(ctx, decision.refusal());
                    return ctx.ack();
                }
                return handler.apply(req, ctx);
            } catch (Exception e) {
                answerShortcut(ctx, UserFacingErrors.describe(e, "shortcut " + callbackId));
                return ctx.ack();
            }
        });
    }

    public <E extends Event> void event(Class<E> eventClass, BoltEventHandler<E> handler) {
        events.add(typeName(eventClass));
        app.event(eventClass, (payload, ctx) -> {
            String teamId = payload.getTeamId();
            String eventId = payload.getEventId();
            try {
                if (eventId != null && !processedEvents.claim(teamId, eventId)) {
                    log.debug("Skipped event {} already processed (retry {})", eventId, ctx.getRetryNum());
                    return ctx.ack();
                }
                return handler.apply(payload, ctx);
            } catch (Exception e) {
                UserFacingErrors.describe(e, "event " + typeName(eventClass));
                return ctx.ack();
            }
        });
    }

    public Set<String> commands() {
        return Collections.unmodifiableSet(commands);
    }

    public Set<String> events() {
        return Collections.unmodifiableSet(events);
    }

    public Set<String> actions() {
        return Collections.unmodifiableSet(actions);
    }

    public Set<String> views() {
        return Collections.unmodifiableSet(views);
    }

    public Set<String> messageShortcuts() {
        return Collections.unmodifiableSet(messageShortcuts);
    }

    private static void answerShortcut(MessageShortcutContext ctx, String text) {
        try {
            if (ctx.getResponseUrl() != null) {
                ctx.respond(r -> r.responseType("ephemeral").text(text));
            }
        } catch (Exception e) {
            log.warn("Could not answer a shortcut: {}", e.getMessage());
        }
    }

    /** Who clicked what, on which message or view: the identity of a click, whatever its action_ts. */
    private static String clickKey(BlockActionPayload payload) {
        var action = payload.getActions().get(0);
        String value = action.getValue() != null ? action.getValue()
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        String where = payload.getContainer() == null ? ""
                : payload.getContainer().getMessageTs() != null ? payload.getContainer().getMessageTs()
                : String.valueOf(payload.getContainer().getViewId());
        return "click:" + payload.getUser().getId() + ":" + action.getActionId() + ":" + where + ":" + value;
    }

    /** A view and what was typed in it; null when the payload has no view id. */
    private static String submissionKey(View view) {
        if (view == null || view.getId() == null) {
            return null;
        }
        String state = view.getState() == null ? ""
                : GsonFactory.createSnakeCase().toJson(view.getState());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8));
            return "view:" + view.getId() + ":" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Actions have no ack text: the answer goes to the response_url as an ephemeral message; a click
     * with none (App Home, a modal) is answered in the person's DM, through the delivery queue like
     * every DM (keyed by the click, so a retried click is answered once), so a failure is never silent.
     */
    private Response answerAction(BlockActionRequest req, ActionContext ctx, String text) {
        try {
            var payload = req.getPayload();
            if (payload.getResponseUrl() != null) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
            } else {
                String teamId = payload.getTeam() != null ? payload.getTeam().getId() : ctx.getTeamId();
                String userId = payload.getUser().getId();
                outbox.enqueue("answer:" + teamId + ":" + clickKey(payload) + ":" + payload.getActions().get(0).getActionTs(),
                        teamId, userId, "action-answer", text, List.of());
            }
        } catch (Exception e) {
            log.warn("Could not answer an action: {}", e.getMessage());
        }
        return ctx.ack();
    }

    private static String firstBlockId(View view) {
        if (view != null && view.getBlocks() != null) {
            for (var block : view.getBlocks()) {
                if ("input".equals(block.getType()) && block.getBlockId() != null) {
                    return block.getBlockId();
                }
            }
        }
        return "error";
    }

    private static String typeName(Class<? extends Event> eventClass) {
        try {
            return (String) eventClass.getField("TYPE_NAME").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a Slack event class: " + eventClass, e);
        }
    }
}
