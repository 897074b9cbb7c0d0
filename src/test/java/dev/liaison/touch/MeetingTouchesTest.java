package dev.liaison.touch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Interaction;
import dev.liaison.client.TouchType;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.Provider;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Client meetings from calendar reads: logged once when ended, by UID, credited to who owns or covers. */
class MeetingTouchesTest extends LiaisonE2eTest {

    static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");

    @Autowired
    MeetingTouches meetings;

    @Autowired
    ClientService clients;

    String team;
    AgencyRoster agency;
    AgencyRoster.Member ana;
    AgencyRoster.Member ben;
    AgencyRoster.Member cat;

    @BeforeEach
    void agency() {
        clock.set(NOW);
        team = newTeam();
        SLACK.member(team, "UANA", "Ana Lima", "Europe/Lisbon").member(team, "UBEN", "Ben Okafor", "Europe/London")
                .member(team, "UCAT", "Cat Park", "Europe/London");
        ana = new AgencyRoster.Member("UANA", "ana@agency.example", "Ana Lima", ZoneId.of("Europe/Lisbon"));
        ben = new AgencyRoster.Member("UBEN", "ben@agency.example", "Ben Okafor", ZoneId.of("Europe/London"));
        cat = new AgencyRoster.Member("UCAT", "cat@agency.example", "Cat Park", ZoneId.of("Europe/London"));
        agency = AgencyRoster.of(List.of(ana, ben, cat));
        command(team, "UBEN", "add Acme domains acme.com");
        command(team, "UBEN", "set acme owner <@UBEN>");
        command(team, "UBEN", "add Globex domains globex.com");
    }

    private static CalendarEvent event(String uid, Instant start, Duration length, String organizer, String... attendees) {
        return new CalendarEvent(Provider.GOOGLE, "ev-" + uid, uid, "Quarterly review", start, start.plus(length),
                null, null, false, false, organizer, List.of(attendees));
    }

    private Client acme() {
        return clients.withDomainOf(team, "acme.com").get(0);
    }

    private List<Interaction> touchesOf(Client client) {
        return clients.touchesBetween(team, List.of(client.id()), NOW.minus(Duration.ofDays(30)), NOW.plusSeconds(86_400));
    }

    @Test
    void anEndedMeetingWithAClientAttendeeIsOneTouchWithItsDurationInEveryCalendar() {
        CalendarEvent meeting = event("uid-1@google.com", NOW.minus(Duration.ofHours(2)), Duration.ofMinutes(45),
                "ana@agency.example", "ben@agency.example", "jo@mail.acme.com");

        assertThat(meetings.calendarRead(team, agency, ana, List.of(meeting), false)).isEqualTo(1);
        CalendarEvent inBensCalendar = new CalendarEvent(Provider.GOOGLE, "bens-own-event-id", meeting.iCalUid(),
                meeting.title(), meeting.start(), meeting.end(), null, null, false, false, meeting.organizer(),
                meeting.attendees());
        assertThat(meetings.calendarRead(team, agency, ben, List.of(inBensCalendar), false))
                .as("the same meeting in Ben's calendar, under its own event id").isZero();
        assertThat(meetings.calendarRead(team, agency, ana, List.of(meeting), false)).as("a resync").isZero();

        List<Interaction> touches = touchesOf(acme());
        assertThat(touches).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TouchType.MEETING);
            assertThat(t.minutes()).isEqualTo(45);
            assertThat(t.source()).isEqualTo("google-calendar");
            assertThat(t.loggedBy()).as("Ben owns Acme").isEqualTo("UBEN");
            assertThat(t.occurredAt()).isEqualTo(meeting.start());
            assertThat(t.summary()).isEqualTo("Meeting with Acme").doesNotContain("Quarterly");
        });
        assertThat(acme().recentTouches().get(0).described()).isEqualTo("meeting from Google Calendar");
    }

    @Test
    void aClientOrganizerCountsAndTheTitleIsKeptOnlyWithSubjectsOn() {
        CalendarEvent meeting = event("uid-2", NOW.minus(Duration.ofHours(3)), Duration.ofMinutes(30),
                "ceo@acme.com", "cat@agency.example");

        assertThat(meetings.calendarRead(team, agency, cat, List.of(meeting), true)).isEqualTo(1);
        assertThat(touchesOf(acme())).singleElement().satisfies(t -> {
            assertThat(t.loggedBy()).as("nobody who owns or covers Acme was there: the first agency attendee")
                    .isEqualTo("UCAT");
            assertThat(t.summary()).isEqualTo("Meeting with Acme: Quarterly review");
        });
    }

    @Test
    void meetingsWithoutTheClientCancelledAllDayOrTooOldLogNothing() {
        CalendarEvent internal = event("uid-3", NOW.minus(Duration.ofHours(2)), Duration.ofHours(1),
                "ana@agency.example", "ben@agency.example");
        CalendarEvent cancelled = new CalendarEvent(Provider.GOOGLE, "ev-4", "uid-4", "Call", NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(1)), null, null, false, true, "ana@agency.example", List.of("jo@acme.com"));
        CalendarEvent allDay = new CalendarEvent(Provider.GOOGLE, "ev-5", "uid-5", "Acme on site",
                NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)), java.time.LocalDate.parse("2026-11-21"),
                java.time.LocalDate.parse("2026-11-21"), false, false, "ana@agency.example", List.of("jo@acme.com"));
        CalendarEvent old = event("uid-6", NOW.minus(Duration.ofDays(8)), Duration.ofHours(1), "ana@agency.example",
                "jo@acme.com");

        assertThat(meetings.calendarRead(team, agency, ana, List.of(internal, cancelled, allDay, old), false)).isZero();
        assertThat(touchesOf(acme())).isEmpty();
    }

    @Test
    void aComingMeetingWaitsUntilItHasEndedAndACancelledOneNeverLogs() {
        CalendarEvent tomorrow = event("uid-7", NOW.plus(Duration.ofHours(20)), Duration.ofMinutes(60),
                "ana@agency.example", "jo@acme.com", "hank@globex.com");
        CalendarEvent later = event("uid-8", NOW.plus(Duration.ofHours(22)), Duration.ofMinutes(30),
                "ana@agency.example", "jo@acme.com");
        assertThat(meetings.calendarRead(team, agency, ana, List.of(tomorrow, later), false)).isZero();
        assertThat(meetings.endedMeetings(team, agency, false)).as("not over yet").isZero();

        CalendarEvent laterCancelled = new CalendarEvent(Provider.GOOGLE, "ev-uid-8", "uid-8", null, null, null, null,
                null, false, true, null, List.of());
        meetings.calendarRead(team, agency, ana, List.of(laterCancelled), false);

        clock.set(NOW.plus(Duration.ofDays(1)));
        assertThat(meetings.endedMeetings(team, agency, false)).as("Acme and Globex, from one meeting").isEqualTo(2);
        assertThat(meetings.endedMeetings(team, agency, false)).isZero();
        assertThat(touchesOf(acme())).singleElement().extracting(Interaction::minutes).isEqualTo(60);
    }
}
