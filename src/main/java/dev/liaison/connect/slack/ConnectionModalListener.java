package dev.liaison.connect.slack;

import java.util.Map;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.connect.Connections;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import org.springframework.stereotype.Component;

/** The connection modals' submissions: checked, stored encrypted, answered under the input that is wrong. */
@Component
class ConnectionModalListener implements SlackListener {

    private final Connections connections;
    private final PeopleService people;

    ConnectionModalListener(Connections connections, PeopleService people) {
        this.connections = connections;
        this.people = people;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.viewSubmission(ConnectionModals.GOOGLE_VIEW, (req, ctx) -> submit(req, ctx, Provider.GOOGLE));
        registry.viewSubmission(ConnectionModals.MICROSOFT_VIEW, (req, ctx) -> submit(req, ctx, Provider.MICROSOFT));
    }

    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx, Provider provider) {
        var payload = req.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        String first = provider == Provider.GOOGLE ? ConnectionModals.KEY : ConnectionModals.TENANT;
        // the modal was opened by a head, but whoever submits it must be one now
        if (!people.isAdmin(teamId, userId)) {
            return ctx.ackWithErrors(Map.of(first, "Only a head of accounts can connect calendars."));
        }
        ProviderCredentials credentials = provider == Provider.GOOGLE
                ? new ProviderCredentials.Google(value(values, ConnectionModals.KEY), value(values, ConnectionModals.API_URL))
                : new ProviderCredentials.Microsoft(value(values, ConnectionModals.TENANT),
                        value(values, ConnectionModals.CLIENT_ID), value(values, ConnectionModals.SECRET),
                        value(values, ConnectionModals.GRAPH_URL), value(values, ConnectionModals.LOGIN_URL));
        try {
            connections.save(teamId, credentials, userId);
        } catch (InvalidInputException wrong) {
            return ctx.ackWithErrors(Map.of(blockOf(provider, wrong.getMessage()), wrong.getMessage()));
        }
        return ctx.ack(r -> r.responseAction("update").view(ConnectionModals.connected(provider)));
    }

    /** The input an answer is about, so it shows under it. */
    private static String blockOf(Provider provider, String problem) {
        if (provider == Provider.GOOGLE) {
            return problem.startsWith("The API URL") ? ConnectionModals.API_URL : ConnectionModals.KEY;
        }
        if (problem.startsWith("The tenant")) {
            return ConnectionModals.TENANT;
        }
        if (problem.startsWith("The client ID")) {
            return ConnectionModals.CLIENT_ID;
        }
        if (problem.startsWith("The Graph URL")) {
            return ConnectionModals.GRAPH_URL;
        }
        return problem.startsWith("The login URL") ? ConnectionModals.LOGIN_URL : ConnectionModals.SECRET;
    }

    private static String value(Map<String, Map<String, ViewState.Value>> values, String id) {
        Map<String, ViewState.Value> block = values == null ? null : values.get(id);
        ViewState.Value value = block == null ? null : block.get(ConnectionModals.VALUE);
        return value == null || value.getValue() == null ? null : value.getValue();
    }
}
