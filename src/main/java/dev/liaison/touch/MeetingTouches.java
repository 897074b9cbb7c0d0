package dev.liaison.touch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchSource;
import dev.liaison.client.TouchType;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.Provider;
import dev.liaison.people.Person;
import dev.liaison.people.WorkspaceSettingsService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Client meetings from calendars as touches: a meeting that has ended, not cancelled, with an organizer
 * or attendee at one of a client's e-mail domains logs one {@code meeting} touch on that client, with its
 * duration, once per iCalendar UID (the same meeting is in every attendee's calendar). A meeting that
 * has not ended waits as a {@link PendingMeeting} until a later run finds it over.
 */
@Service
public class MeetingTouches {

    /** How far back a first read of a calendar logs meetings (later runs log those ended since). */
    public static final Duration LOOK_BACK = Duration.ofDays(7);
    /** Longer "meetings" are blocked-out time, not a call with the client. */
    static final Duration LONGEST = Duration.ofHours(12);
    static final int SUMMARY_CHARS = 300;

    private final ClientService clients;
    private final ObjectProvider<CoverageLookup> coverage;
    private final WorkspaceSettingsService settings;
    private final MongoTemplate mongo;
    private final Clock clock;

    MeetingTouches(ClientService clients, ObjectProvider<CoverageLookup> coverage, WorkspaceSettingsService settings,
                   MongoTemplate mongo, Clock clock) {
        this.clients = clients;
        this.coverage = coverage;
        this.settings = settings;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One calendar-sync run over one workspace's calendars, as {@code calendar-sync} hands them over. */
    public final class Run {
        private final String teamId;
        private final AgencyRoster agency;
        private final boolean titles;

        private Run(String teamId, AgencyRoster agency, boolean titles) {
            this.teamId = teamId;
            this.agency = agency;
            this.titles = titles;
        }

        /** What one read of this person's calendar brought; the touches logged. */
        public int calendarRead(Person calendarOf, List<CalendarEvent> events) {
            return MeetingTouches.this.calendarRead(teamId, agency, AgencyRoster.member(calendarOf), events, titles);
        }

        /** After every calendar was read: meetings that waited and are over now; the touches logged. */
        public int endedMeetings() {
            return MeetingTouches.this.endedMeetings(teamId, agency, titles);
        }
    }

    /** A run over this workspace's calendars: its people by e-mail and whether titles are kept, read once. */
    public Run forWorkspace(String teamId, List<Person> members) {
        return new Run(teamId, AgencyRoster.of(members.stream().map(AgencyRoster::member).toList()),
                settings.mailSubjects(teamId));
    }

    /**
     * What one read of one person's calendar brought: ended client meetings are logged, coming ones wait,
     * cancelled ones stop waiting.
     *
     * @param calendarOf the person whose calendar was read (credited when no other agency attendee is)
     * @param titles     whether the workspace keeps subjects (then a meeting's title is its summary)
     * @return the touches logged
     */
    int calendarRead(String teamId, AgencyRoster agency, AgencyRoster.Member calendarOf,
                            List<CalendarEvent> events, boolean titles) {
        Instant now = clock.instant();
        int logged = 0;
        for (CalendarEvent event : events) {
            String uid = uid(event);
            PendingMeeting meeting = new PendingMeeting(PendingMeeting.id(teamId, uid), teamId, uid, event.provider(),
                    event.title(), event.start(), event.end(), event.organizer(), event.attendees(), calendarOf.userId());
            if (!meeting(event) || clientsOn(teamId, meeting, agency).isEmpty()) {
                // cancelled before it ended, or no longer with the client: it no longer waits to be logged
                mongo.remove(Query.query(Criteria.where("_id").is(meeting.id())), PendingMeeting.class);
                continue;
            }
            if (event.end().isAfter(now)) {
                mongo.save(meeting);
            } else if (!event.end().isBefore(now.minus(LOOK_BACK))) {
                logged += log(meeting, agency, calendarOf.userId(), titles);
            }
        }
        return logged;
    }

    /** A timed meeting: not cancelled, not all day, not an out-of-office block, not a day-long hold. */
    private static boolean meeting(CalendarEvent event) {
        return !event.cancelled() && !event.allDay() && !event.outOfOffice() && event.start() != null
                && event.end() != null && event.end().isAfter(event.start())
                && Duration.between(event.start(), event.end()).compareTo(LONGEST) <= 0;
    }

    /** Meetings that were waiting and have ended by now: logged and no longer waiting. */
    int endedMeetings(String teamId, AgencyRoster agency, boolean titles) {
        Instant now = clock.instant();
        int logged = 0;
        List<PendingMeeting> ended = mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("end").lte(now)),
                PendingMeeting.class);
        for (PendingMeeting meeting : ended) {
            logged += log(meeting, agency, meeting.seenInCalendarOf(), titles);
            mongo.remove(Query.query(Criteria.where("_id").is(meeting.id())), PendingMeeting.class);
        }
        return logged;
    }

    private int log(PendingMeeting meeting, AgencyRoster agency, String calendarOf, boolean titles) {
        int logged = 0;
        int minutes = (int) Duration.between(meeting.start(), meeting.end()).toMinutes();
        TouchSource source = meeting.provider() == Provider.MICROSOFT ? TouchSource.OUTLOOK_CALENDAR
                : TouchSource.GOOGLE_CALENDAR;
        List<AgencyRoster.Member> agencyAttendees = agencyAttendees(meeting, agency);
        for (Map.Entry<Client, String> entry : clientsOn(meeting.teamId(), meeting, agency).entrySet()) {
            Client client = entry.getKey();
            List<AgencyRoster.Member> credited = credited(client, agencyAttendees, meeting.start());
            String by = !credited.isEmpty() ? credited.get(0).userId()
                    : !agencyAttendees.isEmpty() ? agencyAttendees.get(0).userId() : calendarOf;
            Optional<ClientService.LoggedTouch> touch = clients.logTouchOnce(meeting.teamId(), client.id(),
                    "meeting:" + meeting.iCalUid(), by, TouchType.MEETING, Sentiment.NEUTRAL, minutes,
                    summary(client, meeting, credited, titles), meeting.start(), source.stored());
            if (touch.isPresent()) {
                logged++;
            }
        }
        return logged;
    }

    /** The clients on a meeting (by any organizer's or attendee's domain), each with one of its people there. */
    private Map<Client, String> clientsOn(String teamId, PendingMeeting meeting, AgencyRoster agency) {
        Map<String, Client> byId = new LinkedHashMap<>();
        Map<Client, String> found = new LinkedHashMap<>();
        for (String email : participants(meeting)) {
            if (agency.byEmail(email).isPresent()) {
                // the agency's own people are never the client, whatever their domain
                continue;
            }
            for (Client client : clients.withDomainOf(teamId, email)) {
                if (byId.putIfAbsent(client.id(), client) == null) {
                    found.put(client, email);
                }
            }
        }
        return found;
    }

    private static Set<String> participants(PendingMeeting meeting) {
        Set<String> all = new LinkedHashSet<>();
        if (meeting.organizer() != null) {
            all.add(meeting.organizer());
        }
        if (meeting.attendees() != null) {
            all.addAll(meeting.attendees());
        }
        return all;
    }

    private static List<AgencyRoster.Member> agencyAttendees(PendingMeeting meeting, AgencyRoster agency) {
        List<AgencyRoster.Member> members = new ArrayList<>();
        for (String email : participants(meeting)) {
            agency.byEmail(email).filter(m -> !members.contains(m)).ifPresent(members::add);
        }
        return members;
    }

    /** The agency attendees who own, back up or (while the owner is out) cover the client, owner first. */
    private List<AgencyRoster.Member> credited(Client client, List<AgencyRoster.Member> attendees, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        String cover = coverage.getIfAvailable(() -> CoverageLookup.NONE).coverOf(client.teamId(), client.id(), day)
                .map(CoverageLookup.Cover::coverId).orElse(null);
        List<AgencyRoster.Member> credited = new ArrayList<>();
        for (String who : new String[] {client.ownerId(), cover, client.backupId()}) {
            attendees.stream().filter(m -> m.userId().equals(who) && !credited.contains(m)).forEach(credited::add);
        }
        return credited;
    }

    private static String summary(Client client, PendingMeeting meeting, List<AgencyRoster.Member> credited,
                                  boolean titles) {
        StringBuilder summary = new StringBuilder("Meeting with ").append(client.name());
        if (titles && meeting.title() != null && !meeting.title().isBlank()) {
            summary.append(": ").append(meeting.title().strip());
        }
        if (credited.size() > 1) {
            summary.append(" (with ").append(String.join(", ", credited.stream().skip(1)
                    .map(m -> m.name() == null ? m.userId() : m.name()).toList())).append(")");
        }
        return summary.length() > SUMMARY_CHARS ? summary.substring(0, SUMMARY_CHARS - 1) + "…" : summary.toString();
    }

    private static String uid(CalendarEvent event) {
        return event.iCalUid() != null && !event.iCalUid().isBlank() ? event.iCalUid()
                : event.provider() + ":" + event.eventId();
    }
}
