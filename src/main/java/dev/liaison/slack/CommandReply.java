package dev.liaison.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * What a command answers, before it is known whether it goes back in the command's ack or, after
 * a "Did you mean …?" button, through the prompt's response_url in its place.
 *
 * @param text   mrkdwn, already escaped (the message text, or the fallback when there are blocks)
 * @param blocks empty for a text-only answer
 */
public record CommandReply(String text, List<LayoutBlock> blocks) {

    public CommandReply {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public static CommandReply text(String text) {
        return new CommandReply(text, List.of());
    }

    /** Nothing to say in place (e.g. a form was opened instead). */
    public static CommandReply none() {
        return new CommandReply(null, List.of());
    }
}
