package dev.liaison.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Slack's documented surface limits (Block Kit reference; the table in docs/reliability.md, "User text
 * and Slack's limits") and the building blocks that keep us inside them; {@link BlockKitLimits}
 * checks and fits whatever leaves.
 */
public final class BlockKit {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int FIELD_TEXT = 2000;
    public static final int SECTION_FIELDS = 10;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int ACTION_ELEMENTS = 25;
    public static final int BUTTON_VALUE = 2000;
    public static final int MESSAGE_TEXT = 4000;
    /**
     * Slack refuses a message whose blocks hold much more than ~12,000 characters in all
     * (msg_blocks_too_long, undocumented; bolt-js #2509): long lists stop well before.
     */
    public static final int MESSAGE_CHARS = 10_000;

    private BlockKit() {
    }

    /**
     * Packs lines into as few sections as fit 3000 characters each, using at most {@code maxBlocks}
     * blocks; what does not fit is counted in a final "…and N more" line.
     */
    public static List<LayoutBlock> lines(List<Mrkdwn> lines, int maxBlocks, String moreNoun) {
        return lines(lines, maxBlocks, Integer.MAX_VALUE, moreNoun);
    }

    /** As {@link #lines(List, int, String)}, also stopping before the lines add up to {@code maxChars}. */
    public static List<LayoutBlock> lines(List<Mrkdwn> lines, int maxBlocks, int maxChars, String moreNoun) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int shown = 0;
        int total = 0;
        for (Mrkdwn mrkdwn : lines) {
            String line = SlackText.truncate(mrkdwn.markup(), SECTION_TEXT - 100);
            if (total + line.length() + 1 > maxChars - 60) {
                break;
            }
            total += line.length() + 1;
            boolean lastBlock = blocks.size() == maxBlocks - 1;
            int reserve = lastBlock ? 60 : 0;
            if (current.length() + line.length() + 1 > SECTION_TEXT - reserve) {
                if (lastBlock) {
                    break;
                }
                blocks.add(section(current.toString()));
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
            shown++;
        }
        int hidden = lines.size() - shown;
        if (hidden > 0) {
            current.append(current.isEmpty() ? "" : "\n").append("_…and ").append(hidden).append(" more ")
                    .append(moreNoun).append("_");
        }
        if (!current.isEmpty()) {
            blocks.add(section(current.toString()));
        }
        return blocks;
    }

    /** A section of mrkdwn: only {@link Mrkdwn} goes in, so someone's words arrive escaped. */
    public static LayoutBlock text(Mrkdwn mrkdwn) {
        return section(mrkdwn.markup());
    }

    private static LayoutBlock section(String markup) {
        return Blocks.section(s -> s.text(markdownText(SlackText.truncate(markup, SECTION_TEXT))));
    }
}
