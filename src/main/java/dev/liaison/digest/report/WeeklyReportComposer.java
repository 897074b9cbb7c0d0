package dev.liaison.digest.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.client.BudgetPace;
import dev.liaison.client.Client;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.client.Interaction;
import dev.liaison.escalation.Escalation;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.Pipeline;
import dev.liaison.parsing.Money;

/**
 * Builds a lead's weekly report from values: the team's clients with their health now, the team's
 * members, last weeks' snapshots, this week's touches and the escalations of the week. No I/O.
 */
public final class WeeklyReportComposer {

    static final int TREND_WEEKS = 8;
    static final int RENEWAL_DAYS = 60;

    /**
     * A client with the health computed for it this week.
     *
     * @param pace its budget pace in its owner's month (null without a budget)
     */
    public record Scored(Client client, Health health, BudgetPace.Projection pace) {
        public Scored(Client client, Health health) {
            this(client, health, null);
        }
    }

    /** {@code periodStart}: a week before this Monday's start in the lead's zone; the report covers it to now. */
    public record Input(String teamId, String leadId, String week, LocalDate weekStart, Instant periodStart, Instant now,
                        List<Scored> clients, List<String> members, List<WeeklySnapshot> earlier,
                        List<Interaction> touchesThisWeek, List<Escalation> escalations,
                        List<Opportunity> opportunities, Currency currency) {

        public Input(String teamId, String leadId, String week, LocalDate weekStart, Instant periodStart, Instant now,
                     List<Scored> clients, List<String> members, List<WeeklySnapshot> earlier,
                     List<Interaction> touchesThisWeek, List<Escalation> escalations) {
            this(teamId, leadId, week, weekStart, periodStart, now, clients, members, earlier, touchesThisWeek,
                    escalations, List.of(), Money.DEFAULT);
        }
    }

    /** Won and lost count in the 7 days up to the report. */
    static final Duration GROWTH_WINDOW = Duration.ofDays(7);

    private WeeklyReportComposer() {
    }

    public static WeeklyReport compose(Input in) {
        WeeklyReport.Bands bands = bands(in.clients().stream().map(s -> s.health().band()).toList());
        WeeklySnapshot last = in.earlier().stream().max(Comparator.comparing(WeeklySnapshot::week)).orElse(null);
        WeeklyReport.Bands lastWeek = last == null ? null : new WeeklyReport.Bands(last.healthy(), last.watch(), last.atRisk());

        List<WeeklyReport.Moved> moved = in.clients().stream()
                .filter(s -> s.health().band() == HealthBand.AT_RISK)
                .filter(s -> last != null && !HealthBand.AT_RISK.name().equals(last.bands().get(s.client().id())))
                .sorted(Comparator.comparingInt(s -> s.health().score()))
                .map(s -> new WeeklyReport.Moved(s.client().id(), s.client().name(), s.client().ownerId(),
                        s.health().score(), s.health().topDriver().map(Health.Deduction::reason).orElse("")))
                .toList();

        Map<String, String> ownerOf = in.clients().stream()
                .collect(Collectors.toMap(s -> s.client().id(), s -> s.client().ownerId(), (a, b) -> a));
        Map<String, Long> touchesBy = in.touchesThisWeek().stream()
                .collect(Collectors.groupingBy(t -> t.loggedBy() != null ? t.loggedBy() : ownerOf.getOrDefault(t.clientId(), ""),
                        Collectors.counting()));
        List<WeeklyReport.AmWeek> amWeeks = new ArrayList<>();
        for (String member : in.members()) {
            List<Client> owned = in.clients().stream().map(Scored::client).filter(c -> member.equals(c.ownerId())).toList();
            int due = (int) owned.stream().filter(c -> c.dueForCheckIn(in.now())).count();
            amWeeks.add(new WeeklyReport.AmWeek(member, touchesBy.getOrDefault(member, 0L).intValue(), due, owned.size()));
        }
        amWeeks.sort(Comparator.comparingInt(WeeklyReport.AmWeek::touches).reversed()
                .thenComparing(WeeklyReport.AmWeek::userId));

        Instant from = in.periodStart();
        int opened = (int) in.escalations().stream().filter(e -> !e.openedAt().isBefore(from)).count();
        List<Escalation> resolved = in.escalations().stream()
                .filter(e -> e.resolvedAt() != null && !e.resolvedAt().isBefore(from)).toList();
        int stillOpen = (int) in.escalations().stream().filter(e -> e.resolvedAt() == null).count();
        Double median = median(resolved.stream()
                .map(e -> Duration.between(e.openedAt(), e.resolvedAt()).toMinutes() / 60.0).sorted().toList());

        LocalDate today = in.weekStart();
        List<WeeklyReport.Renewal> renewals = in.clients().stream().map(Scored::client)
                .filter(c -> c.renewal() != null && !c.renewal().isBefore(today)
                        && !c.renewal().isAfter(today.plusDays(RENEWAL_DAYS)))
                .sorted(Comparator.comparing(Client::renewal))
                .map(c -> new WeeklyReport.Renewal(c.id(), c.name(), c.ownerId(), c.renewal(),
                        ChronoUnit.DAYS.between(today, c.renewal())))
                .toList();

        String month = YearMonth.from(in.now().atZone(ZoneOffset.UTC)).toString();
        List<WeeklyReport.Budget> overBudget = in.clients().stream().map(Scored::client)
                .filter(c -> c.budgetHours() != null && c.budgetHours() > 0
                        && c.budgetMinutesIn(month) / 60.0 > 0.9 * c.budgetHours())
                .map(c -> new WeeklyReport.Budget(c.id(), c.name(), c.ownerId(), c.budgetMinutesIn(month) / 60.0,
                        c.budgetHours()))
                .sorted(Comparator.comparingInt(WeeklyReport.Budget::percent).reversed())
                .toList();

        List<WeeklyReport.Pace> overPace = in.clients().stream()
                .filter(s -> s.pace() != null && s.pace().overrun())
                .map(s -> new WeeklyReport.Pace(s.client().id(), s.client().name(), s.client().ownerId(),
                        s.pace().projectedPercent(), s.pace().runsOut(), s.pace().usedMinutes() / 60.0,
                        s.pace().budgetMinutes() / 60.0))
                .sorted(Comparator.comparingLong(WeeklyReport.Pace::projectedPercent).reversed()
                        .thenComparing(WeeklyReport.Pace::name))
                .toList();

        List<WeeklyReport.WeekBands> trend = new ArrayList<>(in.earlier().stream()
                .sorted(Comparator.comparing(WeeklySnapshot::week))
                .map(s -> new WeeklyReport.WeekBands(s.week(), new WeeklyReport.Bands(s.healthy(), s.watch(), s.atRisk())))
                .toList());
        trend.add(new WeeklyReport.WeekBands(in.week(), bands));
        if (trend.size() > TREND_WEEKS) {
            trend = trend.subList(trend.size() - TREND_WEEKS, trend.size());
        }

        List<WeeklyReport.ClientRow> rows = in.clients().stream()
                .sorted(Comparator.comparing((Scored s) -> s.client().name(), String.CASE_INSENSITIVE_ORDER))
                .map(s -> new WeeklyReport.ClientRow(s.client().name(), s.client().ownerId(), s.health().score(),
                        s.health().band().label(), s.health().topDriver().map(Health.Deduction::reason).orElse(""),
                        s.client().lastTouchAt(), s.client().dueForCheckIn(in.now()), s.client().renewal(),
                        s.client().budgetHours() == null ? null : s.client().budgetMinutesIn(month) / 60.0,
                        s.client().budgetHours(), s.client().tier().label(), s.client().retainerCents(),
                        s.client().backupId()))
                .toList();

        return new WeeklyReport(in.teamId(), in.leadId(), in.week(), in.weekStart(), bands, lastWeek, moved, amWeeks,
                new WeeklyReport.Escalations(opened, resolved.size(), stillOpen, median), renewals, overBudget,
                List.copyOf(trend), rows, growth(in), overPace);
    }

