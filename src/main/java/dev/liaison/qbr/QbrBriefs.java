package dev.liaison.qbr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Health;
import dev.liaison.client.Interaction;
import dev.liaison.client.QbrSchedule;
import dev.liaison.client.TouchType;
import dev.liaison.digest.report.HealthHistory;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationService;
import dev.liaison.growth.GoalService;
import dev.liaison.growth.OpportunityService;
import dev.liaison.people.Caller;
import dev.liaison.people.WorkspaceSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The QBR brief: gathered for the person who pressed "Prepare brief" (their day, their workspace),
 * its chart drawn and uploaded to their DM, then the brief queued after it.
 */
@Service
public class QbrBriefs {

    private static final Logger log = LoggerFactory.getLogger(QbrBriefs.class);
    /** Hours by month: this month and the three before it. */
    static final int MONTHS_BACK = 3;

    private final ClientService clients;
    private final HealthHistory history;
    private final EscalationService escalations;
    private final QbrMessages messages;
    private final GoalService goals;
    private final OpportunityService opportunities;
    private final WorkspaceSettingsService settings;

    QbrBriefs(ClientService clients, HealthHistory history, EscalationService escalations, QbrMessages messages,
              GoalService goals, OpportunityService opportunities, WorkspaceSettingsService settings) {
        this.goals = goals;
        this.opportunities = opportunities;
        this.settings = settings;
        this.clients = clients;
        this.history = history;
        this.escalations = escalations;
        this.messages = messages;
    }

    /**
     * The brief of a client for someone allowed to see it: the client is read in the presser's own
     * workspace, so an id from anywhere else finds nothing (InvalidInputException, answered to them).
     */
    public QbrBrief prepare(Caller presser, String clientId) {
        Client client = clients.get(presser.teamId(), clientId);
        LocalDate today = presser.today();
        Instant now = presser.now();
        Instant from = today.minusWeeks(HealthTrend.WEEKS).atStartOfDay(presser.zone()).toInstant();
        YearMonth thisMonth = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        Instant monthsFrom = thisMonth.minusMonths(MONTHS_BACK).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Interaction> touches = clients.touchesBetween(presser.teamId(), List.of(clientId),
                from.isBefore(monthsFrom) ? from : monthsFrom, now.plusMillis(1));
        Health health = clients.health(client, presser);
        return new QbrBrief(presser.teamId(), clientId, client.name(), client.ownerId(), presser.userId(), today, presser.zone(),
                QbrSchedule.next(client.qbrWeeks(), client.qbrHeldOn(), today).orElse(null), client.qbrWeeks(), from,
                health.score(), health.band(), HealthTrend.of(history.of(presser.teamId(), clientId), today, health.score()),
                touchesByType(touches, from), escalationLines(escalations.ofClientSince(presser.teamId(), clientId, from)),
                hoursByMonth(touches, thisMonth), client.budgetHours(),
                goals.forClient(presser.teamId(), clientId).stream().map(g -> new QbrBrief.GoalLine(g.number(), g.text(),
                        g.status().label(), g.byDate())).toList(),
                opportunities.openFor(presser.teamId(), clientId).stream().map(o -> new QbrBrief.OpportunityLine(
                        o.number(), o.title(), o.amountCents(), o.stage().label(), o.closeDate())).toList(),
                settings.currency(presser.teamId()));
    }

    /**
     * Prepares the brief and delivers it: the chart first (a brief still goes when Slack will not take
     * the chart, and says so), then the brief itself through the delivery queue under {@code key}.
     */
    public QbrBrief deliver(Caller presser, String clientId, String key) {
        QbrBrief brief = prepare(presser, clientId);
        boolean uploaded;
        try {
            uploaded = messages.uploadChart(brief, QbrChart.png(brief));
        } catch (RuntimeException e) {
            log.warn("QBR chart of client {} not drawn: {}", clientId, e.getMessage());
            uploaded = false;
        }
        messages.queueBrief(brief, uploaded, key);
        return brief;
    }

    /** Touches since {@code from} by type, in the types' order, types with none left out. */
    static List<QbrBrief.TouchCount> touchesByType(List<Interaction> touches, Instant from) {
        Map<TouchType, Long> counts = touches.stream().filter(t -> !t.occurredAt().isBefore(from))
                .collect(Collectors.groupingBy(Interaction::type, Collectors.counting()));
        return Arrays.stream(TouchType.values()).filter(counts::containsKey)
                .map(t -> new QbrBrief.TouchCount(t, counts.get(t))).toList();
    }

    /** Hours logged in each month from {@link #MONTHS_BACK} months ago to this one, oldest first (UTC months). */
    static List<QbrBrief.MonthHours> hoursByMonth(List<Interaction> touches, YearMonth thisMonth) {
        Map<YearMonth, Integer> minutes = touches.stream().filter(t -> t.minutes() > 0)
                .collect(Collectors.groupingBy(t -> YearMonth.from(t.occurredAt().atOffset(ZoneOffset.UTC)),
                        Collectors.summingInt(Interaction::minutes)));
        List<QbrBrief.MonthHours> months = new ArrayList<>();
        for (int back = MONTHS_BACK; back >= 0; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            months.add(new QbrBrief.MonthHours(month, minutes.getOrDefault(month, 0) / 60.0));
        }
        return List.copyOf(months);
    }

    /** Escalations oldest first, with their wall-clock time to resolve (none while open). */
    static List<QbrBrief.EscalationLine> escalationLines(List<Escalation> found) {
        return found.stream().map(e -> new QbrBrief.EscalationLine(e.number(), e.severity().label(),
                e.summary(), e.openedAt(), e.resolvedAt() == null ? null : Duration.between(e.openedAt(), e.resolvedAt())))
                .toList();
    }
}
