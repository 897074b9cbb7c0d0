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
                         String applyingBy, String source) {

    /** A plan from before absences had a source: its absence was declared with /ooo or a status. */
    public PlanRecord(String id, String teamId, String absentId, String leadId, String from, String to, List<Item> items,
                      State state, String decidedBy, Instant decidedAt, Instant createdAt, String applyingBy) {
        this(id, teamId, absentId, leadId, from, to, items, state, decidedBy, decidedAt, createdAt, applyingBy, null);
    }

    /** Where the absence came from, as the lead's prompt says it: "/ooo", "Slack status", "Google", "Microsoft". */
    public String sourceLabel() {
        return new Absence(id, teamId, absentId, from, to, source, null, null, null, false, false).sourceLabel();
    }

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
