package dev.liaison.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's daily digest, most urgent first in each section; an empty section is left out and
 * an empty digest is not sent.
 */
public record Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                     List<EscalationLine> escalations, List<RenewalLine> renewals) {

    public record DueClient(String clientId, String name, long daysOverdue, boolean neverTouched, int health,
                            String band) {
    }

    public record TaskLine(String number, String title, String clientName, LocalDate due, boolean overdue) {
    }

    public record EscalationLine(String clientId, String clientName, String severity, String summary) {
    }

    public record RenewalLine(String clientId, String clientName, LocalDate renewal, long daysLeft) {
    }

    public boolean isEmpty() {
        return dueCheckIns.isEmpty() && tasks.isEmpty() && escalations.isEmpty() && renewals.isEmpty();
    }

    public String key() {
        return "digest:" + teamId + ":" + userId + ":" + date;
    }
}
