package dev.liaison.calendar;

import dev.liaison.connect.SyncFailure;
import dev.liaison.connect.SyncHealth;
import dev.liaison.connect.SyncHealthBackOff;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import org.junit.jupiter.api.Nested;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.liaison.client.ClientService;
import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.CalendarSource;
import dev.liaison.connect.ConnectFixtures;
import dev.liaison.connect.ConnectionMessages;
import dev.liaison.connect.Connections;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.ooo.OooFixtures;
import dev.liaison.ooo.OooMessages;
import dev.liaison.ooo.OooService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.slack.SlackUser;
import dev.liaison.store.Sequences;
import dev.liaison.support.MutableClock;
import dev.liaison.support.TestDatabase;
import dev.liaison.task.TaskService;
import dev.liaison.touch.MeetingTouches;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * calendar-sync against its calendar clients (Mockito {@link CalendarSource}s) with the real absence path
 * (OooService, AbsenceService) on an in-memory database: out-of-office events become absences with their
 * source, re-reading changes nothing, moving and cancelling move and withdraw, both providers merge.
 */
class CalendarSyncTest {

    static final TestDatabase.Bare DB = TestDatabase.bare(CalendarSyncTest.class);
    static final String TEAM = "T0CALSYNC";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Tuesday 24 November 2026, 10:00 in London. */
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final String DEV = "dev@agency.example";

