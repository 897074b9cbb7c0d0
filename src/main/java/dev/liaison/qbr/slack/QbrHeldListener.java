package dev.liaison.qbr.slack;

import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.ClientActions;
import dev.liaison.client.ClientService;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SettledMessage;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * "Mark held" on a quarterly business review, in the digest or the brief: a meeting touch and the
 * next review's date; the line it was on says so and loses its buttons.
 */
@Component
class QbrHeldListener implements SlackListener {

    private final ClientService clients;
    private final PeopleService people;
    private final SlackMessenger slack;

    QbrHeldListener(ClientService clients, PeopleService people, SlackMessenger slack) {
        this.clients = clients;
        this.people = people;
        this.slack = slack;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.QBR_HELD)), (req, ctx) -> {
            var payload = req.getPayload();
            Caller caller = people.caller(payload.getTeam().getId(), payload.getUser().getId());
            String clientId = payload.getActions().get(0).getValue();
            // the client is looked up in the presser's workspace: an id from elsewhere finds nothing
            ClientService.QbrHeld held = clients.markQbrHeld(caller, clientId, null);
            slack.respond(payload.getResponseUrl(), false, held.answer(caller.today()).markup(), null);
            settle(payload, clientId, ":white_check_mark: Held " + held.on() + ", marked by <@" + caller.userId() + ">");
            return ctx.ack();
        });
    }

    /** The message the click came from, with the review's line settled and its buttons gone (chat.update). */
    private void settle(BlockActionPayload payload, String clientId, String done) {
        var container = payload.getContainer();
        var message = payload.getMessage();
        if (container == null || container.isEphemeral() || container.getMessageTs() == null || message == null
                || message.getBlocks() == null || message.getBlocks().isEmpty()) {
            return;
        }
        String buttons = ClientActions.qbrButtonsBlockId(clientId);
        List<LayoutBlock> settled = SettledMessage.settle(message.getBlocks(), ClientActions.qbrBlockId(clientId), done)
                .stream().filter(b -> !buttons.equals(b.getBlockId())).toList();
        slack.updateMessage(payload.getTeam().getId(), container.getChannelId(), container.getMessageTs(),
                message.getText(), settled);
    }
}
