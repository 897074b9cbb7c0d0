package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.util.regex.Pattern;

import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.slack.AccessPolicy;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/** App Home: published when someone opens the Home tab; its per-client menu opens the client's modals. */
@Component
class AppHomeListener implements SlackListener {

    private final HomePublisher home;
    private final ClientService clients;
    private final ClientForms modals;
    private final SlackMessenger slack;
    private final AccessPolicy access;

    AppHomeListener(HomePublisher home, ClientService clients, ClientForms modals, SlackMessenger slack,
            AccessPolicy access) {
        this.access = access;
        this.home = home;
        this.clients = clients;
        this.modals = modals;
        this.slack = slack;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            // the Messages tab opens this event too; only the Home tab is ours to draw
            if (event.getUser() != null && (event.getTab() == null || "home".equals(event.getTab()))) {
                // events pass no access check of their own: a guest's Home says why it is empty
                AccessPolicy.Decision decision = access.check(payload.getTeamId(), payload.getEnterpriseId(),
                        event.getUser());
                if (decision.allowed()) {
                    home.opened(payload.getTeamId(), event.getUser());
                } else {
                    slack.publishHome(payload.getTeamId(), event.getUser(), HomeBlocks.refused(decision.refusal()));
                }
            }
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.HOME_CLIENT_MENU)), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            var selected = payload.getActions().get(0).getSelectedOption();
            String choice = selected == null ? "" : selected.getValue();
            int colon = choice.indexOf(':');
            if (colon > 0) {
                String what = choice.substring(0, colon);
                String clientId = choice.substring(colon + 1);
                switch (what) {
                    case "log" -> modals.openLogForm(teamId, payload.getUser().getId(), clientId, payload.getTriggerId());
                    case "task" -> {
                        Client client = clients.get(teamId, clientId);
                        slack.openModal(teamId, payload.getTriggerId(), ClientModals.addTask(client));
                    }
                    case "edit" -> slack.openModal(teamId, payload.getTriggerId(),
                            ClientFormModals.edit(clients.get(teamId, clientId)));
                    default -> { }
                }
            }
            return ctx.ack();
        });
    }
}
