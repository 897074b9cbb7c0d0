package dev.liaison.digest.report;

import dev.liaison.parsing.Plural;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.liaison.parsing.Money;

/** What a lead reads on Monday morning: their team's portfolio, load and trouble, week on week. */
public record WeeklyReport(String teamId, String leadId, String week, LocalDate weekStart, Bands bands,
                           Bands lastWeek, List<Moved> movedToAtRisk, List<AmWeek> touches, Escalations escalations,
                           List<Renewal> renewals, List<Budget> overBudget, List<WeekBands> trend,
                           List<ClientRow> clients, Growth growth, List<Pace> overPace) {

    /** A report without opportunities (an empty pipeline in dollars) or budget paces. */
    public WeeklyReport(String teamId, String leadId, String week, LocalDate weekStart, Bands bands, Bands lastWeek,
                        List<Moved> movedToAtRisk, List<AmWeek> touches, Escalations escalations, List<Renewal> renewals,
                        List<Budget> overBudget, List<WeekBands> trend, List<ClientRow> clients) {
        this(teamId, leadId, week, weekStart, bands, lastWeek, movedToAtRisk, touches, escalations, renewals, overBudget,
                trend, clients, Growth.NONE, List.of());
    }

    /** A report without budget paces. */
    public WeeklyReport(String teamId, String leadId, String week, LocalDate weekStart, Bands bands, Bands lastWeek,
                        List<Moved> movedToAtRisk, List<AmWeek> touches, Escalations escalations, List<Renewal> renewals,
                        List<Budget> overBudget, List<WeekBands> trend, List<ClientRow> clients, Growth growth) {
        this(teamId, leadId, week, weekStart, bands, lastWeek, movedToAtRisk, touches, escalations, renewals, overBudget,
                trend, clients, growth, List.of());
    }

    /** A report without opportunities. */
    public WeeklyReport(String teamId, String leadId, String week, LocalDate weekStart, Bands bands, Bands lastWeek,
                        List<Moved> movedToAtRisk, List<AmWeek> touches, Escalations escalations, List<Renewal> renewals,
                        List<Budget> overBudget, List<WeekBands> trend, List<ClientRow> clients, List<Pace> overPace) {
        this(teamId, leadId, week, weekStart, bands, lastWeek, movedToAtRisk, touches, escalations, renewals, overBudget,
                trend, clients, Growth.NONE, overPace);
    }

    /**
     * The team's pipeline: open opportunities weighted by stage, and those won and lost in the 7 days
     * up to the report; amounts in hundredths of {@code currency}.
     */
    public record Growth(int open, long openCents, long weightedCents, List<Settled> won, long wonCents,
                         List<Settled> lost, long lostCents, Currency currency) {
        public static final Growth NONE = new Growth(0, 0, 0, List.of(), 0, List.of(), 0, Money.DEFAULT);
    }

    /** An opportunity set won or lost this week. */
    public record Settled(String number, String title, String clientName, String ownerId, Long amountCents) {
    }

    public record Bands(int healthy, int watch, int atRisk) {
        public int total() {
            return healthy + watch + atRisk;
        }
    }

    /** A client that was not at risk last week and is now, with the biggest reason. */
    public record Moved(String clientId, String name, String ownerId, int score, String driver) {
    }

    /** One AM's week: touches logged against the check-ins that were due. */
    public record AmWeek(String userId, int touches, int dueCheckIns, int clients) {
    }

    public record Escalations(int opened, int resolved, int stillOpen, Double medianHoursToResolve) {
    }

    public record Renewal(String clientId, String name, String ownerId, LocalDate date, long daysLeft) {
    }

    public record Budget(String clientId, String name, String ownerId, double usedHours, double budgetHours) {
        public int percent() {
            return (int) Math.round(usedHours * 100 / budgetHours);
        }
    }

    /**
     * A client projected over 110 % of its budget hours by month end at this month's pace.
     *
     * @param runsOut the working day its budget runs out on at this pace; null when already used up
     */
    public record Pace(String clientId, String name, String ownerId, long projectedPercent, LocalDate runsOut,
                       double usedHours, double budgetHours) {
    }

    public record WeekBands(String week, Bands bands) {
    }

    /** One line of the CSV: the team's clients with their state this week. */
    public record ClientRow(String name, String ownerId, int health, String band, String topDriver,
                            Instant lastTouch, boolean due, LocalDate renewal, Double budgetUsedHours,
                            Double budgetHours, String tier, Long retainerCents, String backupId) {
    }

    /** A text alternative for the chart, and the message's fallback text. */
    public String summary() {
        return "Week " + week + ": " + bands.healthy() + " healthy, " + bands.watch() + " watch, " + bands.atRisk()
                + " at risk of " + Plural.count(bands.total(), "client") + "; "
                + Plural.count(touches.stream().mapToInt(AmWeek::touches).sum(), "touch", "touches") + " logged; "
                + Plural.count(escalations.opened(), "escalation") + " opened, " + escalations.resolved()
                + " resolved, " + escalations.stillOpen() + " still open.";
    }
}
