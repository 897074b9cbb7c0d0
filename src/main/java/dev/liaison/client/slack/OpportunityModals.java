package dev.liaison.client.slack;

import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.liaison.client.Client;
import dev.liaison.growth.GrowthActions;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.Stage;
import dev.liaison.parsing.Amounts;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The add/edit opportunity form. Its private_metadata says what it is for: {@code add:<client id>} or
 * {@code edit:<O-n>}; nothing typed in it is trusted to say which workspace (that comes from the payload).
 */
final class OpportunityModals {

    static final String TITLE = "title";
    static final String AMOUNT = "amount";
    static final String STAGE = "stage";
    static final String CLOSE = "close";
    static final String ADD = "add:";
    static final String EDIT = "edit:";

    private OpportunityModals() {
    }

    static View add(Client client) {
        return form(ADD + client.id(), "Add opportunity", "Add", client.name(), null);
    }

    static View edit(Opportunity o, String clientName) {
        return form(EDIT + o.number(), "Edit " + o.number(), "Save", clientName, o);
    }

    private static View form(String metadata, String title, String submit, String clientName, Opportunity o) {
        List<OptionObject> stages = Arrays.stream(Stage.values())
                .map(s -> option(plainText(s.label() + (s.open() ? " (" + s.weightPercent() + " %)" : "")), s.name()))
                .toList();
        OptionObject chosen = stages.stream().filter(s -> s.getValue().equals((o == null ? Stage.LEAD : o.stage()).name()))
                .findFirst().orElseThrow();
        List<LayoutBlock> blocks = List.of(
                context(asContextElements(markdownText(Mrkdwn.of("For *%s*", clientName).truncate(BlockKit.SECTION_TEXT).markup()))),
                Blocks.input(i -> i.blockId(TITLE).label(plainText("Title")).element(plainTextInput(e -> {
                    e.actionId(ClientModals.VALUE).maxLength(200).placeholder(plainText("Website redesign"));
                    return o == null ? e : e.initialValue(o.title());
                }))),
                Blocks.input(i -> i.blockId(AMOUNT).label(plainText("Amount")).optional(true)
                        .hint(plainText("In the workspace's currency, like 12,500 or 12.5k"))
                        .element(plainTextInput(e -> {
                            e.actionId(ClientModals.VALUE).maxLength(30).placeholder(plainText("12,500"));
                            return o == null || o.amountCents() == null ? e : e.initialValue(Amounts.format(o.amountCents()));
                        }))),
                Blocks.input(i -> i.blockId(STAGE).label(plainText("Stage")).element(staticSelect(e -> e
                        .actionId(ClientModals.VALUE).options(stages).initialOption(chosen)))),
                Blocks.input(i -> i.blockId(CLOSE).label(plainText("Expected close")).optional(true)
                        .element(datePicker(e -> o == null || o.close() == null ? e.actionId(ClientModals.VALUE)
                                : e.actionId(ClientModals.VALUE).initialDate(o.close())))));
        return view(v -> v.type("modal").callbackId(GrowthActions.OPPORTUNITY_FORM).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(SlackText.truncate(title, 24))))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }
}
