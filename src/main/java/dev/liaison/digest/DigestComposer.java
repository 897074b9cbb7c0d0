package dev.liaison.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.client.BudgetPace;
import dev.liaison.client.BudgetPaces;
import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.client.QbrSchedule;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.OpportunityService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.people.Person;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers what needs one person today from their clients and tasks. */
@Component
class DigestComposer {

    static final int RENEWAL_DAYS = 60;

    private final ClientService clients;
    private final TaskService tasks;
    private final ObjectProvider<CoverageLookup> coverage;
    private final OpportunityService opportunities;
    private final WorkspaceSettingsService settings;
    private final BudgetPaces paces;

    DigestComposer(ClientService clients, TaskService tasks, ObjectProvider<CoverageLookup> coverage,
                   OpportunityService opportunities, WorkspaceSettingsService settings,
                   BudgetPaces paces) {
        this.opportunities = opportunities;
        this.settings = settings;
        this.paces = paces;
        this.clients = clients;
        this.tasks = tasks;
        this.coverage = coverage;
    }

    CoverageLookup coverage() {
        return coverage.getIfAvailable(() -> CoverageLookup.NONE);
    }

    /**
     * What every digest of a workspace is made of, read once for a run of the job: its clients, open
     * tasks, absences and covers. Composing a digest from it then costs no database round trip, so a
     * run's reads do not grow with people × clients.
     */
    record Workspace(String teamId, Map<String, Client> clients, Map<String, List<Client>> activeByOwner,
                     Map<String, List<Task>> openTasksByAssignee, CoverageLookup.TeamCoverage coverage,
                     Map<String, List<String>> membersByLead, Set<String> heads, List<String> memberIds,
                     Map<String, List<Opportunity>> openOpportunitiesByOwner, Currency currency,
                     BudgetPaces.Watch budget, Map<LocalDate, Set<String>> coveredByDay) {

        /**
         * The clients someone covers on this day: worked out once per day for the whole workspace, not
         * once for each lead's digest (that was leads × members lookups, growing with people squared).
         */
        Set<String> coveredOn(LocalDate day) {
            return coveredByDay.computeIfAbsent(day, d -> memberIds.stream()
                    .flatMap(id -> coverage.clientsCoveredBy(id, d).stream()).collect(Collectors.toSet()));
        }
    }

    /** With the workspace's members, which the caller has read already to see who is due. */
    Workspace workspace(String teamId, List<Person> members) {
        List<Client> all = clients.portfolio(teamId, ClientCommand.Scope.ALL, null);
        return new Workspace(teamId,
                all.stream().collect(Collectors.toMap(Client::id, Function.identity(), (a, b) -> a)),
                all.stream().filter(c -> c.status() == ClientStatus.ACTIVE && c.ownerId() != null)
                        .collect(Collectors.groupingBy(Client::ownerId)),
                tasks.openByAssignee(teamId), coverage().ofTeam(teamId), membersByLead(members), heads(members),
                members.stream().map(Person::userId).toList(),
                opportunities.openIn(teamId).stream().collect(Collectors.groupingBy(Opportunity::ownerId)),
                settings.currency(teamId), paces.watch(teamId, members), new ConcurrentHashMap<>());
    }

    private static Map<String, List<String>> membersByLead(List<Person> members) {
        return members.stream().filter(p -> p.leadId() != null && !p.leadId().equals(p.userId()))
                .collect(Collectors.groupingBy(Person::leadId, Collectors.mapping(Person::userId, Collectors.toList())));
    }

    private static Set<String> heads(List<Person> members) {
        return members.stream().filter(Person::admin).map(Person::userId).collect(Collectors.toSet());
    }

    /** The person's own active clients plus those they cover today for someone who is out. */
    List<Client> clientsOf(String teamId, String userId, LocalDate today) {
        List<Client> own = clients.portfolio(teamId, ClientCommand.Scope.MINE, userId).stream()
                .filter(c -> c.status() == ClientStatus.ACTIVE).toList();
        List<Client> covered = coverage().clientsCoveredBy(teamId, userId, today).stream()
                .map(id -> clients.find(teamId, id)).flatMap(Optional::stream)
                .filter(c -> c.status() == ClientStatus.ACTIVE).toList();
        return withCovered(own, covered);
    }

