package dev.liaison.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * "Did you mean Acme Corp?": the question asked before a command writes to something only a typo
 * matched, with the buttons that run the held command or drop it. Which matches must ask is the
 * feature's call (NameMatch.Found#mustConfirm for clients); the command is held by the feature.
 */
public final class DidYouMean {

    public static final String CONFIRM = "typo_confirm";
    public static final String CANCEL = "typo_cancel";

    /** Button texts are plain_text of at most 75 characters. */
    private static final int MAX_BUTTON_TEXT = 75;

    private DidYouMean() {
    }

    /**
     * The question about a held command.
     *
     * @param heldId  the held command's id, carried by both buttons
     * @param meant   the name the typo was taken for
     * @param doing   what the command will do, for the button, e.g. "log it", "open the escalation"
     */
    public static CommandReply ask(String heldId, String command, String text, String meant, String typed,
                                   String doing) {
        String id = heldId;
        String name = SlackText.user(meant, 80);
        String shown = SlackText.user(SlackText.oneLine(typed), 60);
        String question = ":thinking_face: No client is called “" + shown + "”. Did you mean *" + name + "*?";
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText(question))),
                context(c -> c.elements(asContextElements(markdownText("Nothing is saved until you choose. Your command: `"
                        + command + " " + SlackText.user(SlackText.oneLine(text), 300).replace("`", "'") + "`")))),
                actions(a -> a.blockId("typo_prompt").elements(asElements(
                        button(b -> b.actionId(CONFIRM).style("primary").value(id)
                                .text(plainText(SlackText.user("Yes, " + doing + " for " + meant,
                                        MAX_BUTTON_TEXT)))),
                        button(b -> b.actionId(CANCEL).value(id).text(plainText("No, cancel")))))));
        return new CommandReply("Did you mean " + name + "?", blocks);
    }
}
