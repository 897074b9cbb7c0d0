package dev.liaison.ooo;

import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.store.Sequences;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.HomesChanged;
import dev.liaison.client.Interaction;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import dev.liaison.ops.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Out-of-office, from declaration to hand-back: plans cover with {@link ReallocationPlanner},
 * prompts the lead, applies what they decide, and hands back on return. Every step is written so
 * that running it twice (a double click, a retried job, a second instance) does it once.
 */
@Service
public class OooService {

    private static final Logger log = LoggerFactory.getLogger(OooService.class);
    static final Duration STATUS_SETTLE = Duration.ofMinutes(10);
    static final Duration FAMILIAR = Duration.ofDays(90);

    /** The caller may not decide this plan. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    private final AbsenceService absences;
    private final PeopleService people;
    private final ClientService clients;
    private final TaskService tasks;
    private final MongoTemplate mongo;
    private final OooMessages messages;
    private final Clock clock;
    private final Sequences sequences;
    private final HolidayCalendar holidays;

    OooService(AbsenceService absences, PeopleService people, ClientService clients, TaskService tasks,
               MongoTemplate mongo, OooMessages messages, Clock clock, Sequences sequences,
               ApplicationEventPublisher events, HolidayCalendar holidays) {
        this.events = events;
        this.holidays = holidays;
        this.sequences = sequences;
        this.absences = absences;
        this.people = people;
        this.clients = clients;
        this.tasks = tasks;
        this.mongo = mongo;
        this.messages = messages;
        this.clock = clock;
    }

    private final ApplicationEventPublisher events;

    /** The lead, the absent person and every coverer of a plan see it in their App Home. */
    private void homesChanged(PlanRecord plan, String by) {
        List<String> who = new ArrayList<>(List.of(plan.absentId(), by));
        if (plan.leadId() != null) {
            who.add(plan.leadId());
        }
        plan.items().forEach(i -> who.add(i.chosenId()));
        events.publishEvent(new HomesChanged(plan.teamId(), who));
    }

    public LocalDate today(String teamId, String userId) {
        return LocalDate.now(clock.withZone(people.zoneOf(teamId, userId)));
    }

    /** /ooo: records the absence and, when it starts within a day, prompts the lead at once. */
    public Absence declare(String teamId, String userId, LocalDate from, LocalDate to, String by) {
        Absence absence = absences.declare(teamId, userId, from, to, by, "command");
        promptIfDue(absence);
        return absences.get(absence.id());
    }

    /** A Slack status that says "away": an absence until the status expires (or a fortnight, until cleared). */
    public void statusAway(String teamId, String userId, Instant expiration) {
        LocalDate today = today(teamId, userId);
        if (absences.current(teamId, userId, today).isPresent()) {
            return;
        }
        LocalDate to = expiration == null ? today.plusDays(14)
                : LocalDate.ofInstant(expiration, people.zoneOf(teamId, userId));
        absences.declare(teamId, userId, today, to.isBefore(today) ? today : to, userId, "status");
    }

    /** The status no longer says away: a status-made absence ends now. */
    public void statusBack(String teamId, String userId) {
        LocalDate today = today(teamId, userId);
        absences.current(teamId, userId, today).filter(a -> a.source().equals("status"))
                .ifPresent(a -> absences.backOn(teamId, userId, today));
    }

    /**
     * "/ooo back": the absence ends and the return happens now (cover ends, reassigned tasks go back,
     * the "while you were out" DM), not at the watcher's next run.
     */
    public Optional<Absence> back(String teamId, String userId) {
        Optional<Absence> ended = absences.backOn(teamId, userId, today(teamId, userId));
        ended.filter(a -> !a.handedBack()).ifPresent(this::handBack);
        return ended;
    }

