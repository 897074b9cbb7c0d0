package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommandParser;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientFields;
import dev.liaison.client.ClientService;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Plural;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.Mrkdwn;
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
    private final PeopleService people;

    private final ClientForms forms;

    ClientFormListener(ClientService clients, SlackMessenger slack, HomePublisher home, PeopleService people,
                       ClientForms forms) {
        this.forms = forms;
        this.people = people;
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
            forms.openAddForm(payload.getTeam().getId(), payload.getUser().getId(), payload.getTriggerId());
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.ADD_VIEW, (req, ctx) -> submitAdd(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView().getState(), ctx));
        registry.viewSubmission(ClientActions.EDIT_VIEW, (req, ctx) -> submitEdit(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView().getPrivateMetadata(),
                req.getPayload().getView().getState(), ctx));
    }

    /** What the form says, read and checked field by field; errors are keyed by block id (the field's keyword). */
    private record Form(String name, List<ClientField.Value<?>> values, Map<String, String> errors) {
        Optional<String> person(ClientField<String> field) {
            return values.stream().filter(v -> v.field() == field).findFirst().flatMap(ClientField.Value::referenceId);
        }
    }

    private Form read(String teamId, String userId, ViewState state, boolean adding) {
        ClientCommandParser parser = clients.parserFor(people.caller(teamId, userId));
        ViewValues values = new ViewValues(state);
        Map<String, String> errors = new LinkedHashMap<>();
        List<ClientField.Value<?>> read = new ArrayList<>();
        String name = null;
        for (ClientField<?> field : ClientFields.ALL) {
            Optional<ClientField.FormInput> input = field.formInput().filter(in -> !adding || !in.editOnly());
            if (input.isEmpty()) {
                continue;
            }
            try {
                ClientField.Value<?> value = field.fromForm(values.of(key(field), input.get().kind()), parser, userId, adding);
                clients.checkPeople(teamId, value);
                if (value.field() == ClientFields.NAME) {
                    name = ClientFields.NAME.valueOf(value);
                } else {
                    read.add(value);
                }
            } catch (InvalidInputException invalid) {
                errors.put(key(field), invalid.getMessage());
            }
        }
        Form form = new Form(name, read, errors);
        if (form.person(ClientFields.BACKUP).isPresent() && form.person(ClientFields.BACKUP).equals(form.person(ClientFields.OWNER))) {
            errors.put(key(ClientFields.BACKUP), "The backup has to be someone other than the owner.");
        }
        return form;
    }

    private Response submitAdd(String teamId, String userId, ViewState state, ViewSubmissionContext ctx) {
        Form form = read(teamId, userId, state, true);
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        // what was left empty keeps the new client's default
        List<ClientField.Value<?>> fields = form.values().stream().filter(v -> v.value() != null).toList();
        Client client;
        for (ClientField.Value<?> field : fields) {
            try {
                clients.checkChannel(teamId, userId, field);
            } catch (InvalidInputException refused) {
                return ctx.ackWithErrors(Map.of(key(field.field()), refused.getMessage()));
            }
        }
        try {
            client = clients.add(teamId, userId, form.name(), fields);
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(key(ClientFields.NAME), invalid.getMessage()));
        }
        home.refreshLater(teamId, userId, client.ownerId(), client.backupId());
        return ctx.ackWithUpdate(ClientModals.done("Client added", Mrkdwn.of(
                ":white_check_mark: Added *%s*, owned by %s, %s tier with a check-in every %s."
                        + " See it with `/client status %s`.", client.name(), Mrkdwn.user(client.ownerId()),
                client.tier().label(), Plural.count(client.cadenceDays(), "day"), client.name())));
    }

    private Response submitEdit(String teamId, String userId, String clientId, ViewState state,
                                ViewSubmissionContext ctx) {
        Client before = clients.get(teamId, clientId);
        Form form = read(teamId, userId, state, false);
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        List<ClientField.Value<?>> submitted = new ArrayList<>(form.values());
        submitted.add(ClientFields.NAME.of(form.name()));
        List<ClientField.Value<?>> changes = new ArrayList<>(ClientFields.changes(before, submitted));
        // the owner changes last: until then the person handing the client over still owns it
        changes.sort(Comparator.comparing(c -> c.field() == ClientFields.OWNER));
        try {
            clients.checkMayChange(teamId, userId, before, changes);
        } catch (InvalidInputException refused) {
            ClientField<?> first = changes.stream().<ClientField<?>>map(ClientField.Value::field)
                    .filter(ClientField::guarded).findFirst().orElse(ClientFields.OWNER);
            return ctx.ackWithErrors(Map.of(key(first), refused.getMessage()));
        }
        // a channel the editor is not in is refused before anything is saved: the form is all or nothing
        for (ClientField.Value<?> change : changes) {
            try {
                clients.checkChannel(teamId, userId, change);
            } catch (InvalidInputException refused) {
                return ctx.ackWithErrors(Map.of(key(change.field()), refused.getMessage()));
            }
        }
        Client after = before;
        List<String> changed = new ArrayList<>();
        for (ClientField.Value<?> change : changes) {
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
                Mrkdwn.of(":white_check_mark: Saved *%s*. %s", after.name(), what)));
    }

    private static String key(ClientField<?> field) {
        return ClientFormModals.key(field);
    }
}
