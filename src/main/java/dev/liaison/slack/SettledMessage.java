package dev.liaison.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;

/**
 * A message Liaison owns, redrawn after someone acted on one of its lines (Mark done, Snooze): that
 * line loses its button and says what was done, everything else stays as it was.
 */
public final class SettledMessage {

    private SettledMessage() {
    }

    /**
     * Redraws the (non-ephemeral) message a click came from with the clicked line settled: chat.update
     * of that message, Liaison's own. Nothing happens for an ephemeral message or a view.
     */
    public static void redrawClicked(SlackMessenger slack,
                                     BlockActionPayload payload,
                                     String done) {
        var container = payload.getContainer();
        var message = payload.getMessage();
        if (container == null || container.isEphemeral() || container.getMessageTs() == null || message == null
                || message.getBlocks() == null || message.getBlocks().isEmpty()) {
            return;
        }
        slack.updateMessage(payload.getTeam().getId(), container.getChannelId(), container.getMessageTs(),
                message.getText(), settle(message.getBlocks(), payload.getActions().get(0).getBlockId(), done));
    }

    /** The blocks as Slack sent them with the click, with the clicked line settled; the same blocks when it is not found. */
    public static List<LayoutBlock> settle(List<LayoutBlock> blocks, String blockId, String done) {
        List<LayoutBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof SectionBlock section && blockId != null && blockId.equals(section.getBlockId())
                    && section.getText() != null) {
                String text = section.getText().getText() + "\n" + done;
                out.set(i, SectionBlock.builder().blockId(section.getBlockId()).fields(section.getFields())
                        .text(MarkdownTextObject.builder().text(SlackText.truncate(text, BlockKit.SECTION_TEXT)).build())
                        .build());
            }
        }
        return out;
    }
}
