package dev.liaison.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.client.BudgetPaces;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.ops.logging.LogContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The daily digest: each person whose local time has passed their digest time on a working day
 * (one of their days of the week, not one of their public holidays: {@link HolidayCalendar}) gets one
 * DM that local day. Safe to run at any time, on several instances, alongside the nudges
 * and again after a crash: each person's day is claimed on its own ({@link PersonDays}, a batch of
 * people at a time), and the outbox key and the recorded day make every step happen once.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final PeopleService people;
    private final DigestComposer composer;
    private final DigestMessages messages;
    private final PersonDays days;
    private final HolidayCalendar holidays;
    private final Clock clock;
    private final Counter digestsSent;
    private final BudgetPaces paces;

    /** People per batch: large enough that round trips are few, small enough to compose well within a claim. */
    private final int batchSize;

    DigestService(PeopleService people, DigestComposer composer, DigestMessages messages, PersonDays days,
                  HolidayCalendar holidays, Clock clock, MeterRegistry meters, BudgetPaces paces,
                  @Value("${liaison.digest.batch-size:200}") int batchSize) {
        this.batchSize = Math.max(1, batchSize);
        this.paces = paces;
        this.people = people;
        this.holidays = holidays;
        this.composer = composer;
        this.messages = messages;
        this.days = days;
        this.clock = clock;
        this.digestsSent = Counter.builder("liaison.digests.sent").description("daily digests queued").register(meters);
    }

    /**
     * A workspace's data is read once per run (see {@link DigestComposer.Workspace}), and which of the
     * due people already had today's digest in one query; the rest go in batches of {@link #batchSize}:
     * claimed together (each day still claimed on its own), composed, queued in one write and recorded
     * in one write, so a run costs a few round trips per batch, not per person, and can stop anywhere:
     * any run on any instance goes on from there.
     *
     * @return how many digests this run queued
     */
    public int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (String teamId : people.workspaces()) {
            try (LogContext.Scope workspace = LogContext.workspace(teamId)) {
                try {
                    queued += runDueIn(teamId, now);
                } catch (RuntimeException e) {
                    // one workspace's trouble (its data, its token) never holds up the others' digests
                    log.warn("Digests for workspace {} failed: {}", teamId, e.getMessage());
                }
            }
        }
        return queued;
    }

    /** One workspace's due digests (see {@link #runDue()}). */
    int runDueIn(String teamId, Instant now) {
        List<Person> members = people.members(teamId);
        List<Person> due = due(teamId, members, now);
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> done = days.withDigest(due.stream().map(p -> dayId(p, now)).toList());
        List<Person> left = due.stream().filter(p -> !done.contains(dayId(p, now))).toList();
        if (left.isEmpty()) {
            return 0;
        }
        DigestComposer.Workspace workspace = composer.workspace(teamId, members);
        // out of office: no digest and no claim; their coverers' digests carry their clients
        List<Person> in = left.stream()
                .filter(p -> !workspace.coverage().isOut(p.userId(), p.schedule().localDate(now))).toList();
        int queued = 0;
        for (int from = 0; from < in.size(); from += batchSize) {
            queued += batch(workspace, in.subList(from, Math.min(in.size(), from + batchSize)), now);
        }
        return queued;
    }

    /** Whose digest is due now: on a public holiday of theirs it is not, and it comes the next working day. */
    private List<Person> due(String teamId, List<Person> members, Instant now) {
        HolidayCalendar.Team team = holidays.forTeam(teamId);
        return members.stream().filter(p -> team.schedule(p).digestDue(now)).toList();
    }

    private static String dayId(Person person, Instant now) {
        return PersonDay.id(person.teamId(), person.userId(), person.schedule().localDate(now).toString());
    }

    /**
     * One batch: the days nobody else holds are claimed, their digests composed, queued and recorded.
     * Queue first, record second: a crash in between leaves queued digests whose keys the next run's
     * queueing is refused on, and that run records them. A crash before the queueing leaves claims that
     * lapse after {@link PersonDays#CLAIM}; a failure lets every day of the batch go at once.
     */
    private int batch(DigestComposer.Workspace workspace, List<Person> batch, Instant now) {
        Map<String, Person> byUser = batch.stream()
                .collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        byUser.values().forEach(p -> dates.put(p.userId(), p.schedule().localDate(now)));
        // another run (this job on another instance, or the nudges) may hold some of the days: it records them
        List<PersonDay> held = days.claimAll(workspace.teamId(), dates);
        List<PersonDays.Settled> settled = new ArrayList<>();
        try {
            Map<PersonDay, Digest> composed = new LinkedHashMap<>();
            for (PersonDay day : held) {
                Person person = byUser.get(day.userId());
                if (day.digestDone()) {
                    settled.add(PersonDays.Settled.released(day));
                    continue;
                }
                try {
                    composed.put(day, composer.compose(workspace, person.userId(), person.zone(),
                            LocalDate.parse(day.date()), now));
                } catch (RuntimeException e) {
                    // one person's failure must not stop everyone else's digest; the next run retries them
                    log.warn("Digest for {} in {} failed: {}", person.userId(), person.teamId(), e.getMessage());
                    settled.add(PersonDays.Settled.released(day));
                }
            }
            Set<String> queued = messages.queueDigests(composed.values().stream().filter(d -> !d.isEmpty()).toList());
            // said once: the next 7 days' digests leave these overruns out (a digest queued by a run
            // that crashed before this line is recorded by the run that finds it queued)
            Map<String, LocalDate> told = new LinkedHashMap<>();
            composed.values().forEach(d -> d.overruns().forEach(o -> told.put(o.clientId(), d.date())));
            paces.told(workspace.teamId(), told);
            composed.forEach((day, digest) -> settled.add(PersonDays.Settled.digest(day,
                    digest.dueCheckIns().stream().map(Digest.DueClient::clientId).toList(), !digest.isEmpty())));
            days.settle(settled);
            digestsSent.increment(queued.size());
            return queued.size();
        } catch (RuntimeException e) {
            // nothing recorded: every day of the batch is let go for the next run (or lapses, if the
            // database is what failed)
            try {
                days.settle(held.stream().map(PersonDays.Settled::released).toList());
            } catch (RuntimeException release) {
                e.addSuppressed(release);
            }
            throw e;
        }
    }

    /**
     * Why a run queued no digest, for whoever ran it ("Run now", the Actuator): from who is due now
     * and what their day's record says, read after the run.
     */
    public String whyNoDigest() {
        Instant now = clock.instant();
        int due = 0;
        long sent = 0;
        for (String teamId : people.workspaces()) {
            List<Person> duePeople = due(teamId, people.members(teamId), now);
            due += duePeople.size();
            sent += days.digestsSent(duePeople.stream()
                    .map(p -> PersonDay.id(teamId, p.userId(), p.schedule().localDate(now).toString())).toList());
        }
        if (sent > 0) {
            return "today's digest was already sent";
        }
        if (due == 0) {
            return "no one's digest time has come yet today (each person's own time, on their working days)";
        }
        return "nothing to say today to anyone due (or they are out of office)";
    }
}
