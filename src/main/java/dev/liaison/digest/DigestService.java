package dev.liaison.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.liaison.client.BudgetPaces;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.ops.logging.LogContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily digest: each person whose local time has passed their digest time on a working day
 * (one of their days of the week, not one of their public holidays: {@link HolidayCalendar}) gets one
 * DM that local day. Safe to run at any time, on several instances, alongside the nudges
 * and again after a crash: each person is claimed on their own ({@link PersonDays}), and the outbox
 * key and the recorded day make every step happen once.
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

    DigestService(PeopleService people, DigestComposer composer, DigestMessages messages, PersonDays days,
                  HolidayCalendar holidays, Clock clock, MeterRegistry meters, BudgetPaces paces) {
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
     * due people already had today's digest in one query; each remaining person is then claimed,
     * composed, queued and recorded on their own, so a run can stop anywhere and any run on any
     * instance goes on from there.
     *
     * @return how many digests this run queued
     */
    public int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (String teamId : people.workspaces()) {
            try (LogContext.Scope workspace = LogContext.workspace(teamId)) {
                try {
                    queued += runDue(teamId, now);
                } catch (RuntimeException e) {
                    // one workspace's trouble (its data, its token) never holds up the others' digests
                    log.warn("Digests for workspace {} failed: {}", teamId, e.getMessage());
                }
            }
        }
        return queued;
    }

    private int runDue(String teamId, Instant now) {
        List<Person> due = due(teamId, now);
        if (due.isEmpty()) {
            return 0;
        }
        int queued = 0;
        Set<String> done = days.withDigest(due.stream().map(p -> dayId(p, now)).toList());
        DigestComposer.Workspace workspace = null;
        for (Person person : due) {
            if (done.contains(dayId(person, now))) {
                continue;
            }
            try {
                if (workspace == null) {
                    workspace = composer.workspace(teamId);
                }
                queued += digestFor(workspace, person, now) ? 1 : 0;
            } catch (RuntimeException e) {
                // one person's failure must not stop everyone else's digest; the next run retries them
                log.warn("Digest for {} in {} failed: {}", person.userId(), teamId, e.getMessage());
            }
        }
        return queued;
    }

    /** Whose digest is due now: on a public holiday of theirs it is not, and it comes the next working day. */
    private List<Person> due(String teamId, Instant now) {
        HolidayCalendar.Team team = holidays.forTeam(teamId);
        return people.members(teamId).stream().filter(p -> team.schedule(p).digestDue(now)).toList();
    }

    private static String dayId(Person person, Instant now) {
        return PersonDay.id(person.teamId(), person.userId(), person.schedule().localDate(now).toString());
    }

    private boolean digestFor(DigestComposer.Workspace workspace, Person person, Instant now) {
        LocalDate today = person.schedule().localDate(now);
        if (workspace.coverage().isOut(person.userId(), today)) {
            // out of office: no digest; their coverers' digests carry their clients
            return false;
        }
        // another run (this job on another instance, or the nudges) may hold the day: it records them
        return days.underClaim(person.teamId(), person.userId(), today, day -> {
            if (day.digestDone()) {
                return PersonDays.Outcome.LEFT;
            }
            Digest digest = composer.compose(workspace, person.userId(), person.zone(), today, now);
            // queue first, record second: a crash in between leaves a queued digest whose key the next
            // run's queueing is refused on, and that run records it
            boolean queued = !digest.isEmpty() && messages.queueDigest(digest);
            // said once: the next 7 days' digests leave these overruns out (a digest queued by a run
            // that crashed before this line is recorded by the run that finds it queued)
            if (!digest.overruns().isEmpty()) {
                paces.told(person.teamId(), digest.overruns().stream().map(Digest.OverrunLine::clientId).toList(), today);
            }
            List<String> named = digest.dueCheckIns().stream().map(Digest.DueClient::clientId).toList();
            days.recordDigest(day, named, !digest.isEmpty());
            if (queued) {
                digestsSent.increment();
            }
            return PersonDays.Outcome.recorded(queued);
        });
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
            List<Person> duePeople = due(teamId, now);
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
