package dev.liaison.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/** Slack's surface limits (shared/slack-fixtures/blockkit/limits.md) and the helpers that keep us inside them. */
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

    private BlockKit() {
    }

    /**
     * Packs lines into as few sections as fit 3000 characters each, using at most {@code maxBlocks}
     * blocks; what does not fit is counted in a final "…and N more" line.
     */
    public static List<LayoutBlock> lines(List<String> lines, int maxBlocks, String moreNoun) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int shown = 0;
        for (String raw : lines) {
            String line = SlackText.truncate(raw, SECTION_TEXT - 100);
            boolean lastBlock = blocks.size() == maxBlocks - 1;
            int reserve = lastBlock ? 60 : 0;
            if (current.length() + line.length() + 1 > SECTION_TEXT - reserve) {
                if (lastBlock) {
                    break;
                }
                blocks.add(text(current.toString()));
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
            blocks.add(text(current.toString()));
        }
        return blocks;
    }

    public static LayoutBlock text(String mrkdwn) {
        return section(s -> s.text(markdownText(SlackText.truncate(mrkdwn, SECTION_TEXT))));
    }
}
