package dev.liaison.growth;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An upsell or cross-sell opportunity on a client. The number (O-12) is short and unique per workspace;
 * the id is team + number, so what people type is a primary-key read that cannot reach another workspace.
 * Amounts are in hundredths of the workspace's currency (as {@link dev.liaison.parsing.Amounts} reads
 * them); {@code closedAt} is when it was set won or lost (the weekly report's "won this week").
 */
@Document("opportunities")
@CompoundIndex(name = "team_number", def = "{'teamId': 1, 'number': 1}", unique = true)
public record Opportunity(@Id String id, String teamId, String number, String clientId, String ownerId, String title,
                          Long amountCents, Stage stage, String close, String createdBy, Instant createdAt,
                          Instant closedAt, String updatedBy, Instant updatedAt) {

    static String id(String teamId, String number) {
        return teamId + ":" + number;
    }

    public LocalDate closeDate() {
        return close == null ? null : LocalDate.parse(close);
    }

    public boolean open() {
        return stage.open();
    }

    /** Open with a close date before {@code today}: it stays in its owner's digest until moved or settled. */
    public boolean closeDatePassed(LocalDate today) {
        return open() && close != null && closeDate().isBefore(today);
    }
}
