package dev.liaison.ooo;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A period someone is out, inclusive, in their own calendar days. */
@Document("absences")
public record Absence(@Id String id, String teamId, String userId, String from, String to, String source,
                      String declaredBy, Instant createdAt, Instant endedEarlyAt, boolean prompted,
                      boolean handedBack) {

    public LocalDate fromDate() {
        return LocalDate.parse(from);
    }

    /** The last day out: the planned one, or the day before they came back early. */
    public LocalDate toDate() {
        return LocalDate.parse(to);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDate()) && !day.isAfter(toDate());
    }

    /** Where it came from, as people read it: "/ooo", "Slack status", "Google", "Microsoft". */
    public String sourceLabel() {
        return switch (source == null ? "" : source) {
            case "status" -> "Slack status";
            case "google" -> "Google";
            case "microsoft" -> "Microsoft";
            default -> "/ooo";
        };
    }

    public boolean cancelled() {
        return toDate().isBefore(fromDate());
    }
}