    /** The ooo-watch job: prompts for absences starting within a day, hands back those that ended. */
    public int watch() {
        int acted = 0;
        Instant now = clock.instant();
        for (PlanRecord unfinished : mongo.find(Query.query(Criteria.where("applyingBy").ne(null)
                .and("state").ne(PlanRecord.State.APPLIED)), PlanRecord.class)) {
            if (!people.serves(unfinished.teamId())) {
                continue;
            }
            try (LogContext.Scope workspace = LogContext.workspace(unfinished.teamId())) {
                try {
                    log.info("Finishing the cover plan {} that was being applied when Liaison stopped", unfinished.id());
                    applyAll(unfinished.teamId(), unfinished.id(), unfinished.applyingBy());
                    acted++;
                } catch (RuntimeException e) {
                    log.warn("ooo-watch could not finish plan {}: {}", unfinished.id(), e.getMessage());
                }
            }
        }
        for (Absence absence : absences.open()) {
            if (!people.serves(absence.teamId())) {
                continue;
            }
            try (LogContext.Scope workspace = LogContext.workspace(absence.teamId())) {
                try {
                    LocalDate today = today(absence.teamId(), absence.userId());
                    boolean ended = absence.cancelled() || absence.toDate().isBefore(today);
                    if (ended) {
                        handBack(absence);
                        acted++;
                    } else if (!absence.prompted() && (absence.source().equals("command")
                            || !absence.createdAt().plus(STATUS_SETTLE).isAfter(now))) {
                        acted += promptIfDue(absence) ? 1 : 0;
                    }
                } catch (RuntimeException e) {
                    log.warn("ooo-watch could not handle absence {}: {}", absence.id(), e.getMessage());
                }
            }
        }
        return acted;
    }

    private boolean promptIfDue(Absence absence) {
        LocalDate today = today(absence.teamId(), absence.userId());
        if (absence.prompted() || absence.cancelled() || absence.toDate().isBefore(today)
                || absence.fromDate().isAfter(today.plusDays(1))) {
            return false;
        }
        PlanRecord plan = plan(absence);
        for (String recipient : deciders(absence.teamId(), absence.userId())) {
            messages.prompt(plan, recipient);
        }
        absences.mark(absence.id(), "prompted");
        return true;
    }

    /** The lead decides; with no lead set, the heads of accounts; with neither, the person themself. */
    private List<String> deciders(String teamId, String absentId) {
        String lead = people.find(teamId, absentId).map(Person::leadId).orElse(null);
        if (lead != null) {
            return List.of(lead);
        }
        List<String> admins = people.members(teamId).stream().filter(Person::admin).map(Person::userId).toList();
        return admins.isEmpty() ? List.of(absentId) : admins;
    }

    /** The stored plan of an absence, made on first call. */
    PlanRecord plan(Absence absence) {
        PlanRecord existing = mongo.findById(absence.id(), PlanRecord.class);
        if (existing != null) {
            return existing;
        }
        Plan plan = ReallocationPlanner.plan(input(absence));
        String lead = people.find(absence.teamId(), absence.userId()).map(Person::leadId).orElse(null);
        List<PlanRecord.Item> items = plan.assignments().stream()
                .map(a -> new PlanRecord.Item(a.kind(), a.itemId(), a.label(), a.coverId(), a.coverId(), a.reason(), false,
                        a.kind() == Plan.Kind.CLIENT ? healthOf(absence, a.itemId()) : null))
                .toList();
        try {
            return mongo.insert(new PlanRecord(absence.id(), absence.teamId(), absence.userId(), lead, absence.from(),
                    absence.to(), items, PlanRecord.State.PENDING, null, null, clock.instant(), null));
        } catch (DuplicateKeyException raced) {
            return mongo.findById(absence.id(), PlanRecord.class);
        }
    }

    /** The client's health score now, shown on its line of the plan so a lead sees what matters. */
    private Integer healthOf(Absence absence, String clientId) {
        return clients.find(absence.teamId(), clientId).map(c -> clients.health(c, people.zoneOf(absence.teamId(), absence.userId())).score()).orElse(null);
    }

