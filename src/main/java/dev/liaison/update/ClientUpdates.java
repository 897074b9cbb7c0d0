package dev.liaison.update;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Interaction;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.Caller;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.stereotype.Service;

/**
 * Client status updates: a draft from what happened since the last one, and posting the AM's edited
 * text to the client's linked channel through the delivery queue, once, with a touch logged and the
 * update recorded on the client.
 */
@Service
public class ClientUpdates {

    /** Without an earlier update, the draft looks this far back. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);
    static final String SOURCE = "client-update";

    private final ClientService clients;
    private final TaskService tasks;
    private final UpdateMessages messages;

    ClientUpdates(ClientService clients, TaskService tasks, UpdateMessages messages) {
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * The draft the AM starts from.
     *
     * @param channelId the linked channel it would go to; null when the client has none (nothing can be posted)
     */
    public record Draft(String clientId, String clientName, String channelId, Instant since, String text) {
    }

    public Draft draft(Caller caller, String clientId) {
        Client client = clients.get(caller.teamId(), clientId);
        Instant now = caller.now();
        ZoneId zone = caller.zone();
        Instant since = client.lastUpdateAt() != null ? client.lastUpdateAt() : now.minus(FIRST_LOOK_BACK);
        List<UpdateDraft.Item> completed = tasks.activityBetween(caller.teamId(), List.of(clientId), since, now).stream()
                .filter(t -> t.status() == Task.TaskStatus.DONE && t.doneAt() != null && !t.doneAt().isBefore(since))
                .sorted(Comparator.comparing(Task::doneAt))
                .map(t -> new UpdateDraft.Item(t.title(), LocalDate.ofInstant(t.doneAt(), zone))).toList();
        List<LocalDate> meetings = clients.touchesBetween(caller.teamId(), List.of(clientId), since, now).stream()
                .filter(t -> t.type() == TouchType.MEETING)
                .map(Interaction::occurredAt).sorted().map(at -> LocalDate.ofInstant(at, zone)).toList();
        List<UpdateDraft.Item> next = client.openTasks().stream().filter(t -> t.dueDate() != null)
                .sorted(Comparator.comparing(Client.OpenTask::dueDate))
                .map(t -> new UpdateDraft.Item(t.title(), t.dueDate())).toList();
        Instant checkIn = CheckInPolicy.nextDue(client.lastTouchAt(), client.createdAt(), client.cadenceDays());
        LocalDate nextCheckIn = checkIn.isAfter(now) ? LocalDate.ofInstant(checkIn, zone) : null;
        String month = YearMonth.from(caller.today()).toString();
        String text = UpdateDraft.of(new UpdateDraft.Inputs(client.name(), LocalDate.ofInstant(since, zone),
                caller.today(), completed, meetings, next, nextCheckIn, client.budgetMinutesIn(month) / 60.0,
                client.budgetHours(), client.renewal()));
        return new Draft(clientId, client.name(), linkedChannel(client), since, text);
    }

    /**
     * Posts the AM's text to the client's linked channel, naming them. {@code submissionId} (the
     * modal's view id) makes a second submission of the same modal post nothing more.
     *
     * @return the client as the update left it
     */
    public Client post(String teamId, String userId, String clientId, String text, String submissionId) {
        Client client = clients.get(teamId, clientId);
        String channel = linkedChannel(client);
        if (channel == null) {
            throw new InvalidInputException(client.name() + " has no linked channel to post an update in.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("Write the update before posting it.");
        }
        if (body.length() > UpdateDraft.MAX_CHARS) {
            throw new InvalidInputException("An update is at most " + UpdateDraft.MAX_CHARS + " characters.");
        }
        String key = "client-update:" + teamId + ":" + clientId + ":" + submissionId;
        if (!messages.queueUpdate(key, teamId, channel, client.name(), userId, body)) {
            return client;
        }
        // the touch and the record follow the queueing: a repeated submission queues nothing and logs nothing
        String firstLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        ClientService.LoggedTouch touch = clients.logTouch(teamId, clientId, userId, TouchType.SLACK, Sentiment.NEUTRAL,
                0, "Client update posted: " + firstLine, null, SOURCE);
        return clients.updatePosted(teamId, clientId, touch.interaction().occurredAt());
    }

    /** The channel updates go to: the first linked one (usually the only one, shared with the client). */
    private static String linkedChannel(Client client) {
        return client.channelIds().isEmpty() ? null : client.channelIds().get(0);
    }
}
