package dev.liaison.ooo.slack;

import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.liaison.ooo.CoverCandidates;
import dev.liaison.ooo.OooService;
import dev.liaison.ooo.PlanRecord;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/** The lead's prompt: change an item's cover, Apply all, Decide later; and "Keep" at the hand-back. */
@Component
class PlanActionsListener implements SlackListener {

    private final OooService ooo;
    private final SlackMessenger slack;
    private final CoverCandidates candidates;

    PlanActionsListener(OooService ooo, SlackMessenger slack, CoverCandidates candidates) {
        this.ooo = ooo;
        this.slack = slack;
        this.candidates = candidates;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(OooActions.ITEM_COVER)), this::choose);
        registry.blockAction(Pattern.compile(Pattern.quote(OooActions.ITEM_APPLY)), this::applyItem);
        registry.blockAction(Pattern.compile(Pattern.quote(OooActions.APPLY_ALL)), this::applyAll);
        registry.blockAction(Pattern.compile(Pattern.quote(OooActions.DECIDE_LATER)), this::decideLater);
        registry.blockAction(Pattern.compile(Pattern.quote(OooActions.KEEP)), this::keep);
    }

    private Response choose(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var action = payload.getActions().get(0);
        String[] parts = action.getBlockId() == null ? new String[0] : action.getBlockId().split("\\|", 3);
        if (parts.length != 3) {
            return ctx.ack();
        }
        return guarded(req, ctx, () -> {
            PlanRecord plan = ooo.choose(payload.getTeam().getId(), parts[1], parts[2], action.getSelectedOption() == null ? null : action.getSelectedOption().getValue(),
                    payload.getUser().getId());
            showChoice(payload, plan);
            return plan;
        });
    }

    /**
     * The prompt is redrawn from the plan, so its menu shows who the lead chose: left alone, the next
     * time Slack draws the message (another device, a reload) the menu snaps back to the suggestion.
     */
    private void showChoice(BlockActionPayload payload,
                            PlanRecord plan) {
        var container = payload.getContainer();
        if (!plan.open() || container == null || container.getMessageTs() == null) {
            return;
        }
        var blocks = plan.state() == PlanRecord.State.DEFERRED ? OooBlocks.deferred(plan, candidates.of(plan)) : OooBlocks.prompt(plan, candidates.of(plan));
        redraw(payload, OooBlocks.promptText(plan).markup(), blocks);
    }

    /**
     * Redraws the plan message the click came from: chat.update of the message Liaison posted (it
     * stays edited wherever it is seen, with no 30-minute response_url limit); response_url only
     * for an ephemeral message or a payload without its message.
     */
    private void redraw(BlockActionPayload payload,
                        String text, List<LayoutBlock> blocks) {
        var container = payload.getContainer();
        if (container == null || container.isEphemeral() || container.getMessageTs() == null
                || container.getChannelId() == null) {
            slack.replaceOriginal(payload.getResponseUrl(), text, blocks);
        } else {
            slack.updateMessage(payload.getTeam().getId(), container.getChannelId(), container.getMessageTs(), text, blocks);
        }
    }

    private Response applyItem(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String[] value = payload.getActions().get(0).getValue().split("\\|", 2);
        if (value.length != 2) {
            return ctx.ack();
        }
        return guarded(req, ctx, () -> {
            PlanRecord plan = ooo.applyItem(payload.getTeam().getId(), value[0], value[1], payload.getUser().getId());
            redraw(payload, OooBlocks.promptText(plan).markup(),
                    plan.open() ? OooBlocks.prompt(plan, candidates.of(plan)) : OooBlocks.decided(plan, payload.getUser().getId()));
            return plan;
        });
    }

    private Response applyAll(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String by = payload.getUser().getId();
        return guarded(req, ctx, () -> {
            OooService.Applied applied = ooo.applyAll(payload.getTeam().getId(), payload.getActions().get(0).getValue(), by);
            String decidedBy = applied.plan().decidedBy() == null ? by : applied.plan().decidedBy();
            slack.replaceOriginal(payload.getResponseUrl(), "Cover applied", OooBlocks.decided(applied.plan(), decidedBy));
            return applied.plan();
        });
    }

    private Response decideLater(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        return guarded(req, ctx, () -> {
            PlanRecord plan = ooo.defer(payload.getTeam().getId(), payload.getActions().get(0).getValue(),
                    payload.getUser().getId());
            if (plan.open()) {
                slack.replaceOriginal(payload.getResponseUrl(), OooBlocks.promptText(plan).markup(), OooBlocks.deferred(plan, candidates.of(plan)));
            }
            return plan;
        });
    }

    private Response keep(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        return guarded(req, ctx, () -> {
            int kept = ooo.keep(payload.getTeam().getId(), payload.getActions().get(0).getValue(), payload.getUser().getId());
            slack.respond(payload.getResponseUrl(), false, ":white_check_mark: " + (kept == 1 ? "1 task stays"
                    : kept + " tasks stay") + " with their coverers.", null);
            return null;
        });
    }

    private interface Step {
        Object run();
    }

    /** Someone who may not decide gets a plain ephemeral refusal; nothing changes. */
    private Response guarded(BlockActionRequest req, ActionContext ctx, Step step) {
        try {
            step.run();
        } catch (OooService.NotAllowed refused) {
            slack.respond(req.getPayload().getResponseUrl(), false, refused.getMessage(), null);
        }
        return ctx.ack();
    }
}
