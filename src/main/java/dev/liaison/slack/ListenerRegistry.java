package dev.liaison.slack;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
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
    private final Set<String> commands = new LinkedHashSet<>();
    private final Set<String> events = new LinkedHashSet<>();
    private final Set<String> actions = new LinkedHashSet<>();
    private final Set<String> views = new LinkedHashSet<>();

    ListenerRegistry(App app, AccessPolicy access, ProcessedEvents processedEvents) {
        this.app = app;
        this.access = access;
        this.processedEvents = processedEvents;
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
                    return ctx.ackWithErrors(java.util.Map.of(firstBlockId(req.getPayload().getView()),
                            decision.refusal()));
                }
                return handler.apply(req, ctx);
            } catch (Exception e) {
                return ctx.ackWithErrors(java.util.Map.of(firstBlockId(req.getPayload().getView()),
                        UserFacingErrors.describe(e, "view " + callbackId)));
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

    /** Actions have no ack text: the answer goes to the response_url as an ephemeral message. */
    private static Response answerAction(BlockActionRequest req, ActionContext ctx, String text) {
        try {
            if (req.getPayload().getResponseUrl() != null) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
            }
        } catch (Exception e) {
            log.warn("Could not answer an action: {}", e.getMessage());
        }
        return ctx.ack();
    }

    private static String firstBlockId(com.slack.api.model.view.View view) {
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
