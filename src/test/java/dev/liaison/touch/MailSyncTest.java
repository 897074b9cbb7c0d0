package dev.liaison.touch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.liaison.connect.Connections;
import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.MailSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.connect.SyncHealth;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.support.MutableClock;
import dev.liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** mail-sync against its mail source: cursors, opt-outs, subjects, and failures handed to SyncHealth. */
class MailSyncTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(MailSyncTest.class);
    private static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
    private static final String TEAM = "T1";

    private final MutableClock clock = new MutableClock(NOW);
    private final Connections connections = mock(Connections.class);
    private final MailSource gmail = mock(MailSource.class);
    private final PeopleService people = mock(PeopleService.class);
    private final WorkspaceSettingsService settings = mock(WorkspaceSettingsService.class);
    private final MailTouches touches = mock(MailTouches.class);
    private final SyncHealth health = mock(SyncHealth.class);
    private final ProviderCredentials google = new ProviderCredentials.Google("{}", "http://127.0.0.1:1/");
    private final Person ana = person("UANA", "ana@agency.example", false);
    private final Person ben = person("UBEN", "ben@agency.example", true);
    private final Person cat = person("UCAT", null, false);
    private MailSync sync;

    @BeforeEach
    void wiring() {
        DB.clear();
        when(gmail.provider()).thenReturn(Provider.GOOGLE);
        when(people.workspaces()).thenReturn(List.of(TEAM));
        when(people.members(TEAM)).thenReturn(List.of(ana, ben, cat));
        when(connections.of(TEAM)).thenReturn(List.of(google));
        sync = new MailSync(connections, List.of(gmail), people, settings, touches, health, DB.template(), clock);
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    private static Person person(String userId, String email, boolean mailOff) {
        Person person = mock(Person.class);
        when(person.userId()).thenReturn(userId);
        when(person.email()).thenReturn(email);
        when(person.mailOff()).thenReturn(mailOff);
        when(person.zone()).thenReturn(ZoneId.of("Europe/London"));
        when(person.displayName()).thenReturn(userId);
        return person;
    }

    private static MailChanges changes(String cursor, MailMessage... messages) {
        return new MailChanges(List.of(messages), cursor);
    }

    @Test
    void theFirstReadLooksBackADayAndTheNextFollowsTheCursorFromTheLastRead() {
        MailMessage m = new MailMessage(Provider.GOOGLE, "m1", "jo@acme.com", List.of("ana@agency.example"), List.of(),
                NOW.minusSeconds(60), null);
        when(gmail.changes(eq(google), eq("ana@agency.example"), isNull(), any(), eq(false)))
                .thenReturn(changes("h100", m));
        when(touches.mailRead(eq(TEAM), any(), any(), eq(List.of(m)), eq(false))).thenReturn(1);

        assertThat(sync.run()).isEqualTo(1);
        verify(gmail).changes(google, "ana@agency.example", null, NOW.minus(Duration.ofDays(1)), false);

        clock.advance(Duration.ofMinutes(15));
        when(gmail.changes(google, "ana@agency.example", "h100", NOW, false)).thenReturn(changes("h101"));
        assertThat(sync.run()).isZero();
        verify(gmail).changes(google, "ana@agency.example", "h100", NOW, false);
        verify(health, org.mockito.Mockito.times(2)).worked(TEAM, Provider.GOOGLE, MailSync.JOB);
    }

    @Test
    void anOptedOutPersonAndOneWithoutAnEmailAreNeverRead() {
        when(gmail.changes(any(), anyString(), any(), any(), anyBoolean())).thenReturn(changes("h1"));
        sync.run();
        verify(gmail).changes(eq(google), eq("ana@agency.example"), any(), any(), anyBoolean());
        verify(gmail, never()).changes(any(), eq("ben@agency.example"), any(), any(), anyBoolean());
        verify(gmail, org.mockito.Mockito.times(1)).changes(any(), anyString(), any(), any(), anyBoolean());
    }

    @Test
    void subjectsAreAskedForOnlyWhenTheWorkspaceKeepsThem() {
        when(settings.mailSubjects(TEAM)).thenReturn(true);
        when(gmail.changes(any(), anyString(), any(), any(), anyBoolean())).thenReturn(changes("h1"));
        sync.run();
        verify(gmail).changes(eq(google), eq("ana@agency.example"), isNull(), any(), eq(true));
        verify(touches).mailRead(eq(TEAM), any(), any(), anyList(), eq(true));
    }

    @Test
    void withoutAConnectionNothingIsRead() {
        when(connections.of(TEAM)).thenReturn(List.of());
        assertThat(sync.run()).isZero();
        verify(gmail, never()).changes(any(), anyString(), any(), any(), anyBoolean());
        verifyNoInteractions(touches, health);
    }

    @Test
    void aPausedProviderIsLeftAlone() {
        when(health.paused(TEAM, Provider.GOOGLE, MailSync.JOB)).thenReturn(true);
        sync.run();
        verify(gmail, never()).changes(any(), anyString(), any(), any(), anyBoolean());
    }

    @Test
    void aRefusedPersonIsListedAndTheOthersAreStillRead() {
        Person dan = person("UDAN", "dan@agency.example", false);
        when(people.members(TEAM)).thenReturn(List.of(ana, dan));
        when(gmail.changes(any(), eq("ana@agency.example"), any(), any(), anyBoolean()))
                .thenThrow(new SyncFailure(SyncFailure.Kind.FORBIDDEN, "not delegated"));
        when(gmail.changes(any(), eq("dan@agency.example"), any(), any(), anyBoolean())).thenReturn(changes("h9"));

        sync.run();
        verify(health).unreachable(TEAM, Provider.GOOGLE, "UANA", SyncFailure.Kind.FORBIDDEN);
        verify(health).reachable(TEAM, Provider.GOOGLE, "UDAN");
        verify(health).tellUnreachable(TEAM, Provider.GOOGLE);
        assertThat(DB.template().findById(MailCursor.id(TEAM, Provider.GOOGLE, "UANA"), MailCursor.class)).isNull();
    }

    @Test
    void brokenCredentialsStopTheRunAndTheCursorStaysWhereItWas() {
        Person dan = person("UDAN", "dan@agency.example", false);
        when(people.members(TEAM)).thenReturn(List.of(ana, dan));
        SyncFailure revoked = new SyncFailure(SyncFailure.Kind.CREDENTIALS, "invalid_grant");
        when(gmail.changes(any(), eq("ana@agency.example"), any(), any(), anyBoolean())).thenThrow(revoked);
        when(health.failed(TEAM, Provider.GOOGLE, MailSync.JOB, revoked)).thenReturn(true);

        assertThat(sync.run()).isZero();
        verify(gmail, never()).changes(any(), eq("dan@agency.example"), any(), any(), anyBoolean());
        verify(health, never()).worked(any(), any(), any());
        verify(touches, never()).mailRead(any(), any(), any(), anyList(), anyBoolean());
    }

    @Test
    void oneWorkspacesTroubleDoesNotStopTheNext() {
        when(people.workspaces()).thenReturn(List.of("TBAD", TEAM));
        when(connections.of("TBAD")).thenThrow(new IllegalStateException("cannot open the sealed key"));
        when(gmail.changes(any(), anyString(), any(), any(), anyBoolean())).thenReturn(changes("h1"));
        sync.run();
        verify(gmail).changes(eq(google), eq("ana@agency.example"), any(), any(), anyBoolean());
        assertThat(Optional.ofNullable(DB.template().findById(MailCursor.id(TEAM, Provider.GOOGLE, "UANA"),
                MailCursor.class)).map(MailCursor::cursor)).contains("h1");
    }
}
