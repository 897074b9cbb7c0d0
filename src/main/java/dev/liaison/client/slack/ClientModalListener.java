package dev.liaison.client.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.parsing.Durations;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
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
    private final PeopleService people;
    private final SlackMessenger slack;
    private final HomePublisher home;
    private final Clock clock;

    ClientModalListener(ClientService clients, TaskService tasks, PeopleService people, SlackMessenger slack,
                        HomePublisher home, Clock clock) {
        this.clients = clients;
        this.tasks = tasks;
        this.people = people;
        this.slack = slack;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.LOG)), (req, ctx) -> {
            var payload = req.getPayload();
            openLogForm(payload.getTeam().getId(), payload.getUser().getId(), payload.getActions().get(0).getValue(),
                    payload.getTriggerId());
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.ADD_TASK)), (req, ctx) -> {
            var payload = req.getPayload();
            Client client = clients.get(payload.getTeam().getId(), payload.getActions().get(0).getValue());
            slack.openModal(payload.getTeam().getId(), payload.getTriggerId(), ClientModals.addTask(client));
            return ctx.ack();
        });
        registry.viewSubmission(ClientActions.LOG_VIEW, (req, ctx) -> submitLog(
                req.getPayload().getTeam().getId(), req.getPayload().getUser().getId(),
                req.getPayload().getView().getPrivateMetadata(), req.getPayload().getView().getState(), ctx));
        registry.viewSubmission(ClientActions.TASK_VIEW, (req, ctx) -> submitTask(
                req.getPayload().getTeam().getId(), req.getPayload().getUser().getId(),
                req.getPayload().getView().getPrivateMetadata(), req.getPayload().getView().getState(), ctx));
    }

    /** Also used by /client log with only a client. */
    void openLogForm(String teamId, String userId, String clientId, String triggerId) {
        Client client = clients.get(teamId, clientId);
        slack.openModal(teamId, triggerId, ClientModals.logTouch(client, people.caller(teamId, userId).today()));
    }

    Response submitLog(String teamId, String userId, String clientId, ViewState state,
                               ViewSubmissionContext ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        TouchType type = value(state, ClientModals.TYPE).flatMap(TouchType::parseTyped).orElse(TouchType.NOTE);
        Sentiment sentiment = value(state, ClientModals.SENTIMENT).flatMap(Sentiment::parse).orElse(Sentiment.NEUTRAL);
        int minutes = 0;
        Optional<String> duration = value(state, ClientModals.DURATION).filter(s -> !s.isBlank());
        if (duration.isPresent()) {
            try {
                minutes = Durations.minutes(duration.get().strip().replace(" ", "")).orElse(-1);
                if (minutes < 0) {
                    errors.put(ClientModals.DURATION, "Write a duration like 30m, 1h or 1h30m.");
                }
            } catch (InvalidInputException invalid) {
                errors.put(ClientModals.DURATION, invalid.getMessage());
            }
        }
        Caller caller = people.caller(teamId, userId);
        ZoneId zone = caller.zone();
        LocalDate today = caller.today();
        LocalDate date = value(state, ClientModals.DATE).map(LocalDate::parse).orElse(today);
        if (date.isAfter(today)) {
            errors.put(ClientModals.DATE, "A touch can't be in the future; pick today or an earlier day.");
        }
        String summary = value(state, ClientModals.SUMMARY).map(String::strip).orElse("");
        if (summary.isEmpty()) {
            errors.put(ClientModals.SUMMARY, "Add a few words about the touch.");
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        // a past day is logged at noon there: the day is what matters, not a made-up time
        Instant at = date.equals(today) ? clock.instant() : date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        ClientService.LoggedTouch logged = clients.logTouch(teamId, clientId, userId, type, sentiment, minutes,
                summary, at, "modal");
        home.refreshLater(teamId, userId, logged.client().ownerId());
        return ctx.ackWithUpdate(ClientModals.done("Logged", dev.liaison.slack.Mrkdwn.of(
                ":white_check_mark: Logged a %s with *%s*.", type.label(), logged.client().name())));
    }

    private Response submitTask(String teamId, String userId, String clientId, ViewState state,
                                ViewSubmissionContext ctx) {
        String title = value(state, ClientModals.TITLE).map(String::strip).orElse("");
        if (title.isEmpty()) {
            return ctx.ackWithErrors(Map.of(ClientModals.TITLE, "What is the task?"));
        }
        String assignee = selectedUser(state, ClientModals.ASSIGNEE);
        LocalDate due = value(state, ClientModals.DUE).map(LocalDate::parse).orElse(null);
        Task task;
        try {
            task = tasks.add(teamId, clientId, title, assignee, due, userId);
        } catch (InvalidInputException invalid) {
            return ctx.ackWithErrors(Map.of(ClientModals.ASSIGNEE, invalid.getMessage()));
        }
        home.refreshLater(teamId, userId, task.assigneeId());
        return ctx.ackWithUpdate(ClientModals.done("Task added", dev.liaison.slack.Mrkdwn.of(
                ":white_check_mark: Added `%s` %s, assigned to %s.", task.number(), SlackText.truncate(task.title(), 300),
                dev.liaison.slack.Mrkdwn.user(task.assigneeId()))));
    }

    /** The value of the single element of an input block, whatever its kind. */
    private static Optional<String> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) {
            return Optional.empty();
        }
        ViewState.Value value = state.getValues().get(blockId).get(ClientModals.VALUE);
        if (value == null) {
            return Optional.empty();
        }
        if (value.getSelectedOption() != null) {
            return Optional.ofNullable(value.getSelectedOption().getValue());
        }
        if (value.getSelectedDate() != null) {
            return Optional.of(value.getSelectedDate());
        }
        return Optional.ofNullable(value.getValue());
    }

    private static String selectedUser(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) {
            return null;
        }
        ViewState.Value value = state.getValues().get(blockId).get(ClientModals.VALUE);
        return value == null ? null : value.getSelectedUser();
    }
}
