package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.stereotype.Component;

/**
 * The card's "Log interaction" and "Add task" buttons: open the modal, then validate the
 * submission field by field (Slack shows each error under its input) and record it.
 */
@Component
class ClientModalListener implements SlackListener {

    private final ClientService clients;
    private final TaskService tasks;
    private final SlackMessenger slack;
    private final HomePublisher home;
    private final ClientForms forms;

    ClientModalListener(ClientService clients, TaskService tasks, SlackMessenger slack, HomePublisher home,
                        ClientForms forms) {
        this.forms = forms;
        this.clients = clients;
        this.tasks = tasks;
        this.slack = slack;
        this.home = home;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.LOG)), (req, ctx) -> {
            var payload = req.getPayload();
            forms.openLogForm(payload.getTeam().getId(), payload.getUser().getId(), payload.getActions().get(0).getValue(),
                    payload.getTriggerId());
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.ADD_TASK)), (req, ctx) -> {
            var payload = req.getPayload();
            Client client = clients.get(payload.getTeam().getId(), payload.getActions().get(0).getValue());
            slack.openModal(payload.getTeam().getId(), payload.getTriggerId(), ClientModals.addTask(client));
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.LOG_VIEW, (req, ctx) -> forms.submitLog(
                req.getPayload().getTeam().getId(), req.getPayload().getUser().getId(),
                req.getPayload().getView().getPrivateMetadata(), req.getPayload().getView().getState(), ctx));
        registry.viewSubmission(ClientActions.TASK_VIEW, (req, ctx) -> submitTask(
                req.getPayload().getTeam().getId(), req.getPayload().getUser().getId(),
                req.getPayload().getView().getPrivateMetadata(), req.getPayload().getView().getState(), ctx));
    }

    private Response submitTask(String teamId, String userId, String clientId, ViewState state,
                                ViewSubmissionContext ctx) {
        ViewValues values = new ViewValues(state);
        String title = values.text(ClientModals.TITLE).orElse("");
        if (title.isEmpty()) {
            return ctx.ackWithErrors(Map.of(ClientModals.TITLE, "What is the task?"));
        }
        String assignee = values.user(ClientModals.ASSIGNEE).orElse(null);
        LocalDate due = values.text(ClientModals.DUE).map(LocalDate::parse).orElse(null);
        Task task;
        try {
            task = tasks.add(teamId, clientId, title, assignee, due, userId);
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(ClientModals.ASSIGNEE, invalid.getMessage()));
        }
        home.refreshLater(teamId, userId, task.assigneeId());
        return ctx.ackWithUpdate(ClientModals.done("Task added", Mrkdwn.of(
                ":white_check_mark: Added `%s` %s, assigned to %s.", task.number(), SlackText.truncate(task.title(), 300),
                Mrkdwn.user(task.assigneeId()))));
    }
}
