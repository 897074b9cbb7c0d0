package dev.liaison.digest.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.liaison.client.BudgetPaces;
import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.escalation.Escalation;
import dev.liaison.export.CsvExport;
import dev.liaison.growth.OpportunityService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.people.Person;
import dev.liaison.ops.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The weekly account report: each lead, once their local time has passed Monday 08:00, gets their
 * team's report of the week in a DM, with a chart. Safe to run every 15 minutes and after a crash:
 * the snapshot is keyed by week, the chart upload is logged, the message has an idempotency key.
 */
@Service
public class WeeklyReportService {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportService.class);
    /** Snapshot keys (in place of a lead's id) for the agency-wide totals and for the people with no lead. */
    static final String AGENCY = "agency";
    static final String UNLED = "unled";
    static final LocalTime SEND_AT = LocalTime.of(8, 0);
    static final Duration CATCH_UP = Duration.ofDays(3);

    private final PeopleService people;
    private final ClientService clients;
    private final ReportMessages messages;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final OpportunityService opportunities;
    private final WorkspaceSettingsService settings;
    private final HealthHistory history;
    private final BudgetPaces paces;

    WeeklyReportService(PeopleService people, ClientService clients, ReportMessages messages, MongoTemplate mongo,
                        Clock clock, OpportunityService opportunities, WorkspaceSettingsService settings,
                        HealthHistory history, BudgetPaces paces) {
        this.opportunities = opportunities;
        this.settings = settings;
        this.history = history;
        this.paces = paces;
        this.people = people;
        this.clients = clients;
        this.messages = messages;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Sends the reports that are due; returns how many were queued. */
    public int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (String teamId : people.workspaces()) {
            try (LogContext.Scope workspace = LogContext.workspace(teamId)) {
                queued += runDue(teamId, now);
            }
        }
        return queued;
    }

    private int runDue(String teamId, Instant now) {
        try {
            // each client's score of the week, for the QBR brief's chart: once a week, whoever gets a report
            history.keepThisWeek(teamId);
        } catch (RuntimeException e) {
            log.warn("This week's client health scores for workspace {} not kept (next run retries): {}", teamId,
                    e.getMessage());
        }
        List<String> leads;
        try {
            leads = leads(teamId);
        } catch (RuntimeException e) {
            // one workspace's trouble never holds up the others' reports
            log.warn("Weekly reports for workspace {} failed: {}", teamId, e.getMessage());
            return 0;
        }
        int queued = 0;
        for (String leadId : leads) {
            try {
                queued += sendIfDue(teamId, leadId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                // one lead's failure must not stop the others; the next run retries
                log.warn("Weekly report for {} in {} failed: {}", leadId, teamId, e.getMessage());
            }
        }
        for (String headId : heads(teamId)) {
            try {
                queued += sendAgencyIfDue(teamId, headId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Agency report for {} in {} failed: {}", headId, teamId, e.getMessage());
            }
        }
        return queued;
    }

    /** The report of a lead's team as it stands now, for /client report (nothing stored). */
    public WeeklyReport current(String teamId, String leadId) {
        return compose(teamId, leadId, clock.instant()).report();
    }

    /** Whether this person gets the agency-wide report (a head of accounts). */
    public boolean isHead(String teamId, String userId) {
        return people.isAdmin(teamId, userId);
    }

    /** The agency-wide report as it stands now, for a head's /client report (nothing stored). */
    public AgencyReport currentAgency(String teamId, String headId) {
        return composeAgency(teamId, headId, clock.instant()).report();
    }

    /** Whose team a person may see: their own if they lead one, else their lead's; admins any. */
    public Optional<String> teamFor(String teamId, String callerId, String requestedLeadId) {
        if (requestedLeadId != null) {
            boolean allowed = requestedLeadId.equals(callerId) || people.isAdmin(teamId, callerId)
                    || people.find(teamId, callerId).map(p -> requestedLeadId.equals(p.leadId())).orElse(false);
            return allowed && !people.ledBy(teamId, requestedLeadId).isEmpty() ? Optional.of(requestedLeadId) : Optional.empty();
        }
        if (!people.ledBy(teamId, callerId).isEmpty()) {
            return Optional.of(callerId);
        }
        return people.find(teamId, callerId).map(Person::leadId);
    }

    private static final DateTimeFormatter LOCAL_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The team's clients as CSV: name, owner, backup, tier, retainer, health, band, top driver, last
     * touch (in {@code zone}, to the minute, the zone named in the column's header), days since it,
     * due, renewal, budget used. Every cell is neutralised by CsvExport: names and drivers come from
     * what people typed.
     */
    public byte[] csv(WeeklyReport report, ZoneId zone) {
        Instant now = clock.instant();
        CsvExport csv = new CsvExport("name", "owner", "backup",
                "tier", "retainer_per_month", "health", "band", "top_driver", "last_touch (" + zone.getId() + ")",
                "days_since_last_touch", "due", "renewal", "budget_used_hours", "budget_hours");
        for (WeeklyReport.ClientRow row : report.clients()) {
            csv.row(row.name(), people.displayName(report.teamId(), row.ownerId()),
                    row.backupId() == null ? "" : people.displayName(report.teamId(), row.backupId()),
                    row.tier(), row.retainerCents() == null ? "" : String.format(Locale.ROOT, "%.2f",
                            row.retainerCents() / 100.0),
                    row.health(), row.band(), row.topDriver(),
                    row.lastTouch() == null ? "" : LOCAL_MINUTE.format(row.lastTouch().atZone(zone)),
                    row.lastTouch() == null ? "" : CheckInPolicy.daysSince(row.lastTouch(), now),
                    row.due() ? "yes" : "no", row.renewal() == null ? "" : row.renewal().toString(),
                    row.budgetUsedHours() == null ? "" : String.format("%.1f", row.budgetUsedHours()),
                    row.budgetHours() == null ? "" : String.format("%.1f", row.budgetHours()));
        }
        return csv.bytes();
    }

    public byte[] chart(WeeklyReport report) {
        return ReportChart.png(report, id -> people.displayName(report.teamId(), id));
    }

    public ZoneId zoneOf(String teamId, String userId) {
        return people.zoneOf(teamId, userId);
    }

    public String displayName(String teamId, String userId) {
        return people.displayName(teamId, userId);
    }


    private List<String> leads(String teamId) {
        Set<String> leads = new LinkedHashSet<>();
        for (Person member : people.members(teamId)) {
            if (member.leadId() != null && !member.leadId().equals(member.userId())) {
                leads.add(member.leadId());
            }
        }
        return List.copyOf(leads);
    }

    private List<String> heads(String teamId) {
        return people.members(teamId).stream().filter(Person::admin).map(Person::userId).toList();
    }

    /** The ISO week whose report is due now in this person's zone, if it is (Monday 08:00 plus three days). */
    private Optional<String> dueWeek(String teamId, String userId, Instant now) {
        ZoneId zone = people.zoneOf(teamId, userId);
        ZonedDateTime local = now.atZone(zone);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZonedDateTime sendAt = monday.atTime(SEND_AT).atZone(zone);
        // from Monday 08:00, with three days to catch up after an outage; not a week late on a Sunday
        if (local.isBefore(sendAt) || !local.isBefore(sendAt.plus(CATCH_UP))) {
            return Optional.empty();
        }
        return Optional.of(week(monday));
    }

    private boolean sendAgencyIfDue(String teamId, String headId, Instant now) {
        Optional<String> due = dueWeek(teamId, headId, now);
        if (due.isEmpty()) {
            return false;
        }
        String key = "weekly-head:" + teamId + ":" + headId + ":" + due.get();
        WeeklyReportLog done = mongo.findById(key, WeeklyReportLog.class);
        if (done != null && done.chartUploaded()) {
            return false;
        }
        ComposedAgency composed = composeAgency(teamId, headId, now);
        for (WeeklySnapshot snapshot : composed.snapshots()) {
            // the first head's run of the week stores the agency's and the unled people's trend; others read it
            if (mongo.findById(snapshot.id(), WeeklySnapshot.class) == null) {
                mongo.save(snapshot);
            }
        }
        AgencyReport report = composed.report();
        boolean uploaded = messages.uploadChart(report.whole(), chart(report.whole()), headId);
        mongo.save(new WeeklyReportLog(key, teamId, headId, due.get(), uploaded, now));
        return messages.queueAgencyReport(report, key);
    }

    private boolean sendIfDue(String teamId, String leadId, Instant now) {
        Optional<String> due = dueWeek(teamId, leadId, now);
        if (due.isEmpty()) {
            return false;
        }
        String week = due.get();
        String key = "weekly:" + teamId + ":" + leadId + ":" + week;
        WeeklyReportLog done = mongo.findById(key, WeeklyReportLog.class);
        if (done != null && done.chartUploaded()) {
            return false;
        }
        Composed composed = compose(teamId, leadId, now);
        WeeklyReport report = composed.report();
        if (done == null) {
            // the trend is what was seen when the report went out: the first run of the week stores it
            mongo.save(composed.snapshot());
        }
        boolean uploaded = messages.uploadChart(report, chart(report), leadId);
        mongo.save(new WeeklyReportLog(key, teamId, leadId, week, uploaded, now));
        return messages.queueReport(report, key);
    }

    private record Composed(WeeklyReport report, WeeklySnapshot snapshot) {
    }

    private record ComposedAgency(AgencyReport report, List<WeeklySnapshot> snapshots) {
    }

    /**
     * The agency as a head sees it: every lead's team composed exactly as that lead's report, the
     * people with no lead (who lead no one) as one more section, and the whole agency for the totals.
     */
    private ComposedAgency composeAgency(String teamId, String headId, Instant now) {
        ZoneId zone = people.zoneOf(teamId, headId);
        List<Person> everyone = people.members(teamId);
        List<String> leads = leads(teamId);
        List<WeeklyReport> teams = new ArrayList<>();
        for (String leadId : leads) {
            teams.add(compose(teamId, leadId, now).report());
        }
        List<String> unled = everyone.stream()
                .filter(p -> p.leadId() == null || p.leadId().equals(p.userId()))
                .map(Person::userId).filter(id -> !leads.contains(id)).toList();
        List<WeeklySnapshot> snapshots = new ArrayList<>();
        WeeklyReport unledReport = null;
        if (!unled.isEmpty()) {
            Composed composed = compose(teamId, UNLED, unled, unled, zone, now);
            // a section only when someone there owns clients: heads with no portfolio are not "unled AMs"
            if (composed.report().bands().total() > 0) {
                unledReport = composed.report();
                snapshots.add(composed.snapshot());
            }
        }
        List<String> all = everyone.stream().map(Person::userId).toList();
        Composed whole = compose(teamId, AGENCY, all, all, zone, now);
        snapshots.add(whole.snapshot());
        return new ComposedAgency(new AgencyReport(headId, whole.report(), List.copyOf(teams), unledReport),
                List.copyOf(snapshots));
    }

    private Composed compose(String teamId, String leadId, Instant now) {
        List<String> members = people.ledBy(teamId, leadId).stream().map(Person::userId).toList();
        Set<String> owners = new LinkedHashSet<>(members);
        owners.add(leadId);
        return compose(teamId, leadId, owners, members, people.zoneOf(teamId, leadId), now);
    }

    /** {@code key}: the lead whose report this is, or {@link #AGENCY} / {@link #UNLED}; snapshots are kept under it. */
    private Composed compose(String teamId, String key, Collection<String> owners, List<String> members,
                             ZoneId zone, Instant now) {
        String leadId = key;
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = week(monday);
        Instant periodStart = monday.minusWeeks(1).atStartOfDay(zone).toInstant();
        List<WeeklyReportComposer.Scored> scored = new ArrayList<>();
        for (String owner : owners) {
            Person ownerPerson = people.find(teamId, owner).orElse(null);
            for (Client client : clients.portfolio(teamId, ClientCommand.Scope.PERSON, owner)) {
                // the pace in the owner's month and working days, as their card and digest show it
                scored.add(new WeeklyReportComposer.Scored(client, clients.health(client, zone),
                        paces.of(client, ownerPerson, now).orElse(null)));
            }
        }
        List<String> ids = scored.stream().map(s -> s.client().id()).toList();
        List<WeeklySnapshot> earlier = mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("leadId").is(leadId)
                .and("week").lt(week)), WeeklySnapshot.class);
        List<Escalation> escalations = ids.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("teamId").is(teamId)
                .and("clientId").in(ids).orOperator(Criteria.where("openedAt").gte(periodStart),
                        Criteria.where("resolvedAt").gte(periodStart), Criteria.where("resolvedAt").is(null))),
                Escalation.class);
        WeeklyReportComposer.Input input = new WeeklyReportComposer.Input(teamId, leadId, week, monday, periodStart, now,
                scored, members, earlier, ids.isEmpty() ? List.of() : clients.touchesBetween(teamId, ids, periodStart, now),
                escalations, opportunities.forReport(teamId, ids, now.minus(WeeklyReportComposer.GROWTH_WINDOW)),
                settings.currency(teamId));
        WeeklyReport report = WeeklyReportComposer.compose(input);
        return new Composed(report, WeeklyReportComposer.snapshot(input, report));
    }

    static String week(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