    private static List<Client> withCovered(List<Client> own, List<Client> covered) {
        List<Client> all = new ArrayList<>(own);
        covered.stream().filter(c -> own.stream().noneMatch(o -> o.id().equals(c.id()))).forEach(all::add);
        return all;
    }

    Digest compose(Workspace w, String userId, ZoneId zone, LocalDate today, Instant now) {
        List<Client> own = w.activeByOwner().getOrDefault(userId, List.of());
        List<Client> covered = w.coverage().clientsCoveredBy(userId, today).stream()
                .map(w.clients()::get).filter(c -> c != null && c.status() == ClientStatus.ACTIVE).toList();
        List<Client> mine = withCovered(own, covered);
        List<Digest.DueClient> due = dueClients(mine, zone, now);
        List<Digest.TaskLine> taskLines = w.openTasksByAssignee().getOrDefault(userId, List.of()).stream()
                .filter(t -> t.dueDate() != null && !t.dueDate().isAfter(today))
                .sorted(Comparator.comparing(Task::dueDate).thenComparing(Task::number))
                .map(t -> new Digest.TaskLine(t.number(), t.title(), clientName(w, t.clientId()), t.dueDate(),
                        t.dueDate().isBefore(today)))
                .toList();
        List<Digest.EscalationLine> escalations = mine.stream()
                .flatMap(c -> c.openEscalations().stream().map(e -> new Digest.EscalationLine(c.id(), c.name(),
                        e.severity(), e.summary())))
                .sorted(Comparator.comparing(Digest.EscalationLine::severity))
                .toList();
        List<Digest.RenewalLine> renewals = mine.stream()
                .filter(c -> c.renewal() != null)
                .map(c -> new Digest.RenewalLine(c.id(), c.name(), c.renewal(), ChronoUnit.DAYS.between(today, c.renewal())))
                .filter(r -> r.daysLeft() >= 0 && r.daysLeft() <= RENEWAL_DAYS)
                .sorted(Comparator.comparingLong(Digest.RenewalLine::daysLeft))
                .toList();
        // won and lost ones are never open; one closing in the future is not an item yet
        List<Digest.OpportunityLine> opportunities = w.openOpportunitiesByOwner().getOrDefault(userId, List.of()).stream()
                .filter(o -> o.closeDatePassed(today))
                .sorted(Comparator.comparing(Opportunity::close).thenComparing(Opportunity::number))
                .map(o -> new Digest.OpportunityLine(o.number(), o.title(), o.clientId(), clientName(w, o.clientId()),
                        o.amountCents(), o.stage().label(), o.closeDate()))
                .toList();
        // growth items: the owner's own clients only, never those they cover
        List<Digest.OverrunLine> overruns = w.budget().toTell(userId, own, today, now).stream()
                .map(o -> overrunLine(o.clientId(), o.clientName(), o.pace())).toList();
        List<Digest.UpdateDueLine> updatesDue = own.stream().filter(c -> c.updateDue(now))
                .map(c -> new Digest.UpdateDueLine(c.id(), c.name(), c.lastUpdateAt() == null,
                        CheckInPolicy.daysSince(c.updateDueAt(now), now)))
                .sorted(Comparator.comparing(Digest.UpdateDueLine::neverPosted).reversed()
                        .thenComparing(Comparator.comparingLong(Digest.UpdateDueLine::daysOverdue).reversed())
                        .thenComparing(Digest.UpdateDueLine::clientName))
                .toList();
        return new Digest(w.teamId(), userId, today, due, taskLines, escalations, renewals,
                oversight(w, userId, zone, today, now), opportunities, w.currency(), qbrs(own, today), updatesDue, overruns);
    }

    private static Digest.OverrunLine overrunLine(String clientId, String name, BudgetPace.Projection pace) {
        return new Digest.OverrunLine(clientId, name, pace.projectedPercent(), pace.runsOut(),
                pace.usedMinutes() / 60.0, pace.budgetMinutes() / 60.0);
    }

