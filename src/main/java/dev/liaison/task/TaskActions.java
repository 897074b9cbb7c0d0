package dev.liaison.task;

/** Action ids of the task surfaces, for any feature whose message carries a task's button. */
public final class TaskActions {

    /** "Mark done" on a task line of a digest. */
    public static final String DONE = "task_done";

    private TaskActions() {
    }
}
