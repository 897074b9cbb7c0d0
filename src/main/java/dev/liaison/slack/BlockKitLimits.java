package dev.liaison.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

/** Checks a rendered surface against Slack's limits; renderer tests run every surface through it. */
public final class BlockKitLimits {

    private BlockKitLimits() {
    }

    public static List<String> violations(List<LayoutBlock> blocks, int maxBlocks) {
        List<String> problems = new ArrayList<>();
        if (blocks.size() > maxBlocks) {
            problems.add(blocks.size() + " blocks > " + maxBlocks);
        }
        for (int i = 0; i < blocks.size(); i++) {
            LayoutBlock block = blocks.get(i);
            String at = "block " + i + " (" + block.getType() + ")";
            if (block.getBlockId() != null && block.getBlockId().length() > 255) {
                problems.add(at + ": block_id over 255");
            }
            if (block instanceof SectionBlock section) {
                if (section.getText() != null) {
                    check(problems, at + " text", text(section.getText()), BlockKit.SECTION_TEXT);
                }
                if (section.getFields() != null) {
                    if (section.getFields().size() > BlockKit.SECTION_FIELDS) {
                        problems.add(at + ": " + section.getFields().size() + " fields");
                    }
                    section.getFields().forEach(f -> check(problems, at + " field", text(f), BlockKit.FIELD_TEXT));
                }
                if (section.getText() == null && (section.getFields() == null || section.getFields().isEmpty())) {
                    problems.add(at + ": empty section");
                }
                if (section.getAccessory() != null) {
                    element(problems, at, section.getAccessory());
                }
            } else if (block instanceof HeaderBlock header) {
                check(problems, at, header.getText().getText(), BlockKit.HEADER_TEXT);
            } else if (block instanceof ContextBlock context) {
                if (context.getElements().size() > BlockKit.CONTEXT_ELEMENTS) {
                    problems.add(at + ": " + context.getElements().size() + " elements");
                }
            } else if (block instanceof ActionsBlock actions) {
                if (actions.getElements().size() > BlockKit.ACTION_ELEMENTS) {
                    problems.add(at + ": " + actions.getElements().size() + " elements");
                }
                actions.getElements().forEach(e -> element(problems, at, e));
            }
        }
        return problems;
    }

    private static void element(List<String> problems, String at, BlockElement element) {
        if (element instanceof ButtonElement button) {
            check(problems, at + " button", button.getText().getText(), BlockKit.BUTTON_TEXT);
            if (button.getValue() != null) {
                check(problems, at + " button value", button.getValue(), BlockKit.BUTTON_VALUE);
            }
            check(problems, at + " action_id", button.getActionId(), 255);
        }
    }

    private static String text(TextObject text) {
        if (text instanceof com.slack.api.model.block.composition.MarkdownTextObject m) {
            return m.getText();
        }
        if (text instanceof com.slack.api.model.block.composition.PlainTextObject p) {
            return p.getText();
        }
        return "";
    }

    private static void check(List<String> problems, String at, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(at + ": empty text");
        } else if (value.length() > max) {
            problems.add(at + ": " + value.length() + " chars > " + max);
        }
    }
}
