package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.ClientService;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.stereotype.Component;

/**
 * "Done" next to a task on a status card or in App Home: closes it (a second click finds it done
 * and changes nothing); the card is redrawn without it, App Home is published again.
 */
@Component
class TaskDoneOnCardListener implements SlackListener {

    private final TaskService tasks;
    private final ClientService clients;
    private final StatusCards cards;
    private final HomePublisher home;
    private final SlackMessenger slack;

    TaskDoneOnCardListener(TaskService tasks, ClientService clients, StatusCards cards, HomePublisher home,
                           SlackMessenger slack) {
        this.tasks = tasks;
        this.clients = clients;
        this.cards = cards;
        this.home = home;
        this.slack = slack;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.TASK_DONE)), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            TaskService.Closed closed = tasks.done(teamId, payload.getActions().get(0).getValue(), userId);
            Task task = closed.task();
            home.refreshLater(teamId, userId, task.assigneeId());
            Mrkdwn said = closed.alreadyDone() ? Mrkdwn.of("`%s` was already done.", task.number())
                    : Mrkdwn.of(":white_check_mark: Done: `%s` %s.", task.number(), SlackText.truncate(task.title(), 300));
            if (payload.getResponseUrl() != null) {
                // a card in a message: the same card, without the task, and what happened above it
                List<LayoutBlock> blocks = new ArrayList<>();
                blocks.add(BlockKit.text(said));
                blocks.addAll(ClientBlocks.statusCard(cards.forViewer(teamId, userId, clients.get(teamId, task.clientId())), true));
                slack.replaceOriginal(payload.getResponseUrl(), "Status of a client", blocks);
            }
            return ctx.ack();
        });
    }
}
