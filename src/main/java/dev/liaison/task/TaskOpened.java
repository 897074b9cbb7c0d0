package dev.liaison.task;

/**
 * A task was opened for a client, or given to someone else while still open (its line on the client's card
 * is then redrawn with the new assignee). Published by {@link TaskService} and heard in the same thread, so
 * the client's mirror is up to date before the call returns.
 */
public record TaskOpened(String teamId, String clientId, String number, String title, String assigneeId,
                         String due) {

    static TaskOpened of(Task task) {
        return new TaskOpened(task.teamId(), task.clientId(), task.number(), task.title(), task.assigneeId(),
                task.due());
    }
}