    PlannerInput input(Absence absence) {
        String teamId = absence.teamId();
        LocalDate today = today(teamId, absence.userId());
        List<PlannerInput.Teammate> teammates = new ArrayList<>();
        List<Person> mates = people.teammatesOf(teamId, absence.userId());
        HolidayCalendar.Team holidaysOf = holidays.forTeam(teamId);
        for (Person mate : mates) {
            teammates.add(asCandidate(teamId, mate, absence, holidaysOf));
        }
        Instant since = clock.instant().minus(FAMILIAR);
        List<Client> theirs = clients.portfolio(teamId, ClientCommand.Scope.MINE, absence.userId()).stream()
                .filter(c -> c.status() != ClientStatus.CHURNED).toList();
        // a client's named backup covers it whichever team they are on
        Set<String> onTeam = mates.stream().map(Person::userId).collect(Collectors.toSet());
        List<PlannerInput.Teammate> backups = theirs.stream().map(Client::backupId).filter(Objects::nonNull)
                .filter(b -> !onTeam.contains(b) && !b.equals(absence.userId())).distinct()
                .flatMap(b -> people.find(teamId, b).stream()).map(p -> asCandidate(teamId, p, absence, holidaysOf)).toList();
        List<PlannerInput.ClientItem> owned = theirs.stream()
                .map(c -> new PlannerInput.ClientItem(c.id(), c.name(), c.backupId(), c.recentTouches().stream()
                        .filter(t -> !t.at().isBefore(since)).map(Client.TouchSummary::by).collect(Collectors.toSet())))
                .toList();
        List<PlannerInput.TaskItem> open = tasks.openAssignedTo(teamId, absence.userId()).stream()
                .map(t -> new PlannerInput.TaskItem(t.number(), t.title(), t.clientId())).toList();
        log.debug("Planning cover for {} from {} ({} clients, {} tasks, {} teammates, today {})", absence.userId(),
                absence.from(), owned.size(), open.size(), teammates.size(), today);
        return new PlannerInput(absence.userId(), absence.fromDate(), absence.toDate(), teammates, owned, open, backups);
    }

    /**
     * Someone who could cover: their capacity, their load now (clients owned and covered, open tasks), absences,
     * and whether a public holiday of theirs falls today (their today) or on a day to cover.
     */
    private PlannerInput.Teammate asCandidate(String teamId, Person mate, Absence absence, HolidayCalendar.Team holidaysOf) {
        int owned = clients.portfolio(teamId, ClientCommand.Scope.MINE, mate.userId()).size();
        int covered = (int) mongo.count(Query.query(Criteria.where("teamId").is(teamId).and("coverId").is(mate.userId())
                .and("ended").is(false)), Coverage.class);
        int openTasks = tasks.openAssignedTo(teamId, mate.userId()).size();
        List<PlannerInput.DateRange> out = absences.of(teamId, mate.userId()).stream().filter(a -> !a.cancelled())
                .map(a -> new PlannerInput.DateRange(a.fromDate(), a.toDate())).toList();
        boolean onHoliday = PlannerInput.onHoliday(holidaysOf.of(mate), LocalDate.now(clock.withZone(mate.zone())),
                absence.fromDate(), absence.toDate());
        return new PlannerInput.Teammate(mate.userId(), mate.capacity(), owned + covered + openTasks, out, onHoliday);
    }

    public PlanRecord getPlan(String teamId, String planId) {
        PlanRecord plan = mongo.findById(planId, PlanRecord.class);
        if (plan == null || !plan.teamId().equals(teamId)) {
            throw new InvalidInputException("That plan no longer exists.");
        }
        return plan;
    }

    private void checkDecider(PlanRecord plan, String by) {
        boolean lead = by.equals(people.find(plan.teamId(), plan.absentId()).map(Person::leadId).orElse(plan.leadId()));
        boolean decider = deciders(plan.teamId(), plan.absentId()).contains(by);
        if (!lead && !decider && !people.isAdmin(plan.teamId(), by)) {
            throw new NotAllowed("Only <@" + (plan.leadId() == null ? plan.absentId() : plan.leadId())
                    + "> or a head of accounts can decide who covers for <@" + plan.absentId() + ">.");
        }
    }

    /**
     * A coverer sees the clients they cover, so only a full member of the agency's own workspace may be
     * one: never a guest, someone from another organisation (Slack Connect), a bot or a deactivated account.
     */
    private void checkCanCover(String teamId, String coverId) {
        Person coverer = people.lookup(teamId, coverId).orElseThrow(() ->
                new InvalidInputException("I can't find <@" + coverId + "> in this workspace; pick someone else."));
        boolean outsider = coverer.stranger() || coverer.homeTeamId() != null && !coverer.homeTeamId().equals(teamId);
        if (coverer.guest() || outsider || coverer.bot() || coverer.deleted()) {
            throw new InvalidInputException("<@" + coverId + "> is a guest, a bot or from another organisation, so "
                    + "they can't cover clients; pick someone else.");
        }
    }

