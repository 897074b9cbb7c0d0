package dev.liaison.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Check-in nudges: clients that became due and were not already in today's digest, batched into
 * at most one DM per person per local day, only inside their working hours.
 */
@Service
public class NudgeService {

    private static final Logger log = LoggerFactory.getLogger(NudgeService.class);

    private final PeopleService people;
    private final DigestComposer composer;
    private final DigestService digests;
    private final DigestMessages messages;
    private final Clock clock;

    NudgeService(PeopleService people, DigestComposer composer, DigestService digests,
                 DigestMessages messages, Clock clock) {
        this.people = people;
        this.composer = composer;
        this.digests = digests;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return how many nudges this run queued */
    public int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (String teamId : people.workspaces()) {
            List<Person> members;
            try {
                members = people.members(teamId);
            } catch (RuntimeException e) {
                // one workspace's trouble never holds up the others' nudges
                log.warn("Nudges for workspace {} failed: {}", teamId, e.getMessage());
                continue;
            }
            for (Person person : members) {
                if (!person.schedule().withinWorkingHours(now)) {
                    continue;
                }
                try {
                    queued += nudge(person, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Nudge for {} in {} failed: {}", person.userId(), teamId, e.getMessage());
                }
            }
        }
        return queued;
    }

    private boolean nudge(Person person, Instant now) {
        LocalDate today = person.schedule().localDate(now);
        if (composer.coverage().isOut(person.teamId(), person.userId(), today)) {
            // never nudge someone who is out: their clients are in their coverers' nudges
            return false;
        }
        Nudge probe = new Nudge(person.teamId(), person.userId(), today, List.of());
        if (messages.queued(probe.key())) {
            return false;
        }
        List<String> alreadySaid = digests.namedInDigest(person.teamId(), person.userId(), today);
        List<Digest.DueClient> due = composer.dueClients(
                        composer.clientsOf(person.teamId(), person.userId(), today), person.zone(), now)
                .stream().filter(c -> !alreadySaid.contains(c.clientId())).toList();
        if (due.isEmpty()) {
            return false;
        }
        return messages.queueNudge(new Nudge(person.teamId(), person.userId(), today, due));
    }
}
