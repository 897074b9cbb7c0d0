package dev.liaison.ooo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.client.HomesChanged;
import dev.liaison.client.Interaction;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.HolidayFixtures;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackUser;
import dev.liaison.store.Sequences;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Out-of-office from declaration to hand-back, OooService against its ports (people, clients, tasks
 * and messages mocked) with the real AbsenceService on an in-memory database: who is prompted and
 * when, what a plan holds, what applying and handing back do, and each step done once.
 */
class OooServiceTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(OooServiceTest.class);
    private static final String TEAM = "T0OOOSVC";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // Tuesday 24 November 2026, 10:00 in London
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final MongoTemplate mongo = DB.template();
    private final PeopleService people = mock(PeopleService.class);
    private final ClientService clients = mock(ClientService.class);
    private final TaskService tasks = mock(TaskService.class);
    private final OooMessages messages = mock(OooMessages.class);
    private final Sequences sequences = mock(Sequences.class);
    private final Map<String, Task> taskBook = new HashMap<>();
    private MutableClock clock;
    private AbsenceService absences;
    private OooService ooo;
    private List<HomesChanged> homes;
    private Client acme;
    private Client globex;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void service() {
        DB.clear();
        clock = new MutableClock(T0);
        homes = new ArrayList<>();
        absences = new AbsenceService(mongo, clock);
        ooo = new OooService(absences, people, clients, tasks, mongo, messages, clock, sequences,
                event -> homes.add((HomesChanged) event), HolidayFixtures.calendar(mongo, people, clock));
        when(people.zoneOf(anyString(), anyString())).thenReturn(LONDON);
        when(people.serves(TEAM)).thenReturn(true);
        // Dev is out; Ana and Ben are on Leo's team; Hana is a head of accounts
        team(person("U0DEV", "U0LEO", false), person("U0ANA", "U0LEO", false), person("U0BEN", "U0LEO", false),
                person("U0LEO", null, false), person("U0HANA", null, true));
        when(people.teammatesOf(TEAM, "U0DEV")).thenReturn(List.of(find("U0ANA"), find("U0BEN")));
        acme = client("c1", "Acme", "U0ANA");
        globex = client("c2", "Globex", null);
        portfolio("U0DEV", acme, globex);
        portfolio("U0ANA");
        portfolio("U0BEN", client("c9", "Initech", null), client("c8", "Hooli", null));
        when(clients.health(any(Client.class), any(ZoneId.class))).thenReturn(new Health(72, HealthBand.of(72), List.of()));
        task("T-1", "c2", "Send the report", "U0DEV");
        when(tasks.openAssignedTo(anyString(), anyString())).thenAnswer(call -> taskBook.values().stream()
                .filter(t -> t.assigneeId().equals(call.getArgument(1)) && t.status() == Task.TaskStatus.OPEN).toList());
        when(tasks.find(eq(TEAM), anyString())).thenAnswer(call -> Optional.ofNullable(taskBook.get(call.getArgument(1))));
        when(tasks.reassign(eq(TEAM), anyString(), anyString())).thenAnswer(call -> {
            Task t = taskBook.get(call.getArgument(1));
            if (t == null || t.status() != Task.TaskStatus.OPEN) {
                return false;
            }
            task(t.number(), t.clientId(), t.title(), call.getArgument(2));
            return true;
        });
    }

    private final Map<String, Person> known = new HashMap<>();

    private Person find(String id) {
        return known.get(id);
    }

    private void team(Person... members) {
        when(people.members(TEAM)).thenReturn(Arrays.asList(members));
        for (Person p : members) {
            known.put(p.userId(), p);
            when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p));
            when(people.lookup(TEAM, p.userId())).thenReturn(Optional.of(p));
            when(people.isAdmin(TEAM, p.userId())).thenReturn(p.admin());
        }
    }

    private static Person person(String id, String leadId, boolean head) {
        return person(new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London", false, false, false, false,
                false), leadId, head);
    }

    private static Person person(SlackUser user, String leadId, boolean head) {
        Person person = PersonSeed.person(TEAM, user, T0, leadId);
        ReflectionTestUtils.setField(person, "admin", head);
        return person;
    }

    private Client client(String id, String name, String backupId) {
        Client client = ClientFixtures.ofTeam(TEAM, id, name, "U0DEV", T0.minus(Duration.ofDays(400)), null, null, 0, T0);
        ReflectionTestUtils.setField(client, "backupId", backupId);
        when(clients.find(TEAM, id)).thenReturn(Optional.of(client));
        return client;
    }

    private void portfolio(String userId, Client... owned) {
        when(clients.portfolio(TEAM, ClientCommand.Scope.MINE, userId)).thenReturn(List.of(owned));
    }

    private void task(String number, String clientId, String title, String assignee) {
        taskBook.put(number, new Task(TEAM + ":" + number, TEAM, number, clientId, title, assignee, null,
                Task.TaskStatus.OPEN, "U0LEO", T0.minus(Duration.ofDays(3)), null, null));
    }

    private PlanRecord plan(Absence absence) {
        return mongo.findById(absence.id(), PlanRecord.class);
    }

    private PlanRecord.Item item(PlanRecord plan, String itemId) {
        return plan.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    private List<Coverage> covers() {
        return mongo.findAll(Coverage.class);
    }

    @Test
    void anAbsenceFromTomorrowPromptsTheLeadAtOnceWithAPlanOfEveryClientAndTask() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");

        assertThat(absence.prompted()).isTrue();
        PlanRecord plan = plan(absence);
        verify(messages).prompt(plan, "U0LEO");
        assertThat(plan.teamId()).isEqualTo(TEAM);
        assertThat(plan.absentId()).isEqualTo("U0DEV");
        assertThat(plan.leadId()).isEqualTo("U0LEO");
        assertThat(plan.from()).isEqualTo("2026-11-25");
        assertThat(plan.to()).isEqualTo("2026-11-29");
        assertThat(plan.state()).isEqualTo(PlanRecord.State.PENDING);
        assertThat(plan.createdAt()).isEqualTo(T0);
        assertThat(plan.open()).isTrue();
        // as the planner suggests, with the client's health on its line
        Plan expected = ReallocationPlanner.plan(ooo.input(absence));
        assertThat(plan.items()).extracting(PlanRecord.Item::itemId)
                .containsExactlyElementsOf(expected.assignments().stream().map(Plan.Assignment::itemId).toList());
        assertThat(item(plan, "c1").chosenId()).isEqualTo("U0ANA");
        assertThat(item(plan, "c1").suggestedId()).isEqualTo("U0ANA");
        assertThat(item(plan, "c1").reason()).isEqualTo(Plan.Reason.BACKUP);
        assertThat(item(plan, "c1").health()).isEqualTo(72);
        assertThat(item(plan, "T-1").health()).isNull();
        assertThat(item(plan, "T-1").kind()).isEqualTo(Plan.Kind.TASK);
        assertThat(plan.items()).noneMatch(PlanRecord.Item::applied);
    }

    @Test
    void anAbsenceMoreThanADayAheadIsPromptedByTheWatcherTheDayBefore() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(2), TODAY.plusDays(3), "U0DEV");
        assertThat(absence.prompted()).isFalse();
        assertThat(ooo.watch()).isZero();
        verify(messages, never()).prompt(any(), anyString());

        clock.advance(Duration.ofDays(1));
        assertThat(ooo.watch()).isEqualTo(1);
        assertThat(ooo.watch()).as("prompted once").isZero();

        verify(messages, times(1)).prompt(any(), eq("U0LEO"));
        assertThat(absences.get(absence.id()).prompted()).isTrue();
    }

    @Test
    void withoutALeadTheHeadsDecideAndWithNeitherThePersonThemself() {
        team(person("U0DEV", null, false), person("U0HANA", null, true), person("U0KAI", null, true));
        when(people.teammatesOf(TEAM, "U0DEV")).thenReturn(List.of());
        ooo.declare(TEAM, "U0DEV", TODAY, TODAY, "U0DEV");
        verify(messages).prompt(any(), eq("U0HANA"));
        verify(messages).prompt(any(), eq("U0KAI"));

        team(person("U0SOLO", null, false));
        when(people.teammatesOf(TEAM, "U0SOLO")).thenReturn(List.of());
        portfolio("U0SOLO");
        ooo.declare(TEAM, "U0SOLO", TODAY, TODAY, "U0SOLO");
        verify(messages).prompt(any(), eq("U0SOLO"));
    }

    @Test
    void anAwayStatusIsAnAbsenceUntilItExpiresPromptedOnlyOnceItHasSettled() {
        ooo.statusAway(TEAM, "U0DEV", Instant.parse("2026-11-27T17:00:00Z"));
        Absence absence = absences.current(TEAM, "U0DEV", TODAY).orElseThrow();
        assertThat(absence.source()).isEqualTo("status");
        assertThat(absence.declaredBy()).isEqualTo("U0DEV");
        assertThat(absence.fromDate()).isEqualTo(TODAY);
        assertThat(absence.toDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        ooo.statusAway(TEAM, "U0DEV", Instant.parse("2026-12-27T17:00:00Z"));
        assertThat(absences.of(TEAM, "U0DEV")).as("already out: nothing more").containsExactly(absence);

        clock.advance(OooService.STATUS_SETTLE.minusSeconds(1));
        assertThat(ooo.watch()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ooo.watch()).isEqualTo(1);
        verify(messages).prompt(any(), eq("U0LEO"));
    }

    @Test
    void anAwayStatusWithoutAnExpiryIsAFortnightAndOneExpiredAlreadyIsToday() {
        ooo.statusAway(TEAM, "U0DEV", null);
        assertThat(absences.current(TEAM, "U0DEV", TODAY).orElseThrow().toDate()).isEqualTo(TODAY.plusDays(14));

        ooo.statusAway(TEAM, "U0ANA", T0.minus(Duration.ofDays(2)));
        assertThat(absences.current(TEAM, "U0ANA", TODAY).orElseThrow().toDate()).isEqualTo(TODAY);
    }

    @Test
    void clearingTheStatusEndsAStatusAbsenceButNotADeclaredOne() {
        ooo.statusAway(TEAM, "U0DEV", null);
        ooo.declare(TEAM, "U0ANA", TODAY, TODAY.plusDays(3), "U0ANA");

        ooo.statusBack(TEAM, "U0DEV");
        ooo.statusBack(TEAM, "U0ANA");

        assertThat(absences.current(TEAM, "U0DEV", TODAY)).isEmpty();
        assertThat(absences.of(TEAM, "U0DEV").get(0).endedEarlyAt()).isEqualTo(T0);
        assertThat(absences.current(TEAM, "U0ANA", TODAY)).isPresent();
    }

    @Test
    void applyingAllCoversEachItemOnceTellsEachCovererOnceAndTheAbsentPerson() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        PlanRecord plan = plan(absence);
        ooo.choose(TEAM, plan.id(), "c2", "U0BEN", "U0LEO");
        ooo.choose(TEAM, plan.id(), "T-1", "U0BEN", "U0LEO");
        clock.advance(Duration.ofMinutes(5));

        OooService.Applied applied = ooo.applyAll(TEAM, plan.id(), "U0LEO");
        OooService.Applied again = ooo.applyAll(TEAM, plan.id(), "U0HANA");

        assertThat(applied.already()).isFalse();
        assertThat(again.already()).isTrue();
        assertThat(applied.plan().state()).isEqualTo(PlanRecord.State.APPLIED);
        assertThat(applied.plan().decidedBy()).isEqualTo("U0LEO");
        assertThat(applied.plan().decidedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(applied.plan().applyingBy()).isNull();
        assertThat(covers()).extracting(Coverage::id).containsExactlyInAnyOrder(
                Coverage.id(absence.id(), Plan.Kind.CLIENT, "c1"), Coverage.id(absence.id(), Plan.Kind.CLIENT, "c2"),
                Coverage.id(absence.id(), Plan.Kind.TASK, "T-1"));
        Coverage acmeCover = mongo.findById(Coverage.id(absence.id(), Plan.Kind.CLIENT, "c1"), Coverage.class);
        assertThat(acmeCover.coverId()).isEqualTo("U0ANA");
        assertThat(acmeCover.absentId()).isEqualTo("U0DEV");
        assertThat(acmeCover.teamId()).isEqualTo(TEAM);
        assertThat(acmeCover.activeOn(TODAY.plusDays(1))).isTrue();
        assertThat(acmeCover.activeOn(TODAY)).isFalse();
        assertThat(acmeCover.activeOn(TODAY.plusDays(6))).isFalse();
        assertThat(taskBook.get("T-1").assigneeId()).isEqualTo("U0BEN");
        verify(messages, times(1)).coverNotice(any(), eq("U0ANA"), anyList());
        ArgumentCaptor<List<PlanRecord.Item>> bens = ArgumentCaptor.captor();
        verify(messages, times(1)).coverNotice(any(), eq("U0BEN"), bens.capture());
        assertThat(bens.getValue()).extracting(PlanRecord.Item::itemId).containsExactlyInAnyOrder("c2", "T-1");
        verify(messages, times(1)).absentSummary(any());
        verify(sequences, atLeastOnce()).next(TEAM, Coverage.VERSION);
        assertThat(homes).hasSize(1);
        assertThat(homes.get(0).teamId()).isEqualTo(TEAM);
        assertThat(homes.get(0).userIds()).contains("U0DEV", "U0LEO", "U0ANA", "U0BEN");
    }

    @Test
    void anItemLeftWithNobodyIsNotCovered() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        ooo.choose(TEAM, absence.id(), "c1", null, "U0LEO");

        ooo.applyAll(TEAM, absence.id(), "U0LEO");

        assertThat(item(plan(absence), "c1").chosenId()).isNull();
        assertThat(covers()).extracting(Coverage::itemId).doesNotContain("c1").contains("c2", "T-1");
        ArgumentCaptor<List<PlanRecord.Item>> told = ArgumentCaptor.captor();
        verify(messages, atLeastOnce()).coverNotice(any(), anyString(), told.capture());
        assertThat(told.getAllValues()).flatExtracting(l -> l).extracting(PlanRecord.Item::itemId)
                .doesNotContain("c1");
    }

    @Test
    void onlyTheLeadOrAHeadDecides() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");

        assertThatThrownBy(() -> ooo.applyAll(TEAM, absence.id(), "U0ANA")).isInstanceOf(OooService.NotAllowed.class)
                .hasMessageContaining("<@U0LEO>").hasMessageContaining("<@U0DEV>");
        assertThatThrownBy(() -> ooo.choose(TEAM, absence.id(), "c1", "U0BEN", "U0DEV"))
                .isInstanceOf(OooService.NotAllowed.class);
        assertThatThrownBy(() -> ooo.defer(TEAM, absence.id(), "U0BEN")).isInstanceOf(OooService.NotAllowed.class);
        assertThatThrownBy(() -> ooo.applyItem(TEAM, absence.id(), "c1", "U0BEN"))
                .isInstanceOf(OooService.NotAllowed.class);
        assertThatThrownBy(() -> ooo.keep(TEAM, absence.id(), "U0BEN")).isInstanceOf(OooService.NotAllowed.class);
        assertThat(covers()).isEmpty();

        assertThat(ooo.defer(TEAM, absence.id(), "U0HANA").state()).isEqualTo(PlanRecord.State.DEFERRED);
    }

    @Test
    void aPlanOfAnotherWorkspaceIsNotFound() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");

        assertThatThrownBy(() -> ooo.getPlan("T0ELSE", absence.id())).isInstanceOf(InvalidInputException.class)
                .hasMessage("That plan no longer exists.");
        assertThatThrownBy(() -> ooo.getPlan(TEAM, "nope")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nobodyButAFullMemberOtherThanTheAbsentPersonCanBeChosen() {
        team(find("U0DEV"), find("U0LEO"), find("U0ANA"),
                person(new SlackUser("U0GUEST", TEAM, null, "g", "G", "UTC", false, true, false, false, false), null, false),
                person(new SlackUser("U0BOT", TEAM, null, "b", "B", "UTC", false, false, false, true, false), null, false),
                person(new SlackUser("U0GONE", TEAM, null, "d", "D", "UTC", false, false, false, false, true), null, false),
                person(new SlackUser("U0EXT", "T0OTHERORG", null, "e", "E", "UTC", false, false, false, false, false),
                        null, false),
                person(new SlackUser("U0STR", TEAM, null, "s", "S", "UTC", false, false, true, false, false), null, false));
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");

        assertThatThrownBy(() -> ooo.choose(TEAM, absence.id(), "c1", "U0DEV", "U0LEO"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the one who is out");
        assertThatThrownBy(() -> ooo.choose(TEAM, absence.id(), "c1", "U0NOBODY", "U0LEO"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("can't find");
        for (String refused : List.of("U0GUEST", "U0BOT", "U0GONE", "U0EXT", "U0STR")) {
            assertThatThrownBy(() -> ooo.choose(TEAM, absence.id(), "c1", refused, "U0LEO")).as(refused)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("can't cover clients");
        }
        assertThat(item(plan(absence), "c1").chosenId()).isEqualTo("U0ANA");

        PlanRecord changed = ooo.choose(TEAM, absence.id(), "c1", "U0LEO", "U0LEO");
        assertThat(item(changed, "c1").chosenId()).isEqualTo("U0LEO");
        assertThat(item(changed, "c1").suggestedId()).isEqualTo("U0ANA");
    }

    @Test
    void oneItemAppliedAtATimeAndThePlanIsAppliedWithTheLast() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        PlanRecord plan = plan(absence);
        ooo.choose(TEAM, plan.id(), "c2", "U0BEN", "U0LEO");
        ooo.choose(TEAM, plan.id(), "T-1", "U0BEN", "U0LEO");

        PlanRecord one = ooo.applyItem(TEAM, plan.id(), "c1", "U0LEO");
        ooo.applyItem(TEAM, plan.id(), "c1", "U0LEO");
        assertThat(item(one, "c1").applied()).isTrue();
        assertThat(item(one, "c2").applied()).isFalse();
        assertThat(one.state()).isEqualTo(PlanRecord.State.PENDING);
        verify(messages, times(1)).coverItemNotice(any(), eq(item(plan, "c1")));
        assertThat(covers()).hasSize(1);
        // an item already applied keeps its coverer
        ooo.choose(TEAM, plan.id(), "c1", "U0BEN", "U0LEO");
        assertThat(item(plan(absence), "c1").chosenId()).isEqualTo("U0ANA");

        ooo.applyItem(TEAM, plan.id(), "c2", "U0LEO");
        clock.advance(Duration.ofMinutes(1));
        PlanRecord all = ooo.applyItem(TEAM, plan.id(), "T-1", "U0HANA");

        assertThat(all.state()).isEqualTo(PlanRecord.State.APPLIED);
        assertThat(all.decidedBy()).isEqualTo("U0HANA");
        assertThat(all.decidedAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(taskBook.get("T-1").assigneeId()).isEqualTo("U0BEN");
        assertThat(homes).hasSize(3);
        assertThat(ooo.applyAll(TEAM, plan.id(), "U0LEO").already()).isTrue();
    }

    @Test
    void anItemWithNobodyChosenOrNotInThePlanCannotBeApplied() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        ooo.choose(TEAM, absence.id(), "c1", null, "U0LEO");

        assertThatThrownBy(() -> ooo.applyItem(TEAM, absence.id(), "c1", "U0LEO"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose who covers Acme first.");
        assertThatThrownBy(() -> ooo.applyItem(TEAM, absence.id(), "c404", "U0LEO"))
                .isInstanceOf(InvalidInputException.class).hasMessage("That item is no longer in the plan.");
        assertThat(covers()).isEmpty();
    }

    @Test
    void aPlanWithAnItemLeftUndecidedIsNotAppliedByTheOthers() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        ooo.choose(TEAM, absence.id(), "c2", null, "U0LEO");
        ooo.choose(TEAM, absence.id(), "T-1", "U0BEN", "U0LEO");

        ooo.applyItem(TEAM, absence.id(), "c1", "U0LEO");
        PlanRecord after = ooo.applyItem(TEAM, absence.id(), "T-1", "U0LEO");

        assertThat(after.state()).isEqualTo(PlanRecord.State.PENDING);
    }

    @Test
    void deferredAndPendingPlansWaitForTheirLead() {
        Absence dev = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        when(people.teammatesOf(TEAM, "U0ANA")).thenReturn(List.of(find("U0BEN")));
        portfolio("U0ANA", client("c5", "Umbrella", null));
        Absence ana = ooo.declare(TEAM, "U0ANA", TODAY, TODAY.plusDays(1), "U0ANA");
        ooo.defer(TEAM, ana.id(), "U0LEO");
        ooo.defer(TEAM, ana.id(), "U0LEO");
        assertThat(ooo.getPlan(TEAM, ana.id()).state()).isEqualTo(PlanRecord.State.DEFERRED);

        assertThat(ooo.pendingFor(TEAM, "U0LEO")).extracting(PlanRecord::id).containsExactlyInAnyOrder(dev.id(), ana.id());
        assertThat(ooo.pendingFor(TEAM, "U0HANA")).isEmpty();
        ooo.applyAll(TEAM, dev.id(), "U0LEO");
        assertThat(ooo.pendingFor(TEAM, "U0LEO")).extracting(PlanRecord::id).containsExactly(ana.id());
        // an applied plan is not deferred afterwards
        assertThat(ooo.defer(TEAM, dev.id(), "U0LEO").state()).isEqualTo(PlanRecord.State.APPLIED);
    }

    @Test
    void afterTheAbsenceTasksStillWithTheirCoverersGoBackAndCoverEnds() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(2), "U0DEV");
        task("T-2", "c1", "Call them back", "U0DEV");
        PlanRecord plan = plan(ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(2), "U0DEV"));
        ooo.applyAll(TEAM, plan.id(), "U0LEO");
        assertThat(covers()).filteredOn(c -> c.kind() == Plan.Kind.TASK).isNotEmpty();
        // one task was done meanwhile, another given to someone else
        List<Coverage> taskCovers = covers().stream().filter(c -> c.kind() == Plan.Kind.TASK).toList();
        homes.clear();
        clock.advance(Duration.ofDays(3));

        assertThat(ooo.watch()).isEqualTo(1);
        assertThat(ooo.watch()).as("handed back once").isZero();

        assertThat(covers()).allMatch(Coverage::ended).allMatch(Coverage::handedBack);
        for (Coverage c : taskCovers) {
            assertThat(taskBook.get(c.itemId()).assigneeId()).isEqualTo("U0DEV");
        }
        ArgumentCaptor<List<Coverage>> returned = ArgumentCaptor.captor();
        verify(messages, times(1)).handBack(any(), returned.capture());
        assertThat(returned.getValue()).extracting(Coverage::itemId)
                .containsExactlyInAnyOrderElementsOf(taskCovers.stream().map(Coverage::itemId).toList());
        verify(messages, times(1)).whileYouWereOut(eq(TEAM), eq("U0DEV"), eq(TODAY.plusDays(1)), eq(TODAY.plusDays(2)),
                anyList());
        assertThat(absences.get(absence.id()).handedBack()).isTrue();
        assertThat(homes).hasSize(1);
        assertThat(homes.get(0).userIds()).contains("U0DEV");
    }

    @Test
    void aTaskDoneOrMovedOnWhileAwayStaysWhereItIs() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(2), "U0DEV");
        ooo.choose(TEAM, absence.id(), "T-1", "U0BEN", "U0LEO");
        ooo.applyAll(TEAM, absence.id(), "U0LEO");
        task("T-1", "c2", "Send the report", "U0ANA");
        clock.advance(Duration.ofDays(3));

        ooo.watch();

        assertThat(taskBook.get("T-1").assigneeId()).isEqualTo("U0ANA");
        verify(messages).handBack(any(), eq(List.of()));
    }

    @Test
    void anUnappliedPlanHandsNothingBackButTheReturningPersonStillHearsWhatHappened() {
        ooo.declare(TEAM, "U0DEV", TODAY, TODAY.plusDays(1), "U0DEV");
        clock.advance(Duration.ofDays(2));

        assertThat(ooo.watch()).isEqualTo(1);

        verify(messages, never()).handBack(any(), anyList());
        verify(messages).whileYouWereOut(eq(TEAM), eq("U0DEV"), eq(TODAY), eq(TODAY.plusDays(1)), anyList());
    }

    @Test
    void whileYouWereOutListsTheClientsTouchesAndTasksInOrderEscaped() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY, TODAY.plusDays(1), "U0DEV");
        Instant from = TODAY.atStartOfDay(LONDON).toInstant();
        Instant to = TODAY.plusDays(2).atStartOfDay(LONDON).toInstant();
        when(clients.touchesBetween(eq(TEAM), any(), eq(from), eq(to))).thenReturn(List.of(
                new Interaction("i2", TEAM, "c2", TouchType.EMAIL, Sentiment.NEUTRAL, 0, "Sent <b>\nthe deck",
                        T0.plusSeconds(7200), "U0BEN", T0, "test"),
                new Interaction("i1", TEAM, "c1", TouchType.CALL, Sentiment.POSITIVE, 10, "Kick-off",
                        T0.plusSeconds(3600), "U0ANA", T0, "test")));
        when(tasks.activityBetween(eq(TEAM), any(), eq(from), eq(to))).thenReturn(List.of(
                new Task(TEAM + ":T-7", TEAM, "T-7", "c1", "Renewal", "U0ANA", null, Task.TaskStatus.DONE, "U0LEO",
                        T0, "U0ANA", T0.plusSeconds(60)),
                new Task(TEAM + ":T-8", TEAM, "T-8", "c2", "Invoice", "U0BEN", null, Task.TaskStatus.OPEN, "U0LEO",
                        T0, null, null)));
        clock.advance(Duration.ofDays(2));

        ooo.watch();

        ArgumentCaptor<List<Mrkdwn>> lines = ArgumentCaptor.captor();
        verify(messages).whileYouWereOut(eq(TEAM), eq("U0DEV"), eq(TODAY), eq(TODAY.plusDays(1)), lines.capture());
        assertThat(lines.getValue()).extracting(Mrkdwn::markup).containsExactly(
                "Acme: " + TouchType.CALL.label() + " by <@U0ANA> — Kick-off",
                "Globex: " + TouchType.EMAIL.label() + " by <@U0BEN> — Sent &lt;b&gt; the deck",
                "Acme: task T-7 Renewal done",
                "Globex: task T-8 Invoice created");
        assertThat(absences.get(absence.id()).handedBack()).isTrue();
    }

    @Test
    void backEndsTheAbsenceNowAndHandsBackAtOnce() {
        ooo.declare(TEAM, "U0DEV", TODAY.minusDays(2), TODAY.plusDays(3), "U0DEV");

        Optional<Absence> ended = ooo.back(TEAM, "U0DEV");

        assertThat(ended).isPresent();
        assertThat(ended.get().toDate()).isEqualTo(TODAY.minusDays(1));
        Instant from = TODAY.minusDays(2).atStartOfDay(LONDON).toInstant();
        verify(clients).touchesBetween(eq(TEAM), any(), eq(from), eq(T0));
        verify(messages).whileYouWereOut(TEAM, "U0DEV", TODAY.minusDays(2), TODAY.minusDays(1), List.of());
        assertThat(absences.get(ended.get().id()).handedBack()).isTrue();
        assertThat(ooo.back(TEAM, "U0DEV")).as("not out any more").isEmpty();
    }

    @Test
    void backOnTheFirstDayCountsAsOutThatDayButCancellingAheadIsNoAbsence() {
        ooo.declare(TEAM, "U0DEV", TODAY, TODAY.plusDays(3), "U0DEV");
        ooo.back(TEAM, "U0DEV");
        verify(messages).whileYouWereOut(eq(TEAM), eq("U0DEV"), eq(TODAY), eq(TODAY), anyList());

        ooo.statusAway(TEAM, "U0ANA", null);
        clock.advance(Duration.ofMinutes(1));
        Absence ahead = absences.declare(TEAM, "U0BEN", TODAY.plusDays(5), TODAY.plusDays(6), "U0BEN", "command");
        mongo.updateFirst(Query.query(
                        Criteria.where("_id").is(ahead.id())),
                new Update().set("to", TODAY.plusDays(4).toString()),
                Absence.class);
        ooo.watch();

        verify(messages, never()).whileYouWereOut(eq(TEAM), eq("U0BEN"), any(), any(), anyList());
        assertThat(absences.get(ahead.id()).handedBack()).isTrue();
    }

    @Test
    void keepGivesTheHandedBackTasksToTheirCoverersAgain() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(2), "U0DEV");
        ooo.choose(TEAM, absence.id(), "T-1", "U0BEN", "U0LEO");
        ooo.applyAll(TEAM, absence.id(), "U0LEO");
        clock.advance(Duration.ofDays(3));
        ooo.watch();
        assertThat(taskBook.get("T-1").assigneeId()).isEqualTo("U0DEV");

        assertThat(ooo.keep(TEAM, absence.id(), "U0LEO")).isEqualTo(1);

        assertThat(taskBook.get("T-1").assigneeId()).isEqualTo("U0BEN");
        taskBook.put("T-1", new Task(TEAM + ":T-1", TEAM, "T-1", "c2", "x", "U0BEN", null, Task.TaskStatus.DONE,
                "U0LEO", T0, "U0BEN", T0));
        assertThat(ooo.keep(TEAM, absence.id(), "U0LEO")).as("a done task is not moved").isZero();
    }

    @Test
    void thePlannerSeesLoadsAbsencesBackupsAndRecentTouches() {
        Person carl = person("U0CARL", "U0OTHERLEAD", false);
        team(find("U0DEV"), find("U0ANA"), find("U0BEN"), find("U0LEO"), carl);
        ReflectionTestUtils.setField(acme, "backupId", "U0CARL");
        portfolio("U0CARL");
        Client churned = client("c3", "Gone Ltd", null);
        ReflectionTestUtils.setField(churned, "status", ClientStatus.CHURNED);
        ReflectionTestUtils.invokeMethod(globex, "recordTouch", new Interaction("t1", TEAM, "c2", TouchType.CALL,
                Sentiment.NEUTRAL, 5, "recent", T0.minus(Duration.ofDays(89)), "U0BEN", T0, "test"), "2026-08");
        ReflectionTestUtils.invokeMethod(globex, "recordTouch", new Interaction("t2", TEAM, "c2", TouchType.CALL,
                Sentiment.NEUTRAL, 5, "old", T0.minus(Duration.ofDays(91)), "U0ANA", T0, "test"),
                YearMonth.of(2026, 8).toString());
        portfolio("U0DEV", acme, globex, churned);
        ooo.declare(TEAM, "U0BEN", TODAY.plusDays(10), TODAY.plusDays(12), "U0BEN");
        ooo.declare(TEAM, "U0ANA", TODAY.plusDays(10), TODAY.plusDays(12), "U0ANA");
        absences.backOn(TEAM, "U0ANA", TODAY.plusDays(10));
        // Ana covers one client of someone else now
        mongo.insert(new Coverage("x", TEAM, "a0", "U0ZED", Plan.Kind.CLIENT, "c77", "Zed", "U0ANA", "2026-11-01",
                "2026-12-31", false, false, T0));
        mongo.insert(new Coverage("y", TEAM, "a1", "U0ZED", Plan.Kind.CLIENT, "c78", "Old", "U0ANA", "2026-10-01",
                "2026-10-31", true, true, T0));
        Absence absence = absences.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(2), "U0DEV", "command");

        PlannerInput input = ooo.input(absence);

        assertThat(input.absentId()).isEqualTo("U0DEV");
        assertThat(input.from()).isEqualTo(TODAY.plusDays(1));
        assertThat(input.to()).isEqualTo(TODAY.plusDays(2));
        assertThat(input.clients()).extracting(PlannerInput.ClientItem::clientId).containsExactly("c1", "c2");
        assertThat(input.clients().get(0).backupId()).isEqualTo("U0CARL");
        assertThat(input.clients().get(1).recentTouchers()).containsExactly("U0BEN");
        assertThat(input.tasks()).containsExactly(new PlannerInput.TaskItem("T-1", "Send the report", "c2"));
        assertThat(input.backups()).extracting(PlannerInput.Teammate::userId).containsExactly("U0CARL");
        PlannerInput.Teammate ana = input.teammates().get(0);
        PlannerInput.Teammate ben = input.teammates().get(1);
        assertThat(ana.userId()).isEqualTo("U0ANA");
        assertThat(ana.load()).as("no clients, one cover, no tasks").isEqualTo(1);
        assertThat(ana.absences()).as("a cancelled absence is none").isEmpty();
        assertThat(ana.capacity()).isEqualTo(Person.DEFAULT_CAPACITY);
        assertThat(ben.load()).as("two clients").isEqualTo(2);
        assertThat(ben.absences()).containsExactly(new PlannerInput.DateRange(TODAY.plusDays(10), TODAY.plusDays(12)));
    }

    @Test
    void theWatcherFinishesAPlanLeftHalfAppliedAndSkipsUninstalledWorkspaces() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(1), TODAY.plusDays(5), "U0DEV");
        mongo.updateFirst(Query.query(
                        Criteria.where("_id").is(absence.id())),
                new Update().set("applyingBy", "U0LEO"), PlanRecord.class);

        when(people.serves(TEAM)).thenReturn(false);
        assertThat(ooo.watch()).isZero();
        assertThat(plan(absence).state()).isEqualTo(PlanRecord.State.PENDING);

        when(people.serves(TEAM)).thenReturn(true);
        assertThat(ooo.watch()).isEqualTo(1);
        assertThat(plan(absence).state()).isEqualTo(PlanRecord.State.APPLIED);
        assertThat(plan(absence).decidedBy()).isEqualTo("U0LEO");
        assertThat(ooo.watch()).isZero();
    }

    @Test
    void oneAbsenceTheWatcherCannotHandleHoldsUpNoOther() {
        ooo.declare(TEAM, "U0DEV", TODAY.plusDays(2), TODAY.plusDays(3), "U0DEV");
        when(people.teammatesOf(TEAM, "U0ANA")).thenReturn(List.of());
        ooo.declare(TEAM, "U0ANA", TODAY.plusDays(2), TODAY.plusDays(3), "U0ANA");
        doThrow(new IllegalStateException("queue down")).when(messages).prompt(any(), eq("U0LEO"));
        when(people.find(TEAM, "U0ANA")).thenReturn(Optional.of(person("U0ANA", "U0HANA", false)));
        clock.advance(Duration.ofDays(1));

        assertThat(ooo.watch()).isEqualTo(1);

        verify(messages).prompt(any(), eq("U0HANA"));
    }

    @Test
    void aPromptThatCouldNotGoOutIsSentAgainWithTheSamePlan() {
        Absence absence = ooo.declare(TEAM, "U0DEV", TODAY.plusDays(2), TODAY.plusDays(3), "U0DEV");
        doThrow(new IllegalStateException("queue down")).when(messages).prompt(any(), eq("U0LEO"));
        clock.advance(Duration.ofDays(1));
        assertThat(ooo.watch()).isZero();
        PlanRecord first = plan(absence);
        assertThat(first.createdAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        Mockito.reset(messages);
        clock.advance(Duration.ofMinutes(15));

        assertThat(ooo.watch()).isEqualTo(1);

        verify(messages).prompt(first, "U0LEO");
        assertThat(mongo.findAll(PlanRecord.class)).containsExactly(first);
    }

    @Test
    void todayIsThePersonsOwnDay() {
        when(people.zoneOf(TEAM, "U0FAR")).thenReturn(ZoneId.of("Pacific/Kiritimati"));

        assertThat(ooo.today(TEAM, "U0FAR")).isEqualTo(TODAY.plusDays(1));
        assertThat(ooo.today(TEAM, "U0DEV")).isEqualTo(TODAY);
    }
}
