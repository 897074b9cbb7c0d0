package dev.liaison.escalation.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.Severity;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** Pure renderers of an escalation's parent message and its resolve form. */
final class EscalationBlocks {

    static final String ACK = "escalation_ack";
    static final String RESOLVE = "escalation_resolve";
    static final String ESCALATE_NOW = "escalation_now";
    static final String RESOLVE_VIEW = "escalation_resolve_view";
    static final String REOPEN = "escalation_reopen";
    static final String OPEN_VIEW = "escalation_open_view";
    static final String SEVERITY = "severity";
    static final String SUMMARY = "summary";
    static final String NOTE = "note";
    /** The one element of each input block answers under this action id, as in the client forms. */
    static final String VALUE = "value";

    private EscalationBlocks() {
    }

    /** Each viewer sees the deadline in their own time zone (Slack's date formatting). */
    static String when(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + at + ">";
    }

    static String text(Escalation e) {
        return e.severity().label() + " escalation " + e.number() + " on " + SlackText.escape(e.clientName());
    }

    static List<LayoutBlock> parent(Escalation e) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String icon = e.state() == Escalation.State.RESOLVED ? ":white_check_mark:" : ":rotating_light:";
        blocks.add(section(s -> s.text(markdownText(icon + " *" + e.number() + " · " + e.severity().label() + " · "
                + SlackText.user(e.clientName(), 80) + "*\n" + SlackText.user(SlackText.oneLine(e.summary()), 1500)))));
        String holder = e.rungUsers().isEmpty() ? "nobody" : String.join(", ", e.rungUsers().stream().map(u -> "<@" + u + ">").toList());
        String state = switch (e.state()) {
            case OPEN -> "open, waiting for acknowledgement";
            case ACKNOWLEDGED -> "acknowledged by <@" + e.acknowledgedBy() + ">";
            case RESOLVED -> "resolved by <@" + e.resolvedBy() + ">";
        };
        blocks.add(section(s -> s.fields(List.of(
                markdownText("*Raised by*\n<@" + e.raisedBy() + ">"),
                markdownText("*With*\n" + Escalation.RUNGS.get(e.rung()) + ": " + holder),
                markdownText("*Acknowledge by*\n" + when(e.acknowledgeBy())),
                markdownText("*Resolve by*\n" + when(e.resolveBy())),
                markdownText("*State*\n" + state)))));
        if (e.state() == Escalation.State.RESOLVED) {
            if (e.resolution() != null) {
                blocks.add(context(asContextElements(markdownText("Resolution: " + SlackText.user(e.resolution(), 2000)))));
            }
            blocks.add(actions(a -> a.blockId("escalation_actions").elements(asElements(
                    button(b -> b.actionId(REOPEN).text(plainText("Reopen")).value(e.id()))))));
        } else {
            List<BlockElement> buttons = new ArrayList<>();
            if (e.state() == Escalation.State.OPEN) {
                buttons.add(button(b -> b.actionId(ACK).text(plainText("Acknowledge")).style("primary").value(e.id())));
            }
            buttons.add(button(b -> b.actionId(RESOLVE).text(plainText("Resolve")).value(e.id())));
            buttons.add(button(b -> b.actionId(ESCALATE_NOW).text(plainText("Escalate now")).style("danger").value(e.id())));
            blocks.add(actions(a -> a.blockId("escalation_actions").elements(asElements(buttons.toArray(
                    new BlockElement[0])))));
        }
        return blocks;
    }

    /** The card's Escalate button: severity and summary for one client. */
    static View openForm(String clientId, String clientName) {
        var options = Arrays.stream(Severity.values())
                .map(sev -> BlockCompositions.option(plainText(sev.label()
                        + (sev == Severity.P1 ? " — client down, around the clock"
                        : sev == Severity.P2 ? " — serious, working hours" : " — needs attention")),
                        sev.label())).toList();
        return view(v -> v.type("modal").callbackId(OPEN_VIEW).privateMetadata(clientId)
                .title(viewTitle(t -> t.type("plain_text").text("Escalate")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Escalate")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText("Escalating *" + SlackText.user(clientName, 80) + "*"))),
                        input(i -> i.blockId(SEVERITY).label(plainText("Severity")).element(
                                BlockElements.staticSelect(e -> e.actionId(VALUE)
                                        .options(options).initialOption(options.get(1))))),
                        input(i -> i.blockId(SUMMARY).label(plainText("What is wrong")).element(plainTextInput(p -> p
                                .actionId(VALUE).multiline(true).maxLength(1500)))))));
    }

    static View resolveForm(Escalation e) {
        return view(v -> v.type("modal").callbackId(RESOLVE_VIEW).privateMetadata(e.id())
                .title(viewTitle(t -> t.type("plain_text").text("Resolve " + e.number())))
                .submit(viewSubmit(t -> t.type("plain_text").text("Resolve")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText("*" + SlackText.user(e.clientName(), 80) + "* — "
                                + SlackText.user(SlackText.oneLine(e.summary()), 300)))),
                        input(i -> i.blockId(NOTE).label(plainText("Resolution")).element(plainTextInput(p -> p
                                .actionId(VALUE).multiline(true).maxLength(2000)
                                .placeholder(plainText("What was done, and what the client was told"))))))));
    }
}