    /**
     * What a head of accounts (every owner in the agency) or a lead (the people they lead) oversees;
     * null for everyone else. Their own clients are already in their own sections.
     */
    Digest.Oversight oversight(Workspace w, String userId, ZoneId zone, LocalDate today, Instant now) {
        boolean head = w.heads().contains(userId);
        List<String> team = head
                ? w.activeByOwner().keySet().stream().filter(id -> !id.equals(userId)).sorted().toList()
                : w.membersByLead().getOrDefault(userId, List.of());
        if (!head && team.isEmpty()) {
            return null;
        }
        List<Client> teamClients = team.stream().flatMap(id -> w.activeByOwner().getOrDefault(id, List.of()).stream())
                .toList();
        List<Digest.AtRisk> atRisk = teamClients.stream()
                .map(c -> Map.entry(c, clients.health(c, zone)))
                .filter(e -> e.getValue().band() == HealthBand.AT_RISK)
                .sorted(Comparator.comparingInt(e -> e.getValue().score()))
                .map(e -> new Digest.AtRisk(e.getKey().id(), e.getKey().name(), e.getKey().ownerId(),
                        e.getValue().score(), e.getValue().topDriver().map(Health.Deduction::reason).orElse("")))
                .toList();
        List<Digest.TeamEscalation> escalations = teamClients.stream()
                .flatMap(c -> c.openEscalations().stream().map(e -> new Digest.TeamEscalation(c.id(), c.name(),
                        c.ownerId(), e.severity(), e.summary())))
                .sorted(Comparator.comparing(Digest.TeamEscalation::severity))
                .toList();
        LocalDate tomorrow = today.plusDays(1);
        List<String> out = team.stream().filter(id -> w.coverage().isOut(id, tomorrow)).toList();
        Set<String> covered = w.coveredOn(tomorrow);
        List<Digest.OutTomorrow> outTomorrow = out.stream()
                .map(id -> new Digest.OutTomorrow(id, w.activeByOwner().getOrDefault(id, List.of()).size())).toList();
        List<Digest.Uncovered> uncovered = out.stream()
                .flatMap(id -> w.activeByOwner().getOrDefault(id, List.of()).stream())
                .filter(c -> !covered.contains(c.id()))
                .map(c -> new Digest.Uncovered(c.id(), c.name(), c.ownerId()))
                .toList();
        return new Digest.Oversight(head, atRisk, escalations, outTomorrow, uncovered);
    }

    /** Due check-ins, most overdue first, then the least healthy; health read in the person's time zone. */
    List<Digest.DueClient> dueClients(List<Client> owned, ZoneId zone, Instant now) {
        return owned.stream()
                .filter(c -> c.dueForCheckIn(now))
                .map(c -> {
                    Health health = clients.health(c, zone);
                    Instant dueAt = CheckInPolicy.nextDue(c.lastTouchAt(), c.createdAt(), c.cadenceDays());
                    return new Digest.DueClient(c.id(), c.name(), CheckInPolicy.daysSince(dueAt, now),
                            c.lastTouchAt() == null, health.score(), health.band().label(),
                            c.recentTouches().isEmpty() ? null : c.recentTouches().get(0).described());
                })
                .sorted(Comparator.comparingLong(Digest.DueClient::daysOverdue).reversed()
                        .thenComparingInt(Digest.DueClient::health))
                .toList();
    }

    /** Quarterly reviews of the owner's own clients due within 14 days or overdue (never held: due now), soonest first. */
    static List<Digest.QbrLine> qbrs(List<Client> mine, LocalDate today) {
        return mine.stream()
                .flatMap(c -> QbrSchedule.next(c.qbrWeeks(), c.qbrHeldOn(), today).filter(QbrSchedule.Due::soon)
                        .map(due -> new Digest.QbrLine(c.id(), c.name(), due.date(), due.daysLeft(), due.neverHeld()))
                        .stream())
                .sorted(Comparator.comparingLong(Digest.QbrLine::daysLeft).thenComparing(Digest.QbrLine::clientName))
                .toList();
    }

    private static String clientName(Workspace w, String clientId) {
        Client client = w.clients().get(clientId);
        return client == null ? "a former client" : client.name();
    }
}
