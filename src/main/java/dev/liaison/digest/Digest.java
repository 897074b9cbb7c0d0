package dev.liaison.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's daily digest, most urgent first in each section; an empty section is left out and
 * an empty digest is not sent.
 */
public record Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                     List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight,
                     List<UpdateDueLine> updatesDue, List<OverrunLine> overruns) {

    /** A digest without growth items. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, oversight, List.of(), List.of());
    }

    /** The digest of someone who leads nobody: their own clients and tasks only. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, null);
    }

    /**
     * What a team lead (their team) or a head of accounts (the agency) oversees, in the same one
     * digest: clients at risk, open escalations, who is out tomorrow and which of their clients
     * nobody covers.
     *
     * @param agency true for a head of accounts (the whole agency), false for a lead (their team)
     */
    public record Oversight(boolean agency, List<AtRisk> atRisk, List<TeamEscalation> escalations,
                            List<OutTomorrow> outTomorrow, List<Uncovered> uncovered) {

        public boolean isEmpty() {
            return atRisk.isEmpty() && escalations.isEmpty() && outTomorrow.isEmpty() && uncovered.isEmpty();
        }
    }

    public record AtRisk(String clientId, String name, String ownerId, int health, String driver) {
    }

    public record TeamEscalation(String clientId, String clientName, String ownerId, String severity, String summary) {
    }

    public record OutTomorrow(String userId, int clients) {
    }

    public record Uncovered(String clientId, String clientName, String absentId) {
    }

    public record DueClient(String clientId, String name, long daysOverdue, boolean neverTouched, int health,
                            String band) {
    }

    public record TaskLine(String number, String title, String clientName, LocalDate due, boolean overdue) {
    }

    public record EscalationLine(String clientId, String clientName, String severity, String summary) {
    }

    public record RenewalLine(String clientId, String clientName, LocalDate renewal, long daysLeft) {
    }

    /**
     * A client whose status update is due (every day until one is posted).
     *
     * @param neverPosted no update was ever posted to this client
     * @param daysOverdue whole days since it became due
     */
    public record UpdateDueLine(String clientId, String clientName, boolean neverPosted, long daysOverdue) {
    }

    /**
     * A client projected over budget this month (said at most once in any 7 days).
     *
     * @param runsOut the working day the budget runs out at this pace; null when it is already used up
     */
    public record OverrunLine(String clientId, String clientName, long projectedPercent, LocalDate runsOut,
                              double usedHours, double budgetHours) {
    }

    public boolean isEmpty() {
        return dueCheckIns.isEmpty() && tasks.isEmpty() && escalations.isEmpty() && renewals.isEmpty()
                && (oversight == null || oversight.isEmpty()) && updatesDue.isEmpty() && overruns.isEmpty();
    }

    public String key() {
        return "digest:" + teamId + ":" + userId + ":" + date;
    }
}
