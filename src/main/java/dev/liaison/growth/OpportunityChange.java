package dev.liaison.growth;

import java.time.LocalDate;

/**
 * What {@code /client opp O-12 …} or the edit form changes; a null part stays as it is. {@code clearClose}
 * and {@code clearAmount} remove them ({@code close none}, {@code amount none}).
 */
public record OpportunityChange(Stage stage, LocalDate close, boolean clearClose, Long amountCents,
                                boolean clearAmount, String title) {

    public static OpportunityChange stage(Stage stage) {
        return new OpportunityChange(stage, null, false, null, false, null);
    }

    public boolean isEmpty() {
        return stage == null && close == null && !clearClose && amountCents == null && !clearAmount && title == null;
    }

    public OpportunityChange and(OpportunityChange more) {
        return new OpportunityChange(more.stage != null ? more.stage : stage, more.close != null ? more.close : close,
                clearClose || more.clearClose, more.amountCents != null ? more.amountCents : amountCents,
                clearAmount || more.clearAmount, more.title != null ? more.title : title);
    }
}
