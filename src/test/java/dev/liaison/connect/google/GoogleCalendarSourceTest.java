package dev.liaison.connect.google;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.sandbox.google.GoogleCall;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInEvent;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Google Calendar read through Google's own client against the stand-in (no mocks). */
class GoogleCalendarSourceTest {

    private static final String ANN = "ann@agency.example";
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final GoogleStandIn google = GoogleStandIn.start(clock);
    private final ProviderCredentials.Google credentials = new ProviderCredentials.Google(
            google.newServiceAccount("liaison@agency-project.iam.gserviceaccount.com"), google.apiUrl());
    private final GoogleCalendarSource source = new GoogleCalendarSource(3);

    @AfterEach
    void noRefusals() {
        assertThat(google.refusals()).isEmpty();
        google.close();
    }

    private CalendarChanges full() {
        return source.changes(credentials, ANN, null, NOW, NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void aFullSyncThenAnIncrementalOneGivesOnlyTheChanges() {
        google.putEvent(ANN, StandInEvent.meeting("m1", "Acme weekly", NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), ANN, "Joe@Acme.com"));
        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(7))));

        CalendarChanges first = full();
        assertThat(first.fullSync()).isTrue();
        assertThat(first.events()).extracting(CalendarEvent::eventId).containsExactly("m1", "o1");
        assertThat(first.nextCursor()).isNotBlank();

        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(8)), NOW.plus(Duration.ofDays(9))));
        google.putEvent(ANN, StandInEvent.meeting("m2", "Beta kick-off", NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(30)), ANN, "sue@beta.io"));
        CalendarChanges next = source.changes(credentials, ANN, first.nextCursor(), NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(next.fullSync()).isFalse();
        assertThat(next.events()).extracting(CalendarEvent::eventId).containsExactly("o1", "m2");
        assertThat(next.events().get(0).start()).isEqualTo(NOW.plus(Duration.ofDays(8)));
        CalendarChanges nothing = source.changes(credentials, ANN, next.nextCursor(), NOW, NOW.plus(Duration.ofDays(30)));
        assertThat(nothing.events()).isEmpty();
        assertThat(nothing.fullSync()).isFalse();
    }

    @Test
    void anExpiredSyncTokenListsTheWindowAgainAndSaysItIsAFullSync() {
        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(7))));
        String cursor = full().nextCursor();
        google.expireSyncTokens(ANN);

        CalendarChanges again = source.changes(credentials, ANN, cursor, NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(again.fullSync()).isTrue();
        assertThat(again.events()).extracting(CalendarEvent::eventId).containsExactly("o1");
        assertThat(again.nextCursor()).isNotEqualTo(cursor);
    }

    @Test
    void everyPageIsFollowed() {
        for (int i = 0; i < 8; i++) {
            google.putEvent(ANN, StandInEvent.meeting("e" + i, "Call " + i, NOW.plus(Duration.ofHours(i + 1)),
                    NOW.plus(Duration.ofHours(i + 1)).plus(Duration.ofMinutes(30)), ANN));
        }

        CalendarChanges changes = full();

        assertThat(changes.events()).hasSize(8);
        assertThat(google.calls(GoogleCall.EVENTS_LIST, ANN)).isEqualTo(3); // pages of 3, 3 and 2
        assertThat(changes.nextCursor()).isNotBlank();
    }

    @Test
    void anAllDayEventsEndDateIsExclusiveAtGoogleAndInclusiveHere() {
        google.addUser(ANN, ZoneId.of("Europe/London"));
        google.putEvent(ANN, StandInEvent.allDay("h1", "Holiday", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), ANN));

        CalendarEvent holiday = full().events().get(0);

        assertThat(holiday.allDay()).isTrue();
        assertThat(holiday.startDay()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(holiday.endDay()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(holiday.start()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(holiday.end()).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
    }

    @Test
    void anOutOfOfficeEventSaysSoAndAMeetingIsItsAttendeesWithoutRoomsOrTheOrganizerTwice() {
        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));
        google.putEvent(ANN, StandInEvent.meeting("m1", "Acme QBR", NOW.plus(Duration.ofDays(3)),
                        NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), "Joe@Acme.com", "ANN@agency.example", "kim@acme.com")
                .withResources("board-room@resource.calendar.google.com").withICalUid("040000008200E00074C5B7101A82E008@acme.com"));

        CalendarChanges changes = full();

        CalendarEvent ooo = changes.events().get(0);
        assertThat(ooo.outOfOffice()).isTrue();
        assertThat(ooo.allDay()).isFalse();
        CalendarEvent meeting = changes.events().get(1);
        assertThat(meeting.outOfOffice()).isFalse();
        assertThat(meeting.organizer()).isEqualTo("joe@acme.com");
        assertThat(meeting.attendees()).containsExactly("ann@agency.example", "kim@acme.com");
        assertThat(meeting.iCalUid()).isEqualTo("040000008200E00074C5B7101A82E008@acme.com");
        assertThat(meeting.title()).isEqualTo("Acme QBR");
        assertThat(meeting.end()).isEqualTo(meeting.start().plus(Duration.ofHours(1)));
    }

    @Test
    void aCancelledEventComesAsCancelledInTheNextIncrementalSync() {
        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));
        String cursor = full().nextCursor();
        google.cancelEvent(ANN, "o1");

        CalendarChanges next = source.changes(credentials, ANN, cursor, NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(next.events()).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("o1");
            assertThat(e.cancelled()).isTrue();
        });
    }

    @Test
    void oneTokenServesManyCallsForOneUserAndEachUserHasTheirOwn() {
        google.putEvent(ANN, StandInEvent.outOfOffice("o1", ANN, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));
        google.putEvent("bob@agency.example", StandInEvent.outOfOffice("o2", "bob@agency.example",
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));

        String cursor = full().nextCursor();
        for (int i = 0; i < 4; i++) {
            cursor = source.changes(credentials, ANN, cursor, NOW, NOW.plus(Duration.ofDays(30))).nextCursor();
        }
        source.changes(credentials, "bob@agency.example", null, NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(google.calls(GoogleCall.EVENTS_LIST, ANN)).isEqualTo(5);
        assertThat(google.calls(GoogleCall.TOKEN, ANN)).isEqualTo(1);
        assertThat(google.calls(GoogleCall.TOKEN, "bob@agency.example")).isEqualTo(1);
    }
}
