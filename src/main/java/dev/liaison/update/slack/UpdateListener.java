package dev.liaison.update.slack;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientActions;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.update.ClientUpdates;
import org.springframework.stereotype.Component;

/** The card's and the digest's Update button, and the update modal's Post. */
@Component
class UpdateListener implements SlackListener {

    private final UpdateForms forms;
    private final ClientUpdates updates;

    UpdateListener(UpdateForms forms, ClientUpdates updates) {
        this.forms = forms;
        this.updates = updates;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.UPDATE)), (req, ctx) -> {
            var payload = req.getPayload();
            forms.open(payload.getTeam().getId(), payload.getUser().getId(), payload.getActions().get(0).getValue(),
                    payload.getTriggerId());
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.UPDATE_VIEW, (req, ctx) -> post(req.getPayload().getTeam().getId(),
                req.getPayload().getUser().getId(), req.getPayload().getView(), ctx));
    }

    private Response post(String teamId, String userId, View view, ViewSubmissionContext ctx) {
        String text = text(view.getState()).orElse("");
        Client client;
        try {
            client = updates.post(teamId, userId, view.getPrivateMetadata(), text, view.getId());
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(UpdateBlocks.TEXT, invalid.getMessage()));
        }
        return ctx.ackWithUpdate(UpdateBlocks.posted(client.name(), client.channelIds().get(0)));
    }

    private static Optional<String> text(ViewState state) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(v -> v.get(UpdateBlocks.TEXT))
                .map(b -> b.get(UpdateBlocks.VALUE)).map(ViewState.Value::getValue);
    }
}
