package dev.liaison.client.slack;

import dev.liaison.parsing.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommandParser;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.Tier;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * The add-client and edit-client modals: opened by /client add (alone), the card's "Edit" button and
 * App Home's "Add client"; each submission is checked field by field, and every problem is shown
 * under its own input (response_action "errors") before anything is stored.
 */
@Component
class ClientFormListener implements SlackListener {

    private final ClientService clients;
    private final SlackMessenger slack;
    private final HomePublisher home;

    ClientFormListener(ClientService clients, SlackMessenger slack, HomePublisher home) {
        this.clients = clients;
        this.slack = slack;
        this.home = home;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.EDIT)), (req, ctx) -> {
            var payload = req.getPayload();
            Client client = clients.get(payload.getTeam().getId(), payload.getActions().get(0).getValue());
            slack.openModal(payload.getTeam().getId(), payload.getTriggerId(), ClientFormModals.edit(client));
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.ADD_CLIENT)), (req, ctx) -> {
            var payload = req.getPayload();
            openAddForm(payload.getTeam().getId(), payload.getUser().getId(), payload.getTriggerId());
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.ADD_VIEW, (req, ctx) -> submitAdd(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView().getState(), ctx));
        registry.viewSubmission(ClientActions.EDIT_VIEW, (req, ctx) -> submitEdit(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView().getPrivateMetadata(),
                req.getPayload().getView().getState(), ctx));
    }

    /** Also used by /client add with nothing after it. */
    void openAddForm(String teamId, String userId, String triggerId) {
        slack.openModal(teamId, triggerId, ClientFormModals.add(userId));
    }

    /** What the form says, read and checked; errors are keyed by block id. */
    private record Form(String name, String ownerId, String backupId, Tier tier, Integer cadenceDays, String channelId,
                        LocalDate renewal, Long retainerCents, Double hours, ClientStatus status,
                        Map<String, String> errors) {
    }

    private Form read(String teamId, String userId, ViewState state, boolean edit) {
        ClientCommandParser parser = clients.parserFor(teamId, userId);
        ViewValues values = new ViewValues(state);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = field(errors, ClientField.NAME, () -> parser.clientName(values.text(key(ClientField.NAME)).orElse("")));
        String owner = values.user(key(ClientField.OWNER)).orElse(edit ? null : userId);
        if (owner == null) {
            errors.put(key(ClientField.OWNER), "Every client needs an owner.");
        } else {
            field(errors, ClientField.OWNER, () -> {
                clients.checkPeople(teamId, new ClientField.Value(ClientField.OWNER, owner));
                return owner;
            });
        }
        String backup = values.user(key(ClientField.BACKUP)).orElse(null);
        if (backup != null && backup.equals(owner)) {
            errors.put(key(ClientField.BACKUP), "The backup has to be someone other than the owner.");
        } else if (backup != null) {
            field(errors, ClientField.BACKUP, () -> {
                clients.checkPeople(teamId, new ClientField.Value(ClientField.BACKUP, backup));
                return backup;
            });
        }
        Tier tier = values.text(key(ClientField.TIER)).flatMap(Tier::parse).orElse(Tier.GROWTH);
        Integer cadence = values.text(key(ClientField.CADENCE))
                .map(t -> field(errors, ClientField.CADENCE, () -> (Integer) parser.fieldValue(ClientField.CADENCE,
                        t.matches("\\d+") ? t + "d" : t).value()))
                .orElse(null);
        LocalDate renewal = values.text(key(ClientField.RENEWAL))
                .map(t -> field(errors, ClientField.RENEWAL, () -> (LocalDate) parser.fieldValue(ClientField.RENEWAL, t).value()))
                .orElse(null);
        Long retainer = values.text(key(ClientField.RETAINER))
                .map(t -> field(errors, ClientField.RETAINER, () -> (Long) parser.fieldValue(ClientField.RETAINER, t).value()))
                .orElse(null);
        Double hours = values.text(key(ClientField.HOURS))
                .map(t -> field(errors, ClientField.HOURS, () -> (Double) parser.fieldValue(ClientField.HOURS, t).value()))
                .orElse(null);
        ClientStatus status = values.text(key(ClientField.STATUS)).flatMap(ClientStatus::parse).orElse(ClientStatus.ACTIVE);
        return new Form(name, owner, backup, tier, cadence, values.conversation(key(ClientField.CHANNEL)).orElse(null),
                renewal, retainer, hours, status, errors);
    }

    private Response submitAdd(String teamId, String userId, ViewState state, ViewSubmissionContext ctx) {
        Form form = read(teamId, userId, state, false);
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        List<ClientField.Value> fields = new ArrayList<>();
        fields.add(new ClientField.Value(ClientField.OWNER, form.ownerId()));
        if (form.backupId() != null) {
            fields.add(new ClientField.Value(ClientField.BACKUP, form.backupId()));
        }
        fields.add(new ClientField.Value(ClientField.TIER, form.tier()));
        if (form.cadenceDays() != null) {
            fields.add(new ClientField.Value(ClientField.CADENCE, form.cadenceDays()));
        }
        if (form.channelId() != null) {
            fields.add(new ClientField.Value(ClientField.CHANNEL, form.channelId()));
        }
        if (form.renewal() != null) {
            fields.add(new ClientField.Value(ClientField.RENEWAL, form.renewal()));
        }
        if (form.retainerCents() != null) {
            fields.add(new ClientField.Value(ClientField.RETAINER, form.retainerCents()));
        }
        if (form.hours() != null) {
            fields.add(new ClientField.Value(ClientField.HOURS, form.hours()));
        }
        Client client;
        for (ClientField.Value field : fields) {
            try {
                clients.checkChannel(teamId, userId, field);
            } catch (InvalidInputException refused) {
                return ctx.ackWithErrors(Map.of(key(ClientField.CHANNEL), refused.getMessage()));
            }
        }
        try {
            client = clients.add(teamId, userId, form.name(), fields);
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(key(ClientField.NAME), invalid.getMessage()));
        }
        home.refreshLater(teamId, userId, client.ownerId(), client.backupId());
        return ctx.ackWithUpdate(ClientModals.done("Client added", dev.liaison.slack.Mrkdwn.of(
                ":white_check_mark: Added *%s*, owned by %s, %s tier with a check-in every %s."
                        + " See it with `/client status %s`.", client.name(), dev.liaison.slack.Mrkdwn.user(client.ownerId()),
                client.tier().label(), Plural.count(client.cadenceDays(), "day"), client.name())));
    }

    private Response submitEdit(String teamId, String userId, String clientId, ViewState state,
                                ViewSubmissionContext ctx) {
        Client before = clients.get(teamId, clientId);
        Form form = read(teamId, userId, state, true);
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        List<ClientField.Value> changes = new ArrayList<>();
        if (!form.name().equals(before.name())) {
            changes.add(new ClientField.Value(ClientField.NAME, form.name()));
        }
        if (!form.ownerId().equals(before.ownerId())) {
            changes.add(new ClientField.Value(ClientField.OWNER, form.ownerId()));
        }
        if (!Objects.equals(form.backupId(), before.backupId())) {
            changes.add(new ClientField.Value(ClientField.BACKUP, form.backupId()));
        }
        if (form.tier() != before.tier()) {
            changes.add(new ClientField.Value(ClientField.TIER, form.tier()));
        }
        int cadence = form.cadenceDays() != null ? form.cadenceDays() : form.tier().defaultCadenceDays();
        int cadenceAfterTier = form.tier() != before.tier() && before.cadenceDays() == before.tier().defaultCadenceDays()
                ? form.tier().defaultCadenceDays() : before.cadenceDays();
        if (cadence != cadenceAfterTier) {
            changes.add(new ClientField.Value(ClientField.CADENCE, cadence));
        }
        if (form.channelId() == null && !before.channelIds().isEmpty()) {
            changes.add(new ClientField.Value(ClientField.CHANNEL, null));
        } else if (form.channelId() != null && !before.channelIds().contains(form.channelId())) {
            changes.add(new ClientField.Value(ClientField.CHANNEL, form.channelId()));
        }
        if (!Objects.equals(form.renewal(), before.renewal())) {
            changes.add(new ClientField.Value(ClientField.RENEWAL, form.renewal()));
        }
        if (!Objects.equals(form.retainerCents(), before.retainerCents())) {
            changes.add(new ClientField.Value(ClientField.RETAINER, form.retainerCents()));
        }
        if (!Objects.equals(form.hours(), before.budgetHours())) {
            changes.add(new ClientField.Value(ClientField.HOURS, form.hours()));
        }
        if (form.status() != before.status()) {
            changes.add(new ClientField.Value(ClientField.STATUS, form.status()));
        }
        // the owner changes last: until then the person handing the client over still owns it
        changes.sort(java.util.Comparator.comparing(c -> c.field() == ClientField.OWNER));
        try {
            clients.checkMayChange(teamId, userId, before, changes);
        } catch (InvalidInputException refused) {
            ClientField first = changes.stream().map(ClientField.Value::field)
                    .filter(f -> f == ClientField.OWNER || f == ClientField.BACKUP || f == ClientField.STATUS)
                    .findFirst().orElse(ClientField.OWNER);
            return ctx.ackWithErrors(Map.of(key(first), refused.getMessage()));
        }
        // a channel the editor is not in is refused before anything is saved: the form is all or nothing
        for (ClientField.Value change : changes) {
            try {
                clients.checkChannel(teamId, userId, change);
            } catch (InvalidInputException refused) {
                return ctx.ackWithErrors(Map.of(key(ClientField.CHANNEL), refused.getMessage()));
            }
        }
        Client after = before;
        List<String> changed = new ArrayList<>();
        for (ClientField.Value change : changes) {
            try {
                after = clients.set(teamId, userId, clientId, change);
                changed.add(change.field().keyword());
            } catch (InvalidInputException invalid) {
                // the name is first: a taken name stops the save before anything else changes
                return ctx.ackWithErrors(Map.of(key(change.field()), invalid.getMessage()));
            }
        }
        home.refreshLater(teamId, userId, before.ownerId(), after.ownerId(), before.backupId(), after.backupId());
        String what = changed.isEmpty() ? "Nothing changed." : "Changed " + String.join(", ", changed) + ".";
        return ctx.ackWithUpdate(ClientModals.done("Client saved",
                dev.liaison.slack.Mrkdwn.of(":white_check_mark: Saved *%s*. %s", after.name(), what)));
    }

    private interface Read<T> {
        T get();
    }

    /** Runs one field's check; its message, if any, goes under that field's input. */
    private static <T> T field(Map<String, String> errors, ClientField field, Read<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException invalid) {
            errors.put(key(field), invalid.getMessage());
            return null;
        }
    }

    private static String key(ClientField field) {
        return ClientFormModals.key(field);
    }

}
