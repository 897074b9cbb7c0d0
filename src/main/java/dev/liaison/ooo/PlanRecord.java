package dev.liaison.ooo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reallocation plan of one absence (id = the absence's id), as suggested and as the lead
 * changed it, until applied. {@code applyingBy} is set while "Apply all" is under way, so one cut
 * short (a crash, a restart) is finished by ooo-watch rather than left half-applied.
 */
@Document("reallocation_plans")
public record PlanRecord(@Id String id, String teamId, String absentId, String leadId, String from, String to,
                         List<Item> items, State state, String decidedBy, Instant decidedAt, Instant createdAt,
                         String applyingBy) {

    public enum State { PENDING, DEFERRED, APPLIED }

    /**
     * chosenId starts as the suggestion and follows the lead's select; applied once covered.
     * {@code health} is a client's health score when the plan was made (null for tasks and older plans).
     */
    public record Item(Plan.Kind kind, String itemId, String label, String suggestedId, String chosenId,
                       Plan.Reason reason, boolean applied, Integer health) {

        Item withChosen(String coverId) {
            return new Item(kind, itemId, label, suggestedId, coverId, reason, applied, health);
        }

        Item asApplied() {
            return new Item(kind, itemId, label, suggestedId, chosenId, reason, true, health);
        }
    }

    public boolean open() {
        return state != State.APPLIED;
    }
}
