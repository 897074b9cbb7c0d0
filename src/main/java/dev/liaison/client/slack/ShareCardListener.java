package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;

/** "Share in channel": posts the card, without its buttons, where the status was asked for. */
@Component
class ShareCardListener implements SlackListener {

    private final ClientService clients;
    private final PeopleService people;
    private final SlackMessenger slack;
    private final Clock clock;
    private final StatusCards cards;

    ShareCardListener(ClientService clients, PeopleService people, SlackMessenger slack, Clock clock, StatusCards cards) {
        this.cards = cards;
        this.clients = clients;
        this.people = people;
        this.slack = slack;
        this.clock = clock;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.SHARE)), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            String clientId = payload.getActions().get(0).getValue();
            Client client = clients.get(teamId, clientId);
            ClientBlocks.Card card = cards.forViewer(teamId, userId, client);
            List<LayoutBlock> blocks = new ArrayList<>(ClientBlocks.statusCard(card, false));
            blocks.add(context(asContextElements(markdownText("Status card shared by <@" + userId + ">"))));
            slack.respond(payload.getResponseUrl(), true, "Status of " + SlackText.escape(client.name()), blocks);
            return ctx.ack();
        });
    }
}
