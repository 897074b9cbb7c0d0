package dev.liaison.client.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.NameMatch;
import dev.liaison.client.PendingCommands;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * "Did you mean Acme Corp?": asked before a command writes to a client that only a typo matched.
 * An exact name, an alias or a unique prefix is what the person meant; an edit-distance guess may
 * not be, and a touch, a task or an escalation on the wrong client is worse than one more click.
 */
public final class TypoPrompt {

    public static final String CONFIRM = "typo_confirm";
    public static final String CANCEL = "typo_cancel";

    /** Button texts are plain_text of at most 75 characters. */
    private static final int MAX_BUTTON_TEXT = 75;

    private TypoPrompt() {
    }

    /** Whether a command that writes must ask first: only a typo guess, and only until confirmed. */
    public static boolean mustAsk(NameMatch.Found found, String confirmedClientId) {
        return found.how() == NameMatch.Found.How.TYPO && !found.clientId().equals(confirmedClientId);
    }

    /**
     * Holds the command and answers with the question.
     *
     * @param doing what the command will do, for the button, e.g. "log it", "open the escalation"
     */
    public static CommandReply ask(PendingCommands pending, String teamId, String userId, String command, String text,
                                   NameMatch.Found found, String typed, String doing) {
        String id = pending.hold(teamId, userId, command, text, found.clientId());
        String name = SlackText.user(found.displayName(), 80);
        String shown = SlackText.user(SlackText.oneLine(typed), 60);
        String question = ":thinking_face: No client is called “" + shown + "”. Did you mean *" + name + "*?";
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText(question))),
                context(c -> c.elements(asContextElements(markdownText("Nothing is saved until you choose. Your command: `"
                        + command + " " + SlackText.user(SlackText.oneLine(text), 300).replace("`", "'") + "`")))),
                actions(a -> a.blockId("typo_prompt").elements(asElements(
                        button(b -> b.actionId(CONFIRM).style("primary").value(id)
                                .text(plainText(SlackText.user("Yes, " + doing + " for " + found.displayName(),
                                        MAX_BUTTON_TEXT)))),
                        button(b -> b.actionId(CANCEL).value(id).text(plainText("No, cancel")))))));
        return new CommandReply("Did you mean " + name + "?", blocks);
    }
}