    final MongoTemplate mongo = DB.template();
    final PeopleService people = mock(PeopleService.class);
    final Connections connections = mock(Connections.class);
    final OooMessages messages = mock(OooMessages.class);
    final ConnectionMessages connectionMessages = mock(ConnectionMessages.class);
    final CalendarSource google = mock(CalendarSource.class);
    final CalendarSource microsoft = mock(CalendarSource.class);
    final ProviderCredentials.Google googleKey = new ProviderCredentials.Google("{}", "http://127.0.0.1:1/");
    final ProviderCredentials.Microsoft entraApp = new ProviderCredentials.Microsoft("t", "c", "s", "http://g/", "http://l/");
    MutableClock clock;
    AbsenceService absences;
    OooService ooo;
    CalendarSync sync;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void services() {
        DB.clear();
        clock = new MutableClock(T0);
        absences = OooFixtures.absences(mongo, clock);
        ooo = OooFixtures.ooo(absences, people, mock(ClientService.class), mock(TaskService.class), mongo, messages,
                clock, mock(Sequences.class));
        when(google.provider()).thenReturn(Provider.GOOGLE);
        when(microsoft.provider()).thenReturn(Provider.MICROSOFT);
        sync = new CalendarSync(List.of(google, microsoft), connections, people, new CalendarAbsences(mongo, ooo, absences),
                mock(MeetingTouches.class, Mockito.RETURNS_MOCKS), ConnectFixtures.syncHealth(mongo, people, connectionMessages, clock), mongo, clock);
        when(google.automaticReply(any(), anyString())).thenReturn(Optional.empty());
        when(microsoft.automaticReply(any(), anyString())).thenReturn(Optional.of(new AutomaticReply(AutomaticReply.Status.DISABLED, null, null)));
        when(connections.of(TEAM)).thenReturn(List.of(googleKey));
        when(people.workspaces()).thenReturn(List.of(TEAM));
        when(people.serves(TEAM)).thenReturn(true);
        when(people.zoneOf(eq(TEAM), anyString())).thenReturn(LONDON);
        Person dev = person("U0DEV", "U0LEO", DEV, false);
        Person leo = person("U0LEO", null, "leo@agency.example", false);
        Person hana = person("U0HANA", null, "hana@agency.example", true);
        Person noEmail = person("U0NOMAIL", "U0LEO", null, false);
        when(people.members(TEAM)).thenReturn(List.of(dev, leo, hana, noEmail));
        for (Person p : List.of(dev, leo, hana, noEmail)) {
            when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p));
        }
        nothingNew(google, "leo@agency.example");
        nothingNew(google, "hana@agency.example");
        nothingNew(microsoft, "leo@agency.example");
        nothingNew(microsoft, "hana@agency.example");
    }

    static Person person(String id, String leadId, String email, boolean head) {
        Person person = PersonSeed.person(TEAM, new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London", false,
                false, false, false, false, email), T0, leadId);
        ReflectionTestUtils.setField(person, "admin", head);
        return person;
    }

    static void nothingNew(CalendarSource source, String email) {
        when(source.changes(any(), eq(email), any(), any(), any())).thenReturn(new CalendarChanges(List.of(), "cursor-0", true));
    }

    static CalendarEvent outOfOffice(Provider provider, String id, Instant start, Instant end) {
        return new CalendarEvent(provider, id, id + "@ical", "Out of office", start, end, null, null, true, false, DEV, List.of());
    }

    static CalendarEvent allDay(Provider provider, String id, String title, LocalDate from, LocalDate to) {
        return new CalendarEvent(provider, id, id + "@ical", title, from.atStartOfDay(LONDON).toInstant(),
                to.plusDays(1).atStartOfDay(LONDON).toInstant(), from, to, false, false, DEV, List.of());
    }

    static CalendarEvent cancelled(Provider provider, String id) {
        return new CalendarEvent(provider, id, null, null, null, null, null, null, false, true, null, List.of());
    }

    void devsCalendar(CalendarSource source, String cursor, CalendarChanges changes) {
        if (cursor == null) {
            when(source.changes(any(), eq(DEV), isNull(), any(), any())).thenReturn(changes);
        } else {
            when(source.changes(any(), eq(DEV), eq(cursor), any(), any())).thenReturn(changes);
        }
    }

    List<Absence> devsAbsences() {
        return absences.of(TEAM, "U0DEV").stream().filter(a -> !a.cancelled()).toList();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anOutOfOfficeEventTomorrowIsAnAbsenceFromGoogleAndTheLeadIsPromptedOnce() {
        // Wednesday 09:00 to Friday 18:00 London: three days out
        devsCalendar(google, null, new CalendarChanges(List.of(outOfOffice(Provider.GOOGLE, "ev1",
                Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-11-27T18:00:00Z"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(), "c2", false));
        devsCalendar(google, "c2", new CalendarChanges(List.of(), "c3", false));

        assertThat(sync.run()).isEqualTo(1);
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.fromDate()).isEqualTo(day("2026-11-25"));
            assertThat(a.toDate()).isEqualTo(day("2026-11-27"));
            assertThat(a.source()).isEqualTo("google");
            assertThat(a.sourceLabel()).isEqualTo("Google");
            assertThat(a.prompted()).isTrue();
        });
        verify(messages).prompt(any(), eq("U0LEO"));

        assertThat(sync.run()).isZero();
        assertThat(sync.run()).isZero();
        assertThat(absences.of(TEAM, "U0DEV")).hasSize(1);
        verify(messages, times(1)).prompt(any(), anyString());
        verify(google, never()).changes(any(), isNull(), any(), any(), any());
    }

    @Test
    void aFullResyncOfTheSameEventsCreatesNothingNew() {
        CalendarEvent leave = allDay(Provider.GOOGLE, "ev2", "Annual leave", day("2026-12-07"), day("2026-12-11"));
        devsCalendar(google, null, new CalendarChanges(List.of(leave), "c1", true));
        // the provider lost the cursor (Google 410): everything again, as a full listing
        devsCalendar(google, "c1", new CalendarChanges(List.of(leave), "c9", true));
        devsCalendar(google, "c9", new CalendarChanges(List.of(leave), "c9", true));

        sync.run();
        sync.run();
        sync.run();
        assertThat(absences.of(TEAM, "U0DEV")).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-12-07");
            assertThat(a.to()).isEqualTo("2026-12-11");
            assertThat(a.prompted()).as("two weeks away: not yet").isFalse();
        });
        verify(messages, never()).prompt(any(), anyString());
    }

    @Test
    void anAllDayEventCountsOnlyWhenItsTitleSaysAwayAndAShortOutOfOfficeNeedsNoCover() {
        devsCalendar(google, null, new CalendarChanges(List.of(
                allDay(Provider.GOOGLE, "ev3", "Company offsite", day("2026-12-01"), day("2026-12-02")),
                outOfOffice(Provider.GOOGLE, "ev4", Instant.parse("2026-12-03T13:00:00Z"), Instant.parse("2026-12-03T15:00:00Z"))),
                "c1", true));
        assertThat(sync.run()).isZero();
        assertThat(absences.of(TEAM, "U0DEV")).isEmpty();
    }

    @Test
    void aMovedEventMovesTheAbsenceAndTellsTheLead() {
        devsCalendar(google, null, new CalendarChanges(List.of(outOfOffice(Provider.GOOGLE, "ev5",
                Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(outOfOffice(Provider.GOOGLE, "ev5",
                Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-12-04T00:00:00Z"))), "c2", false));
        devsCalendar(google, "c2", new CalendarChanges(List.of(), "c3", false));

        sync.run();
        Absence first = devsAbsences().get(0);
        assertThat(first.prompted()).isTrue();
        assertThat(sync.run()).isEqualTo(1);

        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-12-02");
            assertThat(a.to()).isEqualTo("2026-12-03");
            assertThat(a.source()).isEqualTo("google");
        });
        assertThat(absences.get(first.id()).cancelled()).as("the old days are withdrawn").isTrue();
        verify(messages).moved(any(), eq(day("2026-11-25")), eq(day("2026-11-25")), eq("U0LEO"));
        assertThat(sync.run()).isZero();
    }

    @Test
    void aCancelledEventWithdrawsTheAbsenceAndTellsTheLead() {
        devsCalendar(google, null, new CalendarChanges(List.of(allDay(Provider.GOOGLE, "ev6", "PTO",
                day("2026-11-25"), day("2026-11-26"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(cancelled(Provider.GOOGLE, "ev6")), "c2", false));
        devsCalendar(google, "c2", new CalendarChanges(List.of(cancelled(Provider.GOOGLE, "ev6")), "c3", false));

        sync.run();
        assertThat(sync.run()).isEqualTo(1);
        assertThat(devsAbsences()).isEmpty();
        verify(messages).withdrawn(any(), eq(day("2026-11-25")), eq(day("2026-11-26")), eq("U0LEO"));
        assertThat(sync.run()).as("a cancellation read again changes nothing").isZero();
        verify(messages, times(1)).withdrawn(any(), any(), any(), anyString());
    }

    @Test
    void anEventMissingFromAFullListingIsGone() {
        devsCalendar(google, null, new CalendarChanges(List.of(allDay(Provider.GOOGLE, "ev7", "Vacation",
                day("2026-12-07"), day("2026-12-08"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(), "c2", true));
        sync.run();
        assertThat(devsAbsences()).hasSize(1);
        assertThat(sync.run()).isEqualTo(1);
        assertThat(devsAbsences()).isEmpty();
        verify(messages, never()).withdrawn(any(), any(), any(), anyString());
    }

    @Test
    void bothProvidersAreReadAndTheirAbsencesMergeAndOneCancellationLeavesTheOther() {
        when(connections.of(TEAM)).thenReturn(List.of(googleKey, entraApp));
        devsCalendar(google, null, new CalendarChanges(List.of(allDay(Provider.GOOGLE, "g1", "OOO",
                day("2026-12-07"), day("2026-12-09"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(cancelled(Provider.GOOGLE, "g1")), "c2", false));
        devsCalendar(microsoft, null, new CalendarChanges(List.of(outOfOffice(Provider.MICROSOFT, "m1",
                Instant.parse("2026-12-09T00:00:00Z"), Instant.parse("2026-12-12T00:00:00Z"))), "d1", true));
        devsCalendar(microsoft, "d1", new CalendarChanges(List.of(), "d2", false));

        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-12-07");
            assertThat(a.to()).isEqualTo("2026-12-11");
        });
        sync.run();
        assertThat(devsAbsences()).as("Microsoft still has them out").hasSize(1);
    }

    @Test
    void aCalendarEventDoesNotWithdrawAnOooTheyTyped() {
        ooo.declare(TEAM, "U0DEV", day("2026-12-07"), day("2026-12-09"), "U0DEV");
        // the same days exactly: only where the absence came from tells them apart
        devsCalendar(google, null, new CalendarChanges(List.of(allDay(Provider.GOOGLE, "ev8", "Holiday",
                day("2026-12-07"), day("2026-12-09"))), "c1", true));
        devsCalendar(google, "c1", new CalendarChanges(List.of(cancelled(Provider.GOOGLE, "ev8")), "c2", false));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> assertThat(a.sourceLabel()).isEqualTo("/ooo"));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> assertThat(a.to()).isEqualTo("2026-12-09"));
    }

    @Test
    void microsoftAutomaticRepliesAreAbsences() {
        when(connections.of(TEAM)).thenReturn(List.of(entraApp));
        devsCalendar(microsoft, null, new CalendarChanges(List.of(), "d1", true));
        devsCalendar(microsoft, "d1", new CalendarChanges(List.of(), "d1", false));
        when(microsoft.automaticReply(any(), eq(DEV))).thenReturn(Optional.of(new AutomaticReply(
                AutomaticReply.Status.SCHEDULED, Instant.parse("2026-12-14T08:00:00Z"), Instant.parse("2026-12-19T00:00:00Z"))));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-12-14");
            assertThat(a.to()).isEqualTo("2026-12-18");
            assertThat(a.source()).isEqualTo("microsoft");
        });
        assertThat(sync.run()).isZero();

        // turned off before it starts: withdrawn
        when(microsoft.automaticReply(any(), eq(DEV))).thenReturn(Optional.of(new AutomaticReply(
                AutomaticReply.Status.DISABLED, null, null)));
        assertThat(sync.run()).isEqualTo(1);
        assertThat(devsAbsences()).isEmpty();

        // always on: from today, day after day, until turned off
        when(microsoft.automaticReply(any(), eq(DEV))).thenReturn(Optional.of(new AutomaticReply(
                AutomaticReply.Status.ALWAYS_ENABLED, null, null)));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-11-24");
            assertThat(a.to()).isEqualTo("2026-11-25");
        });
        clock.advance(Duration.ofDays(2));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-11-24");
            assertThat(a.to()).isEqualTo("2026-11-27");
        });
        when(microsoft.automaticReply(any(), eq(DEV))).thenReturn(Optional.of(new AutomaticReply(
                AutomaticReply.Status.DISABLED, null, null)));
        sync.run();
        assertThat(absences.of(TEAM, "U0DEV")).filteredOn(a -> a.from().equals("2026-11-24")).singleElement().satisfies(a ->
                assertThat(a.to()).as("back today: it ended yesterday").isEqualTo("2026-11-25"));
    }

    @Test
    void daysAreThePersonsDaysInTheirTimeZone() {
        // 23:00 UTC Monday to 23:00 UTC Wednesday is Tuesday to Wednesday in Auckland (UTC+13)… read in London it is Mon-Wed
        devsCalendar(google, null, new CalendarChanges(List.of(outOfOffice(Provider.GOOGLE, "tz",
                Instant.parse("2026-11-30T23:00:00Z"), Instant.parse("2026-12-02T23:00:00Z"))), "c1", true));
        sync.run();
        assertThat(devsAbsences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo("2026-11-30");
            assertThat(a.to()).isEqualTo("2026-12-02");
        });
        assertThat(AbsenceDays.of(outOfOffice(Provider.GOOGLE, "tz", Instant.parse("2026-11-30T23:00:00Z"),
                Instant.parse("2026-12-02T23:00:00Z")), ZoneId.of("Pacific/Auckland")))
                .contains(new AbsenceDays.Days(day("2026-12-01"), day("2026-12-03")));
    }

    @Test
    void someoneWithoutASlackEmailIsNotLookedFor() {
        sync.run();
        verify(google, never()).changes(any(), isNull(), any(), any(), any());
    }

    /**
     * calendar-sync when providers fail (Mockito sources throwing each {@link SyncFailure} kind): broken
     * credentials DM the heads once per breakage, a refused person is listed once while the others carry on, a
     * throttle waits its Retry-After and an outage backs off without a DM, and one workspace's failure never
     * stops another.
     */
    @Nested
    class Failures {

        SyncHealth health;

        @BeforeEach
        void healthToo() {
            health = ConnectFixtures.syncHealth(mongo, people, connectionMessages, clock);
        }

        void devFails(SyncFailure.Kind kind, Duration retryAfter) {
            when(google.changes(any(), eq(DEV), any(), any(), any())).thenThrow(new SyncFailure(kind, kind + " for dev", retryAfter));
        }

        void devWorks() {
            reset(google);
            when(google.provider()).thenReturn(Provider.GOOGLE);
            when(google.automaticReply(any(), anyString())).thenReturn(Optional.empty());
            when(google.changes(any(), anyString(), any(), any(), any())).thenReturn(new CalendarChanges(List.of(), "c", true));
        }

        int devReads() {
            return (int) org.mockito.Mockito.mockingDetails(google).getInvocations().stream()
                    .filter(i -> i.getMethod().getName().equals("changes") && DEV.equals(i.getArgument(1))).count();
        }

        @Test
        void revokedCredentialsTellTheHeadsOncePerBreakageAndShowAsBroken() {
            devFails(SyncFailure.Kind.CREDENTIALS, null);
            sync.run();
            sync.run();
            sync.run();
            verify(connectionMessages, times(1)).connectionBroken(eq(TEAM), eq(Provider.GOOGLE), eq("CREDENTIALS for dev"),
                    any(), eq("U0HANA"));
            verify(connectionMessages, never()).connectionBroken(any(), any(), any(), any(), eq("U0DEV"));
            assertThat(health.broken()).singleElement().satisfies(state -> {
                assertThat(state.teamId()).isEqualTo(TEAM);
                assertThat(state.problem()).isEqualTo("CREDENTIALS for dev");
            });
            assertThat(new BrokenConnectionNotices(health, people).noticesFor(TEAM, "U0DEV")).isEmpty();

            devWorks();
            sync.run();
            assertThat(health.broken()).isEmpty();

            devFails(SyncFailure.Kind.CREDENTIALS, null);
            clock.advance(Duration.ofMinutes(15));
            sync.run();
            sync.run();
            verify(connectionMessages, times(2)).connectionBroken(eq(TEAM), eq(Provider.GOOGLE), any(), any(), eq("U0HANA"));
        }

        @Test
        void aPersonTheProviderRefusesIsListedOnceAndTheOthersCarryOn() {
            devFails(SyncFailure.Kind.FORBIDDEN, null);
            when(google.changes(any(), eq("leo@agency.example"), any(), any(), any())).thenReturn(new CalendarChanges(List.of(
                    allDay(Provider.GOOGLE, "leo1", "OOO", day("2026-12-07"), day("2026-12-08"))), "c1", true));
            sync.run();
            sync.run();
            assertThat(absences.of(TEAM, "U0LEO")).hasSize(1);
            verify(connectionMessages, times(1)).peopleUnreachable(eq(TEAM), eq(Provider.GOOGLE),
                    eq(List.of(new ConnectionMessages.Unreachable("U0DEV", SyncFailure.Kind.FORBIDDEN))), eq("U0HANA"));
            assertThat(devReads()).as("tried each run: delegation may be fixed any time").isEqualTo(2);
            verify(connectionMessages, never()).connectionBroken(any(), any(), any(), any(), any());
            assertThat(health.broken()).isEmpty();
        }

        @Test
        void aThrottleIsWaitedOutWithoutTellingAnyone() {
            devFails(SyncFailure.Kind.THROTTLED, Duration.ofMinutes(10));
            sync.run();
            assertThat(devReads()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(9));
            sync.run();
            assertThat(devReads()).as("within Retry-After: Google is left alone").isEqualTo(1);
            clock.advance(Duration.ofMinutes(2));
            sync.run();
            assertThat(devReads()).isEqualTo(2);
            verifyNoInteractions(connectionMessages);
        }

        @Test
        void anOutageBacksOffExponentiallyWithoutTellingAnyone() {
            devFails(SyncFailure.Kind.UNAVAILABLE, null);
            sync.run();
            clock.advance(Duration.ofMinutes(14));
            sync.run();
            assertThat(devReads()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(2));
            sync.run();
            assertThat(devReads()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(29));
            sync.run();
            assertThat(devReads()).as("the second back-off is twice the first").isEqualTo(2);
            clock.advance(Duration.ofMinutes(2));
            sync.run();
            assertThat(devReads()).isEqualTo(3);
            verifyNoInteractions(connectionMessages);
        }

        @Test
        void oneWorkspacesFailureNeverStopsAnother() {
            String other = "T0CALOTHER";
            when(people.workspaces()).thenReturn(List.of(other, "T0CALBROKEN", TEAM));
            when(connections.of(other)).thenThrow(new IllegalStateException("A workspace's bot token cannot be decrypted"));
            when(connections.of("T0CALBROKEN")).thenReturn(List.of(googleKey));
            Person broken = person("U0BROKE", null, "broke@other.example", true);
            when(people.members("T0CALBROKEN")).thenReturn(List.of(broken));
            when(google.changes(any(), eq("broke@other.example"), any(), any(), any()))
                    .thenThrow(new SyncFailure(SyncFailure.Kind.CREDENTIALS, "invalid_grant"));
            when(google.changes(any(), eq(DEV), any(), any(), any())).thenReturn(new CalendarChanges(List.of(
                    allDay(Provider.GOOGLE, "d1", "Sick", day("2026-11-25"), day("2026-11-25"))), "c1", true));

            assertThat(sync.run()).isEqualTo(1);
            assertThat(absences.of(TEAM, "U0DEV")).hasSize(1);
            assertThat(health.broken()).singleElement().satisfies(s -> assertThat(s.teamId()).isEqualTo("T0CALBROKEN"));
        }

        @Test
        void backOffDoublesUpToFourHours() {
            assertThat(List.of(1, 2, 3, 4, 5, 6, 50).stream().map(SyncHealthBackOff::of).toList()).containsExactly(
                    Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
                    Duration.ofHours(4), Duration.ofHours(4), Duration.ofHours(4));
        }
    }
}