    /** The pipeline of the report's clients only: an opportunity of a client handed to another team is theirs. */
    static WeeklyReport.Growth growth(Input in) {
        Map<String, Client> clients = in.clients().stream().map(Scored::client)
                .collect(Collectors.toMap(Client::id, Function.identity(), (a, b) -> a));
        List<Opportunity> theirs = in.opportunities().stream().filter(o -> clients.containsKey(o.clientId())).toList();
        Pipeline.Summary summary = Pipeline.summarize(theirs, in.now().minus(GROWTH_WINDOW), in.now());
        Function<Opportunity, WeeklyReport.Settled> settled = o -> new WeeklyReport.Settled(o.number(), o.title(),
                clients.get(o.clientId()).name(), o.ownerId(), o.amountCents());
        return new WeeklyReport.Growth(summary.openCount(), summary.amountCents(), summary.weightedCents(),
                summary.won().stream().map(settled).toList(), summary.wonCents(),
                summary.lost().stream().map(settled).toList(), summary.lostCents(), in.currency());
    }

    /** This week's snapshot of the report's clients, to be stored for next week's comparison. */
    public static WeeklySnapshot snapshot(Input in, WeeklyReport report) {
        Map<String, String> bands = in.clients().stream().collect(Collectors.toMap(s -> s.client().id(),
                s -> s.health().band().name(), (a, b) -> a));
        return new WeeklySnapshot(WeeklySnapshot.id(in.teamId(), in.leadId(), in.week()), in.teamId(), in.leadId(),
                in.week(), report.bands().healthy(), report.bands().watch(), report.bands().atRisk(), bands, in.now());
    }

    static WeeklyReport.Bands bands(List<HealthBand> bands) {
        Map<HealthBand, Long> counts = bands.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new WeeklyReport.Bands(counts.getOrDefault(HealthBand.HEALTHY, 0L).intValue(),
                counts.getOrDefault(HealthBand.WATCH, 0L).intValue(), counts.getOrDefault(HealthBand.AT_RISK, 0L).intValue());
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
