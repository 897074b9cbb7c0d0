package dev.liaison.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonalSchedule;
import dev.liaison.ops.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Check-in nudges: clients that became due and were not already in today's digest, batched into
 * at most one DM per person per local day, only inside their working hours (never on one of their
 * public holidays: {@link HolidayCalendar}). A person's nudge waits
 * for their digest when it is due, and both claim the person's day ({@link PersonDays}) before
 * working on them: the nudge never repeats the digest, whatever order or overlap the two jobs run in.
 */
@Service
public class NudgeService {

    private static final Logger log = LoggerFactory.getLogger(NudgeService.class);

    private final PeopleService people;
    private final DigestComposer composer;
    private final PersonDays days;
    private final DigestMessages messages;
    private final HolidayCalendar holidays;
    private final Clock clock;

    NudgeService(PeopleService people, DigestComposer composer, PersonDays days,
                 DigestMessages messages, HolidayCalendar holidays, Clock clock) {
        this.people = people;
        this.holidays = holidays;
        this.composer = composer;
        this.days = days;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return how many nudges this run queued */
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
        List<Person> members;
        HolidayCalendar.Team team;
        try {
            members = people.members(teamId);
            team = holidays.forTeam(teamId);
        } catch (RuntimeException e) {
            // one workspace's trouble never holds up the others' nudges
            log.warn("Nudges for workspace {} failed: {}", teamId, e.getMessage());
            return 0;
        }
        int queued = 0;
        for (Person person : members) {
            PersonalSchedule schedule = team.schedule(person);
            if (!schedule.withinWorkingHours(now)) {
                continue;
            }
            try {
                queued += nudge(person, schedule, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Nudge for {} in {} failed: {}", person.userId(), teamId, e.getMessage());
            }
        }
        return queued;
    }

    private boolean nudge(Person person, PersonalSchedule schedule, Instant now) {
        LocalDate today = person.schedule().localDate(now);
        if (composer.coverage().isOut(person.teamId(), person.userId(), today)) {
            // never nudge someone who is out: their clients are in their coverers' nudges
            return false;
        }
        Nudge probe = new Nudge(person.teamId(), person.userId(), today, List.of());
        if (messages.queued(probe.key())) {
            return false;
        }
        // a look without a claim first: most people have nothing to be nudged about, and cost no write
        if (dueNow(person, schedule, now, today, days.find(person.teamId(), person.userId(), today).orElse(null)).isEmpty()) {
            return false;
        }
        // their digest (or another nudge run) may be composed right now: the next run looks again
        return days.underClaim(person.teamId(), person.userId(), today, day -> {
            // again under the claim: the digest may have been recorded in between
            List<Digest.DueClient> due = dueNow(person, schedule, now, today, day);
            if (due.isEmpty()) {
                return PersonDays.Outcome.LEFT;
            }
            boolean queued = messages.queueNudge(new Nudge(person.teamId(), person.userId(), today, due));
            days.recordNudge(day, due.stream().map(Digest.DueClient::clientId).toList());
            return PersonDays.Outcome.recorded(queued);
        });
    }

    /** What a nudge would name now: nothing once nudged, nothing before a due digest, never what the digest said. */
    private List<Digest.DueClient> dueNow(Person person, PersonalSchedule schedule, Instant now, LocalDate today,
                                          PersonDay day) {
        boolean nudged = day != null && day.nudgeDone();
        boolean digestRecorded = day != null && day.digestDone();
        if (nudged || schedule.digestDue(now) && !digestRecorded) {
            // a due digest goes first, so the nudge can leave out what it said, whichever job runs first
            return List.of();
        }
        List<String> alreadySaid = day == null ? List.of() : day.namedInDigest();
        return composer.dueClients(composer.clientsOf(person.teamId(), person.userId(), today), person.zone(), now)
                .stream().filter(c -> !alreadySaid.contains(c.clientId())).toList();
    }
}
