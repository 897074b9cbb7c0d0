package dev.liaison.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.CalendarSource;
import dev.liaison.connect.Connections;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.connect.SyncHealth;
import dev.liaison.ops.logging.LogContext;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.touch.MeetingTouches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The calendar-sync job's work: for each workspace with a connection, each person with a Slack e-mail, what
 * changed in their calendar (30 days ahead, from the stored cursor) and, from Microsoft, their automatic
 * reply, turned into absences by {@link CalendarAbsences}. A failure stays with its workspace and provider
 * ({@link SyncHealth}): other workspaces, the other provider and the rest of Liaison carry on.
 */
@Service
class CalendarSync {

    private static final Logger log = LoggerFactory.getLogger(CalendarSync.class);
    static final String JOB = "calendar";
    static final Duration AHEAD = Duration.ofDays(30);

    private final Map<Provider, CalendarSource> sources = new EnumMap<>(Provider.class);
    private final Connections connections;
    private final PeopleService people;
    private final CalendarAbsences absences;
    private final MeetingTouches meetings;
    private final SyncHealth health;
    private final MongoTemplate mongo;
    private final Clock clock;

    CalendarSync(List<CalendarSource> sources, Connections connections, PeopleService people, CalendarAbsences absences,
                 MeetingTouches meetings, SyncHealth health, MongoTemplate mongo, Clock clock) {
        this.meetings = meetings;
        sources.forEach(source -> this.sources.put(source.provider(), source));
        this.connections = connections;
        this.people = people;
        this.absences = absences;
        this.health = health;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One run over every workspace; the number of absences made, moved or withdrawn, and of client meetings logged. */
    public int run() {
        int changed = 0;
        for (String teamId : people.workspaces()) {
            try (LogContext.Scope workspace = LogContext.workspace(teamId)) {
                for (ProviderCredentials credentials : connections.of(teamId)) {
                    try {
                        changed += sync(teamId, credentials);
                    } catch (RuntimeException e) {
                        log.warn("calendar-sync could not read {} calendars: {}", credentials.provider().label(),
                                e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            } catch (RuntimeException e) {
                // e.g. credentials that no longer open: this workspace waits, the others go on
                log.warn("calendar-sync skipped workspace {}: {}", teamId, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return changed;
    }

    private int sync(String teamId, ProviderCredentials credentials) {
        Provider provider = credentials.provider();
        CalendarSource source = sources.get(provider);
        if (source == null || health.paused(teamId, provider, JOB)) {
            return 0;
        }
        int changed = 0;
        List<Person> members = people.members(teamId);
        // client meetings in the same reads become touches (the touch feature's part of this job)
        MeetingTouches.Run touches = meetings.forWorkspace(teamId, members);
        for (Person person : members) {
            if (person.email() == null) {
                continue;
            }
            try {
                changed += sync(teamId, person, source, credentials, touches);
                health.reachable(teamId, provider, person.userId());
            } catch (SyncFailure failure) {
                if (failure.kind() == SyncFailure.Kind.FORBIDDEN || failure.kind() == SyncFailure.Kind.NOT_FOUND) {
                    health.unreachable(teamId, provider, person.userId(), failure.kind());
                } else if (health.failed(teamId, provider, JOB, failure)) {
                    health.tellUnreachable(teamId, provider);
                    return changed;
                }
            }
        }
        changed += touches.endedMeetings();
        health.worked(teamId, provider, JOB);
        health.tellUnreachable(teamId, provider);
        return changed;
    }

    private int sync(String teamId, Person person, CalendarSource source, ProviderCredentials credentials,
                     MeetingTouches.Run touches) {
        Provider provider = source.provider();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, person.zone());
        String cursorId = teamId + ":" + person.userId() + ":" + provider.name();
        SyncCursor stored = mongo.findById(cursorId, SyncCursor.class);
        // a full listing reaches back far enough for the last week's client meetings (ended absences are ignored)
        Instant from = now.minus(MeetingTouches.LOOK_BACK);
        CalendarChanges changes;
        try {
            changes = source.changes(credentials, person.email(), stored == null ? null : stored.cursor(), from, now.plus(AHEAD));
        } catch (SyncFailure failure) {
            if (failure.kind() != SyncFailure.Kind.CURSOR_EXPIRED || stored == null) {
                throw failure;
            }
            changes = source.changes(credentials, person.email(), null, from, now.plus(AHEAD));
        }
        int changed = 0;
        Set<String> listed = new HashSet<>();
        // the person's event→absence links, read once: most events are meetings, neither absences nor linked,
        // and asking the database about each of them made a full sync cost a round trip per event
        Set<String> linked = absences.linkedEvents(teamId, person.userId(), provider);
        for (CalendarEvent event : changes.events()) {
            listed.add(event.eventId());
            var days = AbsenceDays.of(event, person.zone());
            if (days.isPresent() || linked.contains(event.eventId())) {
                changed += absences.follow(teamId, person.userId(), provider, event.eventId(), days, today);
            }
        }
        changed += touches.calendarRead(person, changes.events());
        if (changes.fullSync()) {
            changed += absences.forgetMissing(teamId, person.userId(), provider, listed, today);
        }
        var reply = source.automaticReply(credentials, person.email());
        if (reply.isPresent()) {
            AutomaticReply automatic = reply.get();
            changed += absences.follow(teamId, person.userId(), provider, CalendarAbsences.AUTOMATIC_REPLY,
                    AbsenceDays.of(automatic, person.zone(), today,
                            absences.automaticReplySince(teamId, person.userId()).orElse(null)), today);
        }
        // stored after the changes are applied: a run cut short reads them again, and reading again changes nothing
        mongo.save(new SyncCursor(cursorId, changes.nextCursor()));
        return changed;
    }
}
