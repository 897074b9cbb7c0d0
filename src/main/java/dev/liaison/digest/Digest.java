package dev.liaison.digest;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.liaison.parsing.Money;

/**
 * One person's daily digest, most urgent first in each section; an empty section is left out and
 * an empty digest is not sent.
 */
public record Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                     List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight,
                     List<OpportunityLine> opportunities, Currency currency, List<QbrLine> qbrs,
                     List<UpdateDueLine> updatesDue, List<OverrunLine> overruns) {

    /** A digest with no account-growth items. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, oversight, List.of(), Money.DEFAULT,
                List.of(), List.of(), List.of());
    }

    /** A digest with opportunities and no other growth items. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight,
                  List<OpportunityLine> opportunities, Currency currency) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, oversight, opportunities, currency,
                List.of(), List.of(), List.of());
    }

    /** A digest with opportunities and reviews and no other growth items. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight,
                  List<OpportunityLine> opportunities, Currency currency, List<QbrLine> qbrs) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, oversight, opportunities, currency,
                qbrs, List.of(), List.of());
    }

    /** A digest with updates due and overruns and no other growth items. */
    public Digest(String teamId, String userId, LocalDate date, List<DueClient> dueCheckIns, List<TaskLine> tasks,
                  List<EscalationLine> escalations, List<RenewalLine> renewals, Oversight oversight,
                  List<UpdateDueLine> updatesDue, List<OverrunLine> overruns) {
        this(teamId, userId, date, dueCheckIns, tasks, escalations, renewals, oversight, List.of(), Money.DEFAULT,
                List.of(), updatesDue, overruns);
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

    /** @param lastTouch how the last touch happened, e.g. "meeting from Google Calendar" (null: never touched) */
    public record DueClient(String clientId, String name, long daysOverdue, boolean neverTouched, int health,
                            String band, String lastTouch) {
    }

    public record TaskLine(String number, String title, String clientName, LocalDate due, boolean overdue) {
    }

    public record EscalationLine(String clientId, String clientName, String severity, String summary) {
    }

    public record RenewalLine(String clientId, String clientName, LocalDate renewal, long daysLeft) {
    }

    /**
     * A quarterly business review due within 14 days, or overdue: in each day's digest until marked held.
     *
     * @param daysLeft days from the digest's day to the review's date, negative when overdue
     */
    public record QbrLine(String clientId, String clientName, LocalDate due, long daysLeft, boolean neverHeld) {
    }

    /** An open opportunity of the person's whose close date has passed: in each day's digest until moved or settled. */
    public record OpportunityLine(String number, String title, String clientId, String clientName, Long amountCents,
                                  String stage, LocalDate close) {
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
                && opportunities.isEmpty() && qbrs.isEmpty() && updatesDue.isEmpty() && overruns.isEmpty()
                && (oversight == null || oversight.isEmpty());
    }

    public String key() {
        return "digest:" + teamId + ":" + userId + ":" + date;
    }
}
