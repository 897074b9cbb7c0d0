package dev.liaison.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientService;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.Sentiment;
import dev.liaison.client.ThreadReplyPosted;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.liaison.client.TouchType;
import dev.liaison.ops.logging.LogContext;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.HolidayFixtures;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.people.WorkspaceSettings;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackUser;
import dev.liaison.store.Sequences;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Escalations as a service, against its ports (clients, people, settings, cover and the messages,
 * mocked) on an in-memory database: who holds each rung, who may act, what each step says and that a
 * step taken twice is taken once.
 */
class EscalationServiceTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(EscalationServiceTest.class);
    private static final String TEAM = "T0ESCSVC";
    private static final String CHANNEL = "C0ESCAL";
    // a Tuesday, 10:00 in London: within working hours
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoTemplate mongo = DB.template();
    private final ClientService clients = mock(ClientService.class);
    private final PeopleService people = mock(PeopleService.class);
    private final WorkspaceSettingsService settings = mock(WorkspaceSettingsService.class);
    private final CoverageLookup coverage = mock(CoverageLookup.class);
    private final Sequences sequences = mock(Sequences.class);
    private final EscalationMessages messages = mock(EscalationMessages.class);
    private MutableClock clock;
    private EscalationService service;
    private Client client;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @SuppressWarnings("unchecked")
    @BeforeEach
    void service() {
        DB.clear();
        clock = new MutableClock(T0);
        ObjectProvider<CoverageLookup> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable(any())).thenReturn(coverage);
        when(coverage.coverOf(anyString(), anyString(), any())).thenReturn(Optional.empty());
        AtomicLong numbers = new AtomicLong();
        when(sequences.next(TEAM, "escalation")).thenAnswer(call -> numbers.incrementAndGet());
        when(settings.escalationChannel(TEAM)).thenReturn(Optional.of(CHANNEL));
        when(settings.of(TEAM)).thenReturn(new WorkspaceSettings(TEAM, CHANNEL, "09:00", "18:00",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                "Europe/London", null, null, List.of()));
        when(people.zoneOf(anyString(), anyString())).thenReturn(LONDON);
        when(people.serves(TEAM)).thenReturn(true);
        client = ClientFixtures.ofTeam(TEAM, "c1", "Acme <Corp>", "U0OWNER", T0.minusSeconds(86_400), null, null, 0, T0);
        when(clients.get(TEAM, "c1")).thenReturn(client);
        when(clients.find(TEAM, "c1")).thenReturn(Optional.of(client));
        team(person("U0OWNER", "U0LEAD", false), person("U0LEAD", null, false), person("U0HEAD", null, true),
                person("U0OTHER", null, false));
        service = new EscalationService(mongo, clients, people, settings, provider, sequences, messages,
                HolidayFixtures.calendar(mongo, people, clock), clock);
    }

    private void team(Person... members) {
        when(people.members(TEAM)).thenReturn(List.of(members));
        for (Person p : members) {
            when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p));
            when(people.isAdmin(TEAM, p.userId())).thenReturn(p.admin());
        }
    }

    private static Person person(String id, String leadId, boolean head) {
        Person person = PersonSeed.person(TEAM, new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London",
                false, false, false, false, false), T0, leadId);
        ReflectionTestUtils.setField(person, "admin", head);
        return person;
    }

    private Escalation stored(String id) {
        return mongo.findById(id, Escalation.class);
    }

    private String said(String key) {
        ArgumentCaptor<Mrkdwn> text = ArgumentCaptor.forClass(Mrkdwn.class);
        verify(messages).threadReply(any(), eq(key), text.capture());
        return text.getValue().markup();
    }

    @Test
    void withoutAnEscalationChannelNothingIsOpenedAndTheAnswerSaysHowToSetOne() {
        when(settings.escalationChannel(TEAM)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.open(TEAM, "U0OWNER", "c1", Severity.P2, "Site down"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/liaison config escalation-channel");
        assertThat(mongo.findAll(Escalation.class)).isEmpty();
    }

    @Test
    void anEscalationOpensWithTheOwnerOnTheFirstRungAndItsDeadlines() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");

        assertThat(opened.id()).isEqualTo(TEAM + ":E-1");
        assertThat(opened.number()).isEqualTo("E-1");
        assertThat(opened.state()).isEqualTo(Escalation.State.OPEN);
        assertThat(opened.rung()).isZero();
        assertThat(opened.rungUsers()).containsExactly("U0OWNER");
        assertThat(opened.channel()).isEqualTo(CHANNEL);
        assertThat(opened.clientName()).isEqualTo("Acme <Corp>");
        assertThat(opened.openedAt()).isEqualTo(T0);
        // p2: two working hours to acknowledge, two working days to resolve (Tuesday 10:00 → Thursday 10:00)
        assertThat(opened.acknowledgeBy()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(opened.nextDeadline()).isEqualTo(opened.acknowledgeBy());
        assertThat(opened.resolveBy()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(stored(opened.id())).isEqualTo(opened);
        verify(clients).escalationOpened(TEAM, "c1", new Client.OpenEscalation(opened.id(), "p2", "Site down", T0, null));
        verify(messages, never()).notifyP1Opened(any(), anyList());
        assertThat(service.open(TEAM, "U0OTHER", "c1", Severity.P3, "Slow").number()).isEqualTo("E-2");
    }

    @Test
    void theFirstRungIsTheCovererWhileTheOwnerIsOut() {
        when(coverage.coverOf(TEAM, "c1", LocalDate.of(2026, 11, 24)))
                .thenReturn(Optional.of(new CoverageLookup.Cover("U0OTHER", "U0OWNER", LocalDate.of(2026, 11, 30))));

        assertThat(service.open(TEAM, "U0HEAD", "c1", Severity.P3, "Invoices").rungUsers()).containsExactly("U0OTHER");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheOutOfOfficeFeatureTheFirstRungIsTheOwner() {
        ObjectProvider<CoverageLookup> none = mock(ObjectProvider.class);
        when(none.getIfAvailable(any())).thenAnswer(call ->
                ((Supplier<CoverageLookup>) call.getArgument(0)).get());
        EscalationService withoutCover = new EscalationService(mongo, clients, people, settings, none, sequences,
                messages, HolidayFixtures.calendar(mongo, people, clock), clock);

        assertThat(withoutCover.open(TEAM, "U0HEAD", "c1", Severity.P3, "Invoices").rungUsers())
                .containsExactly("U0OWNER");
    }

    @Test
    void aP1TellsTheLeadAndTheHeadsAtOnceButNotTheRungOrWhoeverRaisedIt() {
        Escalation p1 = service.open(TEAM, "U0HEAD", "c1", Severity.P1, "Data leak");

        assertThat(p1.acknowledgeBy()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(p1.resolveBy()).isEqualTo(T0.plus(Duration.ofHours(4)));
        verify(messages).notifyP1Opened(p1, List.of("U0LEAD"));
    }

    @Test
    void aP1WithNobodyElseToTellTellsNobody() {
        team(person("U0OWNER", null, true));

        service.open(TEAM, "U0OWNER", "c1", Severity.P1, "Data leak");

        verify(messages, never()).notifyP1Opened(any(), anyList());
    }

    @Test
    void theParentIsQueuedOnceAndItsTsRecordedWithTheCardLinkAndTheRungsDm() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        when(messages.postedParent(any())).thenReturn(Optional.empty());

        service.announce(TEAM, opened.id());
        verify(messages).queueParent(opened);
        assertThat(stored(opened.id()).parentTs()).as("not delivered yet").isNull();
        verify(messages, never()).notify(any(), anyList(), anyString(), any());

        when(messages.postedParent(any())).thenReturn(Optional.of("1700000000.000100"));
        when(messages.permalink(any(), eq("1700000000.000100"))).thenReturn("https://slack.example/p1");
        service.announce(TEAM, opened.id());
        service.announce(TEAM, opened.id());

        Escalation recorded = stored(opened.id());
        assertThat(recorded.parentTs()).isEqualTo("1700000000.000100");
        assertThat(recorded.permalink()).isEqualTo("https://slack.example/p1");
        verify(messages, times(2)).queueParent(any());
        verify(clients).escalationOpened(TEAM, "c1", new Client.OpenEscalation(opened.id(), "p2", "Site down", T0,
                "https://slack.example/p1"));
        ArgumentCaptor<Mrkdwn> dm = ArgumentCaptor.forClass(Mrkdwn.class);
        verify(messages).notify(any(), eq(List.of("U0OWNER")), eq("open"), dm.capture());
        assertThat(dm.getValue().markup()).contains("p2", "E-1", "Acme &lt;Corp&gt;").doesNotContain("<Corp>");
        verify(messages, never()).updateParent(any());
    }

    @Test
    void aParentRecordedAfterTheEscalationWasActedOnShowsWhereItIsNow() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        service.acknowledge(TEAM, opened.id(), "U0OWNER");
        when(messages.postedParent(any())).thenReturn(Optional.of("1700000000.000100"));

        service.announce(TEAM, opened.id());

        ArgumentCaptor<Escalation> updated = ArgumentCaptor.forClass(Escalation.class);
        verify(messages, times(2)).updateParent(updated.capture());
        assertThat(updated.getValue().parentTs()).isEqualTo("1700000000.000100");
        assertThat(updated.getValue().state()).isEqualTo(Escalation.State.ACKNOWLEDGED);
    }

    @Test
    void anEscalationOfAnotherWorkspaceIsNotFound() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");

        assertThatThrownBy(() -> service.get("T0OTHERTEAM", opened.id())).isInstanceOf(InvalidInputException.class)
                .hasMessage("That escalation no longer exists.");
        assertThatThrownBy(() -> service.get(TEAM, TEAM + ":E-404")).isInstanceOf(InvalidInputException.class);
        assertThat(service.get(TEAM, opened.id())).isEqualTo(opened);
    }

    @Test
    void onlyTheRungTheOwnerTheirLeadOrAHeadMayAct() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");

        assertThatThrownBy(() -> service.acknowledge(TEAM, opened.id(), "U0OTHER"))
                .isInstanceOf(EscalationService.NotAllowed.class).hasMessageContaining("E-1");
        assertThatThrownBy(() -> service.getToActOn(TEAM, opened.id(), "U0OTHER"))
                .isInstanceOf(EscalationService.NotAllowed.class);
        assertThatThrownBy(() -> service.resolve(TEAM, opened.id(), "U0OTHER", "done"))
                .isInstanceOf(EscalationService.NotAllowed.class);
        assertThatThrownBy(() -> service.escalateNow(TEAM, opened.id(), "U0OTHER"))
                .isInstanceOf(EscalationService.NotAllowed.class);
        assertThat(stored(opened.id()).state()).isEqualTo(Escalation.State.OPEN);
        verify(messages, never()).threadReply(any(), anyString(), any());

        assertThat(service.getToActOn(TEAM, opened.id(), "U0OWNER")).isEqualTo(opened);
        assertThat(service.getToActOn(TEAM, opened.id(), "U0LEAD")).isEqualTo(opened);
        assertThat(service.getToActOn(TEAM, opened.id(), "U0HEAD")).isEqualTo(opened);
    }

    @Test
    void theCovererOnTheRungMayActThoughNeitherOwnerLeadNorHead() {
        when(coverage.coverOf(any(), any(), any()))
                .thenReturn(Optional.of(new CoverageLookup.Cover("U0OTHER", "U0OWNER", LocalDate.of(2026, 11, 30))));
        Escalation opened = service.open(TEAM, "U0HEAD", "c1", Severity.P2, "Site down");

        assertThat(service.acknowledge(TEAM, opened.id(), "U0OTHER").acknowledgedBy()).isEqualTo("U0OTHER");
    }

    @Test
    void whenTheClientIsGoneOnlyTheRungAndTheHeadsMayAct() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        when(clients.find(TEAM, "c1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.getToActOn(TEAM, opened.id(), "U0LEAD"))
                .isInstanceOf(EscalationService.NotAllowed.class);
        assertThat(service.getToActOn(TEAM, opened.id(), "U0OWNER")).isEqualTo(opened);
    }

    @Test
    void anAcknowledgementCountsOnceAndTheResolveDeadlineIsNext() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        clock.advance(Duration.ofMinutes(10));

        Escalation acked = service.acknowledge(TEAM, opened.id(), "U0OWNER");
        Escalation again = service.acknowledge(TEAM, opened.id(), "U0LEAD");

        assertThat(acked.state()).isEqualTo(Escalation.State.ACKNOWLEDGED);
        assertThat(acked.acknowledgedBy()).isEqualTo("U0OWNER");
        assertThat(acked.acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(acked.nextDeadline()).isEqualTo(opened.resolveBy());
        assertThat(again).isEqualTo(acked);
        verify(messages).updateParent(acked);
        assertThat(said("ack")).contains("Acknowledged by <@U0OWNER>");
    }

    @Test
    void aResolutionClosesTheEscalationOnTheCardLogsItAndCountsOnce() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        clock.advance(Duration.ofHours(1));

        Escalation resolved = service.resolve(TEAM, opened.id(), "U0LEAD", "Restarted <the> server");
        Escalation again = service.resolve(TEAM, opened.id(), "U0OWNER", "Again");

        assertThat(resolved.state()).isEqualTo(Escalation.State.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("U0LEAD");
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(resolved.resolution()).isEqualTo("Restarted <the> server");
        assertThat(resolved.nextDeadline()).isNull();
        assertThat(resolved.open()).isFalse();
        assertThat(again).isEqualTo(resolved);
        verify(messages).updateParent(resolved);
        assertThat(said("resolved")).contains("Resolved by <@U0LEAD>", "Restarted &lt;the&gt; server");
        verify(clients, times(1)).escalationClosed(TEAM, "c1", opened.id());
        verify(clients, times(1)).logTouch(TEAM, "c1", "U0LEAD", TouchType.NOTE, Sentiment.NEUTRAL, 0,
                "Escalation E-1 resolved: Restarted <the> server", null, "escalation");
    }

    @Test
    void aReopenedEscalationStartsAgainFromTheOwnerWithFreshDeadlines() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        clock.advance(Duration.ofMinutes(20));
        service.climbDue();
        service.acknowledge(TEAM, opened.id(), "U0LEAD");
        service.resolve(TEAM, opened.id(), "U0LEAD", "fixed");
        clock.advance(Duration.ofHours(1));
        Instant reopenedAt = clock.instant();

        assertThat(service.reopen(TEAM, opened.id(), "U0OWNER").state()).isEqualTo(Escalation.State.OPEN);
        Escalation reopened = stored(opened.id());
        Escalation again = service.reopen(TEAM, opened.id(), "U0OWNER");

        assertThat(reopened.rung()).isZero();
        assertThat(reopened.rungUsers()).containsExactly("U0OWNER");
        assertThat(reopened.acknowledgeBy()).isEqualTo(reopenedAt.plus(Duration.ofMinutes(15)));
        assertThat(reopened.resolveBy()).isEqualTo(reopenedAt.plus(Duration.ofHours(4)));
        assertThat(reopened.nextDeadline()).isEqualTo(reopened.acknowledgeBy());
        assertThat(reopened.acknowledgedBy()).isNull();
        assertThat(reopened.acknowledgedAt()).isNull();
        assertThat(reopened.resolvedBy()).isNull();
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(again).isEqualTo(reopened);
        assertThat(said("reopened:" + reopenedAt)).contains("Reopened by <@U0OWNER>");
        verify(clients).escalationOpened(TEAM, "c1", new Client.OpenEscalation(opened.id(), "p1", "Site down",
                reopenedAt, null));
    }

    @Test
    void aPastDeadlineClimbsOneRungOnceAndTellsTheLead() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(service.climbDue()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.climbDue()).isEqualTo(1);
        assertThat(service.climbDue()).as("the next deadline is ahead").isZero();

        Escalation climbed = stored(opened.id());
        assertThat(climbed.rung()).isEqualTo(1);
        assertThat(climbed.rungUsers()).containsExactly("U0LEAD");
        assertThat(climbed.nextDeadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        verify(messages).updateParent(climbed);
        assertThat(said("climb:0:" + opened.acknowledgeBy())).contains("Not acknowledged in time", "team lead",
                "<@U0LEAD>");
        ArgumentCaptor<Mrkdwn> dm = ArgumentCaptor.forClass(Mrkdwn.class);
        verify(messages).notify(any(), eq(List.of("U0LEAD")), eq("climb:0:" + opened.acknowledgeBy()), dm.capture());
        assertThat(dm.getValue().markup()).contains("E-1", "Acme &lt;Corp&gt;", "p1", "not acknowledged in time");
    }

    @Test
    void anAcknowledgedEscalationClimbsWhenItIsNotResolvedInTime() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        service.acknowledge(TEAM, opened.id(), "U0OWNER");
        clock.advance(Duration.ofHours(4));

        assertThat(service.climbDue()).isEqualTo(1);

        assertThat(said("climb:0:" + opened.resolveBy())).contains("Not resolved in time");
        // acknowledged: the next deadline is the resolve window again, not the acknowledge one
        assertThat(stored(opened.id()).nextDeadline()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
    }

    @Test
    void anEmptyRungIsSkippedAndSaidSo() {
        team(person("U0OWNER", null, false), person("U0HEAD", null, true));
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");

        Escalation climbed = service.escalateNow(TEAM, opened.id(), "U0OWNER");

        assertThat(climbed.rung()).isEqualTo(2);
        assertThat(climbed.rungUsers()).containsExactly("U0HEAD");
        assertThat(said("climb:0:" + opened.acknowledgeBy())).contains("Escalated now by <@U0OWNER>",
                "heads of accounts", "Nobody is set as team lead, so that rung is skipped.");
    }

    @Test
    void atTheTopThereIsNoOneHigherAndTheClockStops() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        service.escalateNow(TEAM, opened.id(), "U0OWNER");
        Escalation second = service.escalateNow(TEAM, opened.id(), "U0OWNER");
        assertThat(second.rung()).isEqualTo(2);
        assertThat(second.rungUsers()).containsExactly("U0HEAD");

        Escalation top = service.escalateNow(TEAM, opened.id(), "U0OWNER");

        assertThat(top.rung()).isEqualTo(2);
        assertThat(top.nextDeadline()).isNull();
        assertThat(said("climb:2:" + second.nextDeadline())).contains("no one higher to escalate to");
        clock.advance(Duration.ofDays(30));
        assertThat(service.climbDue()).isZero();
    }

    @Test
    void anUninstalledWorkspacesLadderStopsWhereItIs() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        when(people.serves(TEAM)).thenReturn(false);
        clock.advance(Duration.ofHours(1));

        assertThat(service.climbDue()).isZero();

        assertThat(stored(opened.id()).rung()).isZero();
        verify(messages, never()).queueParent(any());
    }

    @Test
    void theTimersPostAParentNotYetPostedAndOneFailureStopsNeitherTheOthersNorTheClimb() {
        Escalation first = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        Escalation second = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Also down");
        doThrow(new IllegalStateException("queue down")).when(messages).queueParent(first);
        when(messages.postedParent(any())).thenReturn(Optional.of("1700000000.000200"));
        clock.advance(Duration.ofMinutes(15));

        assertThat(service.climbDue()).isEqualTo(2);

        assertThat(stored(first.id()).parentTs()).isNull();
        assertThat(stored(second.id()).parentTs()).isEqualTo("1700000000.000200");
        assertThat(stored(first.id()).rung()).isEqualTo(1);
    }

    @Test
    void aClimbThatFailsDoesNotStopTheNext() {
        Escalation gone = service.open(TEAM, "U0OTHER", "c1", Severity.P1, "Site down");
        Client other = ClientFixtures.ofTeam(TEAM, "c2", "Globex", "U0OWNER", T0, null, null, 0, T0);
        when(clients.get(TEAM, "c2")).thenReturn(other);
        Escalation fine = service.open(TEAM, "U0OTHER", "c2", Severity.P1, "Slow");
        when(clients.get(TEAM, "c1")).thenThrow(new InvalidInputException("That client no longer exists."));
        clock.advance(Duration.ofMinutes(15));

        Logger logger = (Logger) LoggerFactory.getLogger(EscalationService.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            assertThat(service.climbDue()).isEqualTo(1);
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(stored(gone.id()).rung()).isZero();
        assertThat(stored(fine.id()).rung()).isEqualTo(1);
        // the job's line about one escalation names its workspace (structured logs print it as a field)
        assertThat(lines.list).filteredOn(e -> e.getFormattedMessage().startsWith("Could not climb")).singleElement()
                .satisfies(e -> assertThat(e.getMDCPropertyMap()).containsEntry(LogContext.WORKSPACE, TEAM));
    }

    @Test
    void repliesInTheThreadBecomeItsTimeline() {
        Escalation opened = service.open(TEAM, "U0OTHER", "c1", Severity.P2, "Site down");
        when(messages.postedParent(any())).thenReturn(Optional.of("1700000000.000100"));
        service.announce(TEAM, opened.id());
        ThreadTimeline timeline = new ThreadTimeline(service);

        timeline.on(new ThreadReplyPosted(TEAM, CHANNEL, "1700000000.000100", "U0OWNER", "On it",
                T0.plusSeconds(60)));
        clock.advance(Duration.ofMinutes(2));
        timeline.on(new ThreadReplyPosted(TEAM, CHANNEL, "1700000000.000100", "U0LEAD", "x".repeat(5000), null));
        timeline.on(new ThreadReplyPosted(TEAM, CHANNEL, "1700000000.000100", "U0HEAD", null, T0));
        timeline.on(new ThreadReplyPosted("T0ELSE", CHANNEL, "1700000000.000100", "U0OWNER", "elsewhere", T0));
        timeline.on(new ThreadReplyPosted(TEAM, CHANNEL, "1700000000.999999", "U0OWNER", "another thread", T0));

        assertThat(stored(opened.id()).timeline()).containsExactly(
                new Escalation.TimelineEntry(T0.plusSeconds(60), "U0OWNER", "On it"),
                new Escalation.TimelineEntry(T0.plus(Duration.ofMinutes(2)), "U0LEAD", "x".repeat(4000)),
                new Escalation.TimelineEntry(T0, "U0HEAD", ""));
    }
}
