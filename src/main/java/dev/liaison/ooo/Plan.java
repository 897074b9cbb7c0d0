package dev.liaison.ooo;

import java.util.List;
import java.util.Objects;

/**
 * A suggested cover plan: one assignment per client, then one per open task, in planning order
 * (clients by clientId, tasks by number in natural order).
 */
public record Plan(List<Assignment> assignments) {

    public Plan {
        assignments = List.copyOf(assignments);
    }

    public enum Kind { CLIENT, TASK }

    /** Why this coverer was suggested; each reason belongs to one kind except LOWEST_LOAD and NEEDS_DECISION. */
    public enum Reason { BACKUP, FAMILIAR, LOWEST_LOAD, FOLLOWS_CLIENT, NEEDS_DECISION }

    /**
     * One item and who should cover it.
     *
     * @param itemId clientId for a client, task number for a task
     * @param label client name for a client, {@code "T-42 title"} for a task
     * @param coverId null exactly when {@code reason == NEEDS_DECISION}
     */
    public record Assignment(Kind kind, String itemId, String label, String coverId, Reason reason) {
        public Assignment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(reason, "reason");
            if ((coverId == null) != (reason == Reason.NEEDS_DECISION)) {
                throw new IllegalArgumentException("coverId must be null exactly when the lead has to decide: "
                        + itemId + " " + reason + " " + coverId);
            }
            boolean clientOnly = reason == Reason.BACKUP || reason == Reason.FAMILIAR;
            if (clientOnly && kind != Kind.CLIENT || reason == Reason.FOLLOWS_CLIENT && kind != Kind.TASK) {
                throw new IllegalArgumentException(reason + " does not apply to a " + kind + ": " + itemId);
            }
        }

        public boolean needsDecision() {
            return reason == Reason.NEEDS_DECISION;
        }
    }

    public List<Assignment> clients() {
        return assignments.stream().filter(a -> a.kind() == Kind.CLIENT).toList();
    }

    public List<Assignment> tasks() {
        return assignments.stream().filter(a -> a.kind() == Kind.TASK).toList();
    }

    public List<Assignment> needingDecision() {
        return assignments.stream().filter(Assignment::needsDecision).toList();
    }
}
