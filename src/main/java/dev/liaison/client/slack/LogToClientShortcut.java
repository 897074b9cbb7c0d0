package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.NameMatch;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/**
 * The "Log to client" message shortcut: the log form, pre-filled with the message and its
 * permalink, and with the channel's linked client when there is exactly one.
 */
@Component
class LogToClientShortcut implements SlackListener {

    private final ClientService clients;
    private final PeopleService people;
    private final ClientForms modals;
    private final SlackMessenger slack;
    private final Clock clock;

    LogToClientShortcut(ClientService clients, PeopleService people, ClientForms modals, SlackMessenger slack,
                        Clock clock) {
        this.clients = clients;
        this.people = people;
        this.modals = modals;
        this.slack = slack;
        this.clock = clock;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.messageShortcut(ClientActions.LOG_SHORTCUT, (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            String channelId = payload.getChannel().getId();
            // the message's text as Slack sends it is escaped: the form shows (and stores) what was written
            String text = payload.getMessage() == null || payload.getMessage().getText() == null ? ""
                    : SlackText.readableNames(SlackText.fromSlack(payload.getMessage().getText()));
            String link = payload.getMessage() == null ? null
                    : slack.permalink(teamId, channelId, payload.getMessage().getTs()).orElse(null);
            List<Client> linked = clients.linkedTo(teamId, channelId);
            String guess = linked.size() == 1 ? linked.get(0).name() : null;
            String summary = link == null ? text : text + "\n\n" + link;
            if (summary.length() > ClientModals.SUMMARY_MAX && link != null) {
                // keep the link whole: cut the message instead
                summary = text.substring(0, Math.max(0, ClientModals.SUMMARY_MAX - link.length() - 3)) + "…\n\n" + link;
            }
            LocalDate today = people.caller(teamId, userId).today();
            slack.openModal(teamId, payload.getTriggerId(), ClientModals.logFromMessage(guess, summary, today));
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.LOG_MESSAGE_VIEW, (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            String typed = new ViewValues(payload.getView().getState()).text(ClientModals.CLIENT).orElse("");
            NameMatch match = typed.isEmpty() ? new NameMatch.NotFound(List.of())
                    : clients.parserFor(people.caller(teamId, userId)).match(typed);
            if (!(match instanceof NameMatch.Found found)) {
                String error = typed.isEmpty() ? "Which client is this about?"
                        : ClientBlocks.noMatch(match, typed).replace("*", "");
                return ctx.ackWithErrors(Map.of(ClientModals.CLIENT, error));
            }
            return modals.submitLog(teamId, userId, found.clientId(), payload.getView().getState(), ctx);
        });
    }
}
