package dev.liaison.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.Health;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.stereotype.Component;

/** Gathers what needs one person today from their clients and tasks. */
@Component
class DigestComposer {

    static final int RENEWAL_DAYS = 60;

    private final ClientService clients;
    private final TaskService tasks;
    private final org.springframework.beans.factory.ObjectProvider<dev.liaison.client.CoverageLookup> coverage;

    DigestComposer(ClientService clients, TaskService tasks,
                   org.springframework.beans.factory.ObjectProvider<dev.liaison.client.CoverageLookup> coverage) {
        this.clients = clients;
        this.tasks = tasks;
        this.coverage = coverage;
    }

    dev.liaison.client.CoverageLookup coverage() {
        return coverage.getIfAvailable(() -> dev.liaison.client.CoverageLookup.NONE);
    }

    /** The person's own active clients plus those they cover today for someone who is out. */
    List<Client> clientsOf(String teamId, String userId, LocalDate today) {
        List<Client> own = clients.portfolio(teamId, ClientCommand.Scope.MINE, userId).stream()
                .filter(c -> c.status() == ClientStatus.ACTIVE).toList();
        List<Client> covered = coverage().clientsCoveredBy(teamId, userId, today).stream()
                .map(id -> clients.find(teamId, id)).flatMap(java.util.Optional::stream)
                .filter(c -> c.status() == ClientStatus.ACTIVE).toList();
        List<Client> all = new java.util.ArrayList<>(own);
        covered.stream().filter(c -> own.stream().noneMatch(o -> o.id().equals(c.id()))).forEach(all::add);
        return all;
    }

    Digest compose(String teamId, String userId, LocalDate today, Instant now) {
        List<Client> mine = clientsOf(teamId, userId, today);
        List<Digest.DueClient> due = dueClients(mine, userId, now);
        List<Digest.TaskLine> taskLines = tasks.openAssignedTo(teamId, userId).stream()
                .filter(t -> t.dueDate() != null && !t.dueDate().isAfter(today))
                .sorted(Comparator.comparing(Task::dueDate).thenComparing(Task::number))
                .map(t -> new Digest.TaskLine(t.number(), t.title(), clientName(teamId, t.clientId()), t.dueDate(),
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
        return new Digest(teamId, userId, today, due, taskLines, escalations, renewals);
    }

    /** Due check-ins, most overdue first, then the least healthy. */
    List<Digest.DueClient> dueClients(List<Client> owned, String userId, Instant now) {
        return owned.stream()
                .filter(c -> c.dueForCheckIn(now))
                .map(c -> {
                    Health health = clients.health(c, userId);
                    Instant dueAt = CheckInPolicy.nextDue(c.lastTouchAt(), c.createdAt(), c.cadenceDays());
                    return new Digest.DueClient(c.id(), c.name(), CheckInPolicy.daysSince(dueAt, now),
                            c.lastTouchAt() == null, health.score(), health.band().label());
                })
                .sorted(Comparator.comparingLong(Digest.DueClient::daysOverdue).reversed()
                        .thenComparingInt(Digest.DueClient::health))
                .toList();
    }

    private String clientName(String teamId, String clientId) {
        return clients.find(teamId, clientId).map(Client::name).orElse("a former client");
    }
}
