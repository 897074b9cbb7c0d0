package dev.liaison.slack;

import java.util.List;
import java.util.stream.IntStream;

import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.junit.jupiter.api.Test;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one place that keeps what leaves within Slack's limits: texts cut, the rest refused. */
class BlockKitLimitsTest {

    private static View modal(LayoutBlock... blocks) {
        return view(v -> v.type("modal").callbackId("x").title(viewTitle(t -> t.type("plain_text").text("Log interaction")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Log"))).blocks(List.of(blocks)));
    }

    @Test
    void aViewWithAnInputOverItsLimitIsRefusedBeforeItLeaves() {
        View log = modal(input(i -> i.blockId("summary").label(plainText("Summary"))
                .element(plainTextInput(p -> p.actionId("value").multiline(true).maxLength(4000)))));
        assertThatThrownBy(() -> BlockKitLimits.fitView(log)).isInstanceOf(BlockKitLimits.Refused.class)
                .hasMessageContaining("max_length 4000 outside 1..3000");
        assertThat(BlockKitLimits.violations(log)).singleElement().asString().contains("max_length 4000");
    }

    @Test
    void aViewWithTooManyOptionsOrAnIdTooLongIsRefused() {
        View menu = modal(section(s -> s.text(markdownText("x")).accessory(overflowMenu(o -> o.actionId("m").options(
                IntStream.range(0, 6).mapToObj(i -> option(plainText("o" + i), "v" + i)).toList())))),
                actions(a -> a.blockId("b".repeat(256)).elements(asElements(button(b -> b.actionId("a").text(plainText("Go")))))));
        assertThatThrownBy(() -> BlockKitLimits.fitView(menu)).isInstanceOf(BlockKitLimits.Refused.class)
                .hasMessageContaining("6 options, allowed 1..5").hasMessageContaining("block_id: 256 chars > 255");
    }

    @Test
    void textsOverTheirLimitAreCutNeverInsideAnEscape() {
        String longName = "&amp;".repeat(100);
        View view = modal(header(h -> h.text(plainText(longName))),
                section(s -> s.text(markdownText("x".repeat(2998) + "&amp;&lt;"))),
                actions(a -> a.elements(asElements(button(b -> b.actionId("a").text(plainText("y".repeat(80))))))));
        var json = JsonParser.parseString(BlockKitLimits.fitView(view)).getAsJsonObject();
        var blocks = json.getAsJsonArray("blocks");
        String header = blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        assertThat(header).hasSizeLessThanOrEqualTo(BlockKit.HEADER_TEXT).endsWith("&amp;…");
        String section = blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        assertThat(section).hasSizeLessThanOrEqualTo(BlockKit.SECTION_TEXT).endsWith("x…");
        assertThat(blocks.get(2).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject()
                .getAsJsonObject("text").get("text").getAsString()).hasSize(BlockKit.BUTTON_TEXT);
        assertThat(BlockKitLimits.violations(view)).isNotEmpty();
    }

    @Test
    void aMessageOfMoreThanFiftyBlocksIsRefused() {
        List<LayoutBlock> blocks = IntStream.range(0, 51)
                .mapToObj(i -> (LayoutBlock) section(s -> s.text(markdownText("line " + i)))).toList();
        assertThatThrownBy(() -> BlockKitLimits.fitMessage(blocks, BlockKit.MESSAGE_BLOCKS))
                .hasMessageContaining("51 blocks > 50");
    }
}
