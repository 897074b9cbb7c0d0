package dev.liaison.client;

import dev.liaison.task.TaskClients;
import dev.liaison.task.TaskClosed;
import dev.liaison.task.TaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The client's side of tasks: tasks ask it who owns a client, and tell it (by event, in the same thread)
 * what to mirror in the client's open-task list, which its card and Home read without querying tasks.
 * The dependency runs one way, client → task; a task of a client deleted since is mirrored nowhere.
 */
@Component
class ClientTasks implements TaskClients {

    private final ClientService clients;

    ClientTasks(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public String ownerOf(String teamId, String clientId) {
        return clients.get(teamId, clientId).ownerId();
    }

    @EventListener
    void opened(TaskOpened task) {
        if (clients.find(task.teamId(), task.clientId()).isPresent()) {
            clients.taskOpened(task.teamId(), task.clientId(),
                    new Client.OpenTask(task.number(), task.title(), task.assigneeId(), task.due()));
        }
    }

    @EventListener
    void closed(TaskClosed task) {
        if (clients.find(task.teamId(), task.clientId()).isPresent()) {
            clients.taskClosed(task.teamId(), task.clientId(), task.number());
        }
    }
}