    /** The lead picked someone else for one item. */
    public PlanRecord choose(String teamId, String planId, String itemId, String coverId, String by) {
        PlanRecord plan = getPlan(teamId, planId);
        checkDecider(plan, by);
        if (coverId != null && coverId.equals(plan.absentId())) {
            throw new InvalidInputException("<@" + coverId + "> is the one who is out; pick someone else.");
        }
        if (coverId != null) {
            checkCanCover(teamId, coverId);
        }
        List<PlanRecord.Item> items = plan.items().stream()
.map(i -> i.itemId().equals(itemId) && !i.applied() ? i.withChosen(coverId) : i)
                .toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId)), new Update().set("items", items), PlanRecord.class);
        return getPlan(teamId, planId);
    }

    public record Applied(PlanRecord plan, boolean already) {
    }

    /** "Apply all": every item with someone chosen is covered; each coverer and the absent person hear once. */
    public Applied applyAll(String teamId, String planId, String by) {
        PlanRecord plan = getPlan(teamId, planId);
        checkDecider(plan, by);
        if (!plan.open()) {
            return new Applied(plan, true);
        }
        // marked first: if this run is cut short, ooo-watch finishes it (every step below is idempotent)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId).and("applyingBy").is(null)),
                new Update().set("applyingBy", by), PlanRecord.class);
        Map<String, List<PlanRecord.Item>> byCoverer = new LinkedHashMap<>();
        for (PlanRecord.Item item : plan.items()) {
            if (item.chosenId() == null || item.applied()) {
                continue;
            }
            cover(plan, item);
            byCoverer.computeIfAbsent(item.chosenId(), k -> new ArrayList<>()).add(item);
        }
        byCoverer.forEach((coverId, items) -> messages.coverNotice(plan, coverId, items));
        messages.absentSummary(plan);
        boolean first = mongo.updateFirst(Query.query(Criteria.where("_id").is(planId).and("state").ne(PlanRecord.State.APPLIED)),
                new Update().set("state", PlanRecord.State.APPLIED).set("decidedBy", by).set("decidedAt", clock.instant())
                        .unset("applyingBy"),
                PlanRecord.class).getModifiedCount() == 1;
        PlanRecord applied = getPlan(teamId, planId);
        homesChanged(applied, by);
        return new Applied(applied, !first);
    }

    /** Per-item "Apply": this one item is covered now; the plan is applied once every item is. */
    public PlanRecord applyItem(String teamId, String planId, String itemId, String by) {
        PlanRecord plan = getPlan(teamId, planId);
        checkDecider(plan, by);
        PlanRecord.Item item = plan.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("That item is no longer in the plan."));
        if (item.chosenId() == null) {
            throw new InvalidInputException("Choose who covers " + item.label() + " first.");
        }
        if (!item.applied()) {
            cover(plan, item);
            messages.coverItemNotice(plan, item);
            List<PlanRecord.Item> items = plan.items().stream().map(i -> i.itemId().equals(itemId) ? i.asApplied() : i).toList();
            Update update = new Update().set("items", items);
            if (items.stream().allMatch(i -> i.applied() || i.chosenId() == null) && items.stream().allMatch(PlanRecord.Item::applied)) {
                update.set("state", PlanRecord.State.APPLIED).set("decidedBy", by).set("decidedAt", clock.instant());
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(planId)), update, PlanRecord.class);
            homesChanged(getPlan(teamId, planId), by);
        }
        return getPlan(teamId, planId);
    }

    /** Creates one item's cover (once: its id is absence + item) and moves a task to its coverer. */
    private void cover(PlanRecord plan, PlanRecord.Item item) {
        try {
            mongo.insert(new Coverage(Coverage.id(plan.id(), item.kind(), item.itemId()), plan.teamId(), plan.id(),
                    plan.absentId(), item.kind(), item.itemId(), item.label(), item.chosenId(), plan.from(), plan.to(),
                    false, false, clock.instant()));
        } catch (DuplicateKeyException already) {
            // a second click or instance got here first: the cover exists once
        }
        sequences.next(plan.teamId(), Coverage.VERSION);
        if (item.kind() == Plan.Kind.TASK) {
            tasks.reassign(plan.teamId(), item.itemId(), item.chosenId());
        }
    }

    public PlanRecord defer(String teamId, String planId, String by) {
        PlanRecord plan = getPlan(teamId, planId);
        checkDecider(plan, by);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(planId).and("state").is(PlanRecord.State.PENDING)),
                new Update().set("state", PlanRecord.State.DEFERRED), PlanRecord.class);
        return getPlan(teamId, planId);
    }

    /** Plans waiting for this lead. */
    public List<PlanRecord> pendingFor(String teamId, String leadId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("leadId").is(leadId)
                .and("state").ne(PlanRecord.State.APPLIED)), PlanRecord.class);
    }

    /** The return: cover ends, reassigned tasks go back, the lead and the returning person hear once. */
    void handBack(Absence absence) {
        PlanRecord plan = mongo.findById(absence.id(), PlanRecord.class);
        List<Coverage> covers = mongo.find(Query.query(Criteria.where("absenceId").is(absence.id())), Coverage.class);
        List<Coverage> returned = new ArrayList<>();
        for (Coverage cover : covers) {
            if (cover.kind() == Plan.Kind.TASK && !cover.handedBack()) {
                boolean stillWithCoverer = tasks.find(absence.teamId(), cover.itemId())
                        .map(t -> t.status() == Task.TaskStatus.OPEN && cover.coverId().equals(t.assigneeId())).orElse(false);
                if (stillWithCoverer && tasks.reassign(absence.teamId(), cover.itemId(), absence.userId())) {
                    returned.add(cover);
                }
            }
        }
        mongo.updateMulti(Query.query(Criteria.where("absenceId").is(absence.id())),
                new Update().set("ended", true).set("handedBack", true), Coverage.class);
        sequences.next(absence.teamId(), Coverage.VERSION);
        if (plan != null && plan.state() == PlanRecord.State.APPLIED) {
            messages.handBack(plan, returned);
        }
        if (begun(absence)) {
            LocalDate lastDay = absence.cancelled() ? absence.fromDate() : absence.toDate();
            messages.whileYouWereOut(absence.teamId(), absence.userId(), absence.fromDate(), lastDay, whileOut(absence));
        }
        absences.mark(absence.id(), "handedBack");
        if (plan != null) {
            homesChanged(plan, absence.userId());
        }
    }

    /** "Keep with coverers": the tasks handed back at the return go to their coverers again. */
    public int keep(String teamId, String planId, String by) {
        PlanRecord plan = getPlan(teamId, planId);
        checkDecider(plan, by);
        int kept = 0;
        for (Coverage cover : mongo.find(Query.query(Criteria.where("absenceId").is(planId).and("kind").is(Plan.Kind.TASK)),
                Coverage.class)) {
            if (tasks.reassign(teamId, cover.itemId(), cover.coverId())) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * Whether the person was out at all: an absence cancelled before it started was not, but one ended
     * by "/ooo back" on its first day (which leaves it ending the day before it starts) was.
     */
    private boolean begun(Absence absence) {
        if (!absence.cancelled()) {
            return true;
        }
        if (absence.endedEarlyAt() == null) {
            return false;
        }
        LocalDate endedOn = absence.endedEarlyAt().atZone(people.zoneOf(absence.teamId(), absence.userId())).toLocalDate();
        return !absence.fromDate().isAfter(endedOn);
    }

    private List<Mrkdwn> whileOut(Absence absence) {
        String teamId = absence.teamId();
        var zone = people.zoneOf(teamId, absence.userId());
        Instant from = absence.fromDate().atStartOfDay(zone).toInstant();
        Instant to = absence.endedEarlyAt() != null ? absence.endedEarlyAt()
                : absence.toDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<Client> mine = clients.portfolio(teamId, ClientCommand.Scope.MINE, absence.userId());
        Map<String, String> names = mine.stream().collect(Collectors.toMap(Client::id, Client::name));
        List<Mrkdwn> lines = new ArrayList<>();
        // names, summaries and titles are people's words: Mrkdwn.of escapes them, the mention stays one
        clients.touchesBetween(teamId, names.keySet(), from, to).stream()
                .sorted(Comparator.comparing(Interaction::occurredAt))
                .forEach(t -> lines.add(Mrkdwn.of("%s: %s by %s — %s", names.get(t.clientId()), t.type().label(),
                        Mrkdwn.user(t.loggedBy()), oneLine(t.summary()))));
        Set<String> ids = names.keySet();
        tasks.activityBetween(teamId, ids, from, to).forEach(t -> lines.add(Mrkdwn.of("%s: task %s %s %s",
                names.get(t.clientId()), t.number(), oneLine(t.title()), t.status() == Task.TaskStatus.DONE ? "done" : "created")));
        return lines;
    }

    private static String oneLine(String text) {
        return SlackText.oneLine(text);
    }
}
