package dev.liaison.client.slack;

import dev.liaison.parsing.Plural;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.liaison.client.Client;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.Tier;
import dev.liaison.parsing.Amounts;

import static com.slack.api.model.block.Blocks.input;
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
 * Pure renderers of the add-client and edit-client modals. Each input's block id is the field's
 * keyword (name, owner, tier…), so per-field errors land under the right input.
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

    private static List<LayoutBlock> blocks(Client c, String ownerId) {
        List<OptionObject> tiers = Arrays.stream(Tier.values())
                .map(t -> option(plainText(capitalised(t.label()) + " (check-in every " + Plural.count(t.defaultCadenceDays(), "day") + ")"),
                        t.label())).toList();
        Tier tier = c == null ? Tier.GROWTH : c.tier();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(key(ClientField.NAME)).label(plainText("Name")).element(plainTextInput(e -> {
            e.actionId(VALUE).maxLength(80).placeholder(plainText("Acme Corp"));
            if (c != null) {
                e.initialValue(c.name());
            }
            return e;
        }))));
        blocks.add(input(i -> i.blockId(key(ClientField.OWNER)).label(plainText("Owner")).element(usersSelect(e -> {
            e.actionId(VALUE);
            if (ownerId != null) {
                e.initialUser(ownerId);
            }
            return e;
        }))));
        blocks.add(input(i -> i.blockId(key(ClientField.BACKUP)).optional(true).label(plainText("Backup"))
                .element(usersSelect(e -> {
                    e.actionId(VALUE);
                    if (c != null && c.backupId() != null) {
                        e.initialUser(c.backupId());
                    }
                    return e;
                }))));
        blocks.add(input(i -> i.blockId(key(ClientField.TIER)).label(plainText("Tier")).element(staticSelect(e -> e
                .actionId(VALUE).options(tiers).initialOption(tiers.get(tier.ordinal()))))));
        blocks.add(input(i -> i.blockId(key(ClientField.CADENCE)).optional(true).label(plainText("Check-in cadence"))
                .hint(plainText("Days between check-ins, like 7d or 2w; empty for the tier's default"))
                .element(plainTextInput(e -> {
                    e.actionId(VALUE).maxLength(10).placeholder(plainText("14d"));
                    if (c != null && c.cadenceDays() != c.tier().defaultCadenceDays()) {
                        e.initialValue(c.cadenceDays() + "d");
                    }
                    return e;
                }))));
        blocks.add(input(i -> i.blockId(key(ClientField.CHANNEL)).optional(true).label(plainText("Linked channel"))
                .hint(plainText("Messages there count as touches; invite @Liaison to it"))
                .element(conversationsSelect(e -> {
                    e.actionId(VALUE);
                    if (c != null && !c.channelIds().isEmpty()) {
                        e.initialConversation(c.channelIds().get(0));
                    }
                    return e;
                }))));
        blocks.add(input(i -> i.blockId(key(ClientField.RENEWAL)).optional(true).label(plainText("Renewal date"))
                .element(datePicker(e -> {
                    e.actionId(VALUE);
                    if (c != null && c.renewal() != null) {
                        e.initialDate(c.renewal().toString());
                    }
                    return e;
                }))));
        blocks.add(input(i -> i.blockId(key(ClientField.RETAINER)).optional(true).label(plainText("Monthly retainer"))
                .element(plainTextInput(e -> {
                    e.actionId(VALUE).maxLength(20).placeholder(plainText("5,000"));
                    if (c != null && c.retainerCents() != null) {
                        e.initialValue(Amounts.format(c.retainerCents()));
                    }
                    return e;
                }))));
        blocks.add(input(i -> i.blockId(key(ClientField.HOURS)).optional(true).label(plainText("Budget hours a month"))
                .element(plainTextInput(e -> {
                    e.actionId(VALUE).maxLength(10).placeholder(plainText("40"));
                    if (c != null && c.budgetHours() != null) {
                        double h = c.budgetHours();
                        e.initialValue(h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h));
                    }
                    return e;
                }))));
        if (c != null) {
            List<OptionObject> statuses = Arrays.stream(ClientStatus.values())
                    .map(s -> option(plainText(capitalised(s.label())), s.label())).toList();
            blocks.add(input(i -> i.blockId(key(ClientField.STATUS)).label(plainText("Status")).element(staticSelect(e -> e
                    .actionId(VALUE).options(statuses).initialOption(statuses.get(c.status().ordinal()))))));
        }
        return blocks;
    }

    static String key(ClientField field) {
        return field.keyword();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
