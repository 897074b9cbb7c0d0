package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.liaison.client.Client;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientFields;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * Pure renderers of the add-client and edit-client modals, drawn from the fields' own form inputs.
 * Each input's block id is the field's keyword (name, owner, tier…), so per-field errors land under
 * the right input.
 */
final class ClientFormModals {

    static final String VALUE = ClientModals.VALUE;

    private ClientFormModals() {
    }

    /** The add form; the caller is the default owner. */
    static View add(String callerId) {
        return view(v -> v.type("modal").callbackId(ClientActions.ADD_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("Add client")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Add")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks(null, callerId)));
    }

    /** The edit form of one client, every input showing its current value; private_metadata is its id. */
    static View edit(Client client) {
        return view(v -> v.type("modal").callbackId(ClientActions.EDIT_VIEW).privateMetadata(client.id())
                .title(viewTitle(t -> t.type("plain_text").text("Edit client")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks(client, client.ownerId())));
    }

    /** Each field's input, in field order ({@link ClientField#formInput}); the edit form adds the edit-only ones. */
    private static List<LayoutBlock> blocks(Client c, String callerId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ClientField<?> field : ClientFields.ALL) {
            field.formInput().filter(in -> c != null || !in.editOnly())
                    .ifPresent(in -> blocks.add(input(field, in, field.formValue(c, callerId).orElse(null))));
        }
        return blocks;
    }

    private static LayoutBlock input(ClientField<?> field, ClientField.FormInput in, String initial) {
        BlockElement element = switch (in.kind()) {
            case TEXT -> plainTextInput(e -> {
                e.actionId(VALUE).maxLength(in.maxLength());
                if (in.placeholder() != null) {
                    e.placeholder(plainText(in.placeholder()));
                }
                return initial == null ? e : e.initialValue(initial);
            });
            case PERSON -> usersSelect(e -> initial == null ? e.actionId(VALUE) : e.actionId(VALUE).initialUser(initial));
            case CHANNEL -> conversationsSelect(e -> initial == null ? e.actionId(VALUE)
                    : e.actionId(VALUE).initialConversation(initial));
            case DATE -> datePicker(e -> initial == null ? e.actionId(VALUE) : e.actionId(VALUE).initialDate(initial));
            case CHOICE -> {
                List<OptionObject> options = in.choices().stream()
                        .map(choice -> option(plainText(choice.label()), choice.value())).toList();
                OptionObject chosen = options.stream().filter(o -> o.getValue().equals(initial)).findFirst().orElse(null);
                yield staticSelect(e -> chosen == null ? e.actionId(VALUE).options(options)
                        : e.actionId(VALUE).options(options).initialOption(chosen));
            }
        };
        return Blocks.input(i -> {
            i.blockId(key(field)).label(plainText(in.label())).optional(in.optional()).element(element);
            return in.hint() == null ? i : i.hint(plainText(in.hint()));
        });
    }

    static String key(ClientField<?> field) {
        return field.keyword();
    }
}
