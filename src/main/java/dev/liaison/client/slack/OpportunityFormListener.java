package dev.liaison.client.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.growth.GrowthActions;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.OpportunityChange;
import dev.liaison.growth.OpportunityService;
import dev.liaison.growth.Stage;
import dev.liaison.parsing.Amounts;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.PeopleService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * The opportunity form: "Add opportunity" on a client's card, "Edit" on an opportunity's line (card) and
 * "Update" in the digest. A submission is checked field by field and every problem is shown under its
 * input (response_action "errors") before anything is stored.
 */
@Component
class OpportunityFormListener implements SlackListener {

    private final OpportunityService opportunities;
    private final ClientService clients;
    private final SlackMessenger slack;
    private final HomePublisher home;
    private final WorkspaceSettingsService settings;
    private final PeopleService people;

    OpportunityFormListener(OpportunityService opportunities, ClientService clients, SlackMessenger slack,
                            HomePublisher home, WorkspaceSettingsService settings, PeopleService people) {
        this.people = people;
        this.opportunities = opportunities;
        this.clients = clients;
        this.slack = slack;
        this.home = home;
        this.settings = settings;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(GrowthActions.ADD_OPPORTUNITY)), (req, ctx) -> {
            var payload = req.getPayload();
            Client client = clients.get(payload.getTeam().getId(), payload.getActions().get(0).getValue());
            slack.openModal(payload.getTeam().getId(), payload.getTriggerId(), OpportunityModals.add(client));
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(GrowthActions.EDIT_OPPORTUNITY)), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String number = payload.getActions().get(0).getValue();
            Opportunity o = opportunities.find(teamId, number).orElseThrow(() -> new InvalidInputException(
                    "There is no opportunity " + number + " in this workspace any more."));
            slack.openModal(teamId, payload.getTriggerId(), OpportunityModals.edit(o, clientName(teamId, o.clientId())));
            return ctx.ack();
        });
        registry.viewSubmission(GrowthActions.OPPORTUNITY_FORM, (req, ctx) -> submit(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView().getPrivateMetadata(),
                req.getPayload().getView().getState(), ctx));
    }

    private record Form(String title, Long amountCents, Stage stage, LocalDate close, Map<String, String> errors) {
    }

    private static Form read(ViewState state) {
        ViewValues values = new ViewValues(state);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = values.text(OpportunityModals.TITLE).orElse("");
        if (title.isBlank()) {
            errors.put(OpportunityModals.TITLE, "Give the opportunity a title.");
        }
        Long amount = null;
        Optional<String> typed = values.text(OpportunityModals.AMOUNT);
        if (typed.isPresent()) {
            try {
                amount = Amounts.cents(typed.get()).orElse(null);
                if (amount == null) {
                    errors.put(OpportunityModals.AMOUNT, "Write the amount like 12500, 12,500 or 12.5k.");
                }
            } catch (InvalidInputException invalid) {
                errors.put(OpportunityModals.AMOUNT, invalid.getMessage());
            }
        }
        Stage stage = values.text(OpportunityModals.STAGE).flatMap(s -> java.util.Arrays.stream(Stage.values())
                .filter(v -> v.name().equals(s)).findFirst()).orElse(null);
        if (stage == null) {
            errors.put(OpportunityModals.STAGE, "Pick a stage.");
        }
        LocalDate close = null;
        try {
            close = values.text(OpportunityModals.CLOSE).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            errors.put(OpportunityModals.CLOSE, "Pick the date from the calendar.");
        }
        return new Form(title.strip(), amount, stage, close, errors);
    }

    private Response submit(String teamId, String userId, String metadata, ViewState state, ViewSubmissionContext ctx) {
        Form form = read(state);
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        Opportunity saved;
        try {
            if (metadata != null && metadata.startsWith(OpportunityModals.ADD)) {
                Client client = clients.get(teamId, metadata.substring(OpportunityModals.ADD.length()));
                String owner = client.ownerId() != null ? client.ownerId() : userId;
                saved = opportunities.add(teamId, client.id(), owner, form.title(), form.amountCents(), form.stage(),
                        form.close(), userId);
            } else if (metadata != null && metadata.startsWith(OpportunityModals.EDIT)) {
                String number = metadata.substring(OpportunityModals.EDIT.length());
                saved = opportunities.change(teamId, number, new OpportunityChange(form.stage(), form.close(),
                        form.close() == null, form.amountCents(), form.amountCents() == null, form.title()), userId);
            } else {
                return ctx.ack();
            }
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(OpportunityModals.TITLE, invalid.getMessage()));
        }
        home.refreshLater(teamId, userId, saved.ownerId());
        String clientName = clientName(teamId, saved.clientId());
        return ctx.ackWithUpdate(ClientModals.done("Opportunity saved", Mrkdwn.of(":white_check_mark: %s",
                GrowthBlocks.line(saved, clientName, settings.currency(teamId), people.caller(teamId, userId).today()))));
    }

    private String clientName(String teamId, String clientId) {
        return clients.find(teamId, clientId).map(Client::name).orElse("a former client");
    }
}
