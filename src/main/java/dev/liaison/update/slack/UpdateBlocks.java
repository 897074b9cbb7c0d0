package dev.liaison.update.slack;

import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.liaison.client.ClientActions;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.update.ClientUpdates;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** Pure renderers of the client update: the modal with the draft, and the message the client reads. */
final class UpdateBlocks {

    static final String TEXT = "update_text";
    static final String VALUE = "value";
    /** Slack's limit for a plain_text_input's value and max_length. */
    static final int MAX_CHARS = 3000;

    private UpdateBlocks() {
    }

    /** The draft to edit and post; without a linked channel, why nothing can be posted, and no Post button. */
    static View modal(ClientUpdates.Draft draft) {
        String name = SlackText.user(draft.clientName(), 80);
        if (draft.channelId() == null) {
            return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text("Client update")))
                    .close(viewClose(c -> c.type("plain_text").text("Close")))
                    .blocks(List.of(BlockKit.text(Mrkdwn.of(":warning: *%s* has no linked channel, so there is nowhere"
                            + " to post an update. Link the channel you share with the client first:"
                            + " `/client set %s channel #channel`.", draft.clientName(), draft.clientName())))));
        }
        List<LayoutBlock> blocks = List.of(
                context(asContextElements(markdownText(Mrkdwn.of("A status update for *%s*, drafted from what"
                        + " happened since the last one. Edit it as you like: *Post* sends exactly this to %s,"
                        + " naming you.", draft.clientName(), Mrkdwn.channel(draft.channelId())).markup()))),
                input(i -> i.blockId(TEXT).label(plainText("Update for " + SlackText.truncate(draft.clientName(), 60)))
                        .element(plainTextInput(e -> e.actionId(VALUE).multiline(true).maxLength(MAX_CHARS)
                                .initialValue(SlackText.truncate(draft.text(), MAX_CHARS))))));
        return view(v -> v.type("modal").callbackId(ClientActions.UPDATE_VIEW).privateMetadata(draft.clientId())
                .title(viewTitle(t -> t.type("plain_text").text("Client update")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Post")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** What the client's channel gets: who it is from, then the AM's text as written (escaped, so it pings nobody). */
    static List<LayoutBlock> message(String clientName, String authorId, String text) {
        List<Mrkdwn> lines = Arrays.stream(text.split("\n", -1)).map(Mrkdwn::text).toList();
        List<LayoutBlock> blocks = new java.util.ArrayList<>();
        blocks.add(BlockKit.text(Mrkdwn.of(":memo: *Status update for %s* from %s", clientName, Mrkdwn.user(authorId))));
        blocks.addAll(BlockKit.lines(lines, 10, "lines"));
        return blocks;
    }

    static String fallback(String clientName) {
        return Mrkdwn.of("Status update for %s", clientName).markup();
    }

    /** Replaces the submitted modal, so the AM sees it went. */
    static View posted(String clientName, String channelId) {
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text("Client update")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(BlockKit.text(Mrkdwn.of(":white_check_mark: The update for *%s* is on its way to %s,"
                        + " and logged as a touch.", clientName, Mrkdwn.channel(channelId))))));
    }
}
