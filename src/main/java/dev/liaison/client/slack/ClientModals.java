package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.liaison.client.Client;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** Pure renderers of the client modals: log a touch, add a task, and the "done" confirmation. */
final class ClientModals {

    static final String TYPE = "type";
    static final String SENTIMENT = "sentiment";
    static final String DURATION = "duration";
    static final String DATE = "date";
    static final String SUMMARY = "summary";
    static final String TITLE = "title";
    static final String ASSIGNEE = "assignee";
    static final String DUE = "due";
    static final String VALUE = "value";
    static final String CLIENT = "client";
    /** Slack accepts a plain-text input's max_length of 1–3000 only: 4000 and the form never opens. */
    static final int SUMMARY_MAX = BlockKitLimits.INPUT_MAX_LENGTH;

    private ClientModals() {
    }

    static View logTouch(Client client, LocalDate today) {
        List<OptionObject> types = Arrays.stream(TouchType.values()).filter(t -> t != TouchType.SLACK)
                .map(t -> option(plainText(capitalised(t.label())), t.label())).toList();
        List<OptionObject> moods = Arrays.stream(Sentiment.values())
                .map(s -> option(plainText(capitalised(s.label())), s.label())).toList();
        List<LayoutBlock> blocks = List.of(
                context(asContextElements(markdownText(client == null ? "Logging a touch"
                        : "Logging a touch with *" + ClientBlocks.name(client) + "*"))),
                input(i -> i.blockId(TYPE).label(plainText("Type")).element(staticSelect(e -> e.actionId(VALUE)
                        .options(types).initialOption(types.get(types.size() - 1))))),
                input(i -> i.blockId(SENTIMENT).label(plainText("How did it go?")).element(staticSelect(e -> e
                        .actionId(VALUE).options(moods).initialOption(moods.get(1))))),
                input(i -> i.blockId(DURATION).optional(true).label(plainText("Duration"))
                        .hint(plainText("Adds to this month's budget hours, e.g. 30m or 1h30m"))
                        .element(plainTextInput(e -> e.actionId(VALUE).placeholder(plainText("30m"))))),
                input(i -> i.blockId(DATE).label(plainText("When")).element(datePicker(e -> e.actionId(VALUE)
                        .initialDate(today.toString())))),
                input(i -> i.blockId(SUMMARY).label(plainText("Summary")).element(plainTextInput(e -> e
                        .actionId(VALUE).multiline(true).maxLength(SUMMARY_MAX)
                        .placeholder(plainText("What was discussed, agreed, promised?"))))));
        return view(v -> v.type("modal").callbackId(ClientActions.LOG_VIEW).privateMetadata(client == null ? "" : client.id())
                .title(viewTitle(t -> t.type("plain_text").text("Log interaction")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Log")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /**
     * The log form opened from a message ("Log to client"): the client is typed (pre-filled with the
     * channel's linked client when there is one) and the summary holds the message and its link.
     */
    static View logFromMessage(String clientName, String summary, LocalDate today) {
        View base = logTouch(null, today);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(CLIENT).label(plainText("Client"))
                .hint(plainText("The client's name or alias; a prefix is enough"))
                .element(plainTextInput(e -> {
                    e.actionId(VALUE).maxLength(80).placeholder(plainText("Acme Corp"));
                    if (clientName != null) {
                        e.initialValue(clientName);
                    }
                    return e;
                }))));
        // the type, mood, duration and date inputs of the usual form, then the pre-filled summary
        blocks.addAll(base.getBlocks().subList(1, base.getBlocks().size() - 1));
        blocks.add(input(i -> i.blockId(SUMMARY).label(plainText("Summary")).element(plainTextInput(e -> e
                .actionId(VALUE).multiline(true).maxLength(SUMMARY_MAX).initialValue(SlackText.truncate(summary, SUMMARY_MAX))))));
        return view(v -> v.type("modal").callbackId(ClientActions.LOG_MESSAGE_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("Log to client")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Log")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static View addTask(Client client) {
        List<LayoutBlock> blocks = List.of(
                context(asContextElements(markdownText("A task for *" + ClientBlocks.name(client) + "*"))),
                input(i -> i.blockId(TITLE).label(plainText("Task")).element(plainTextInput(e -> e.actionId(VALUE)
                        .maxLength(300).placeholder(plainText("Send the Q1 proposal"))))),
                input(i -> i.blockId(ASSIGNEE).label(plainText("Assignee")).element(usersSelect(e -> {
                    e.actionId(VALUE);
                    if (client.ownerId() != null) {
                        e.initialUser(client.ownerId());
                    }
                    return e;
                }))),
                input(i -> i.blockId(DUE).optional(true).label(plainText("Due"))
                        .element(datePicker(e -> e.actionId(VALUE)))));
        return view(v -> v.type("modal").callbackId(ClientActions.TASK_VIEW).privateMetadata(client.id())
                .title(viewTitle(t -> t.type("plain_text").text("Add task")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Add")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** Replaces the submitted modal, so the person sees what happened before closing it. */
    static View done(String title, Mrkdwn mrkdwn) {
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text(SlackText.truncate(title, 24))))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(BlockKit.text(mrkdwn))));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
