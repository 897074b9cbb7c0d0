package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SettledMessage;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/** The due-client menu of digests and nudges, and their "Open status" buttons. */
@Component
class CheckInMenuListener implements SlackListener {

    private final ClientService clients;
    private final PeopleService people;
    private final ClientForms modals;
    private final SlackMessenger slack;
    private final Clock clock;
    private final StatusCards cards;

    CheckInMenuListener(ClientService clients, PeopleService people, ClientForms modals, SlackMessenger slack,
                        Clock clock, StatusCards cards) {
        this.cards = cards;
        this.clients = clients;
        this.people = people;
        this.modals = modals;
        this.slack = slack;
        this.clock = clock;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.CHECKIN_MENU)), this::menu);
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.OPEN_STATUS)), (req, ctx) -> {
            var payload = req.getPayload();
            showStatus(req, payload.getTeam().getId(), payload.getUser().getId(), payload.getActions().get(0).getValue());
            return ctx.ack();
        });
    }

    private Response menu(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        var action = payload.getActions().get(0);
        String value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        int bar = value.indexOf('|');
        if (bar < 0) {
            return ctx.ack();
        }
        String what = value.substring(0, bar);
        String clientId = value.substring(bar + 1);
        switch (what) {
            case CheckInMenu.LOG -> modals.openLogForm(teamId, userId, clientId, payload.getTriggerId());
            case CheckInMenu.STATUS -> showStatus(req, teamId, userId, clientId);
            case "snooze1", "snooze3", "snooze7" -> {
                int days = Integer.parseInt(what.substring("snooze".length()));
                Client client = clients.snooze(teamId, clientId, Duration.ofDays(days));
                slack.respond(payload.getResponseUrl(), false, ":zzz: No check-in reminders for *"
                        + ClientBlocks.name(client) + "* for " + (days == 7 ? "a week" : days == 1 ? "a day" : days + " days")
                        + ".", null);
                SettledMessage.redrawClicked(slack, payload, ":zzz: Snoozed by <@" + userId + "> for "
                        + (days == 7 ? "a week" : days == 1 ? "a day" : days + " days"));
            }
            default -> {
                // an option from an older message: nothing to do
            }
        }
        return ctx.ack();
    }

    private void showStatus(BlockActionRequest req, String teamId, String userId, String clientId) {
        Client client = clients.get(teamId, clientId);
        var card = cards.forViewer(teamId, userId, client);
        slack.respond(req.getPayload().getResponseUrl(), false, "Status of " + SlackText.escape(client.name()),
                ClientBlocks.statusCard(card, true));
    }
}
